/* The filing registry of the C API exercised from C: the whole filing season of issue #18 (import
 * a tree, file, find, dispose, accept, lock, correct, diff, roll up with a missing child, then
 * complete), and the refusals, each leaving its output as it was. Stores live in
 * GONGKAI_TEST_TMPDIR, a directory of the build tree. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "gongkai/gongkai.h"

#define TEXT_ARG(literal) (const uint8_t*)(literal), strlen(literal)

static gongkai_buffer* const kSentinel = (gongkai_buffer*)&kSentinel;
static gongkai_registry* const kSentinelRegistry = (gongkai_registry*)&kSentinelRegistry;

/* A city government over two of its departments. */
static const char kAgencies[] =
    "id,name,level,parent\n"
    "P,示范市人民政府,3,\n"
    "C1,示范市教育局,3,P\n"
    "C2,示范市财政局,3,P\n";

#define CELL(key, n) "{\"key\":\"" key "\",\"count\":\"" #n "\"}"
#define REPORT(agency, cells) \
  "{\"agency\":{\"id\":\"" agency "\"},\"year\":2022,\"cells\":[" cells "]}"
/* One application received and none concluded or carried forward: T3-balance fails in the
 * 自然人 column and in the 总计 column. */
static const char kUnbalanced[] =
    REPORT("C1", CELL("t3.new.natural_person", 1) "," CELL("t3.new.total", 1));
/* The correction: the application is carried forward into the next year. */
static const char kCorrected[] = REPORT(
    "C1", CELL("t3.new.natural_person", 1) "," CELL("t3.new.total", 1) "," CELL(
              "t3.carried_forward.natural_person", 1) "," CELL("t3.carried_forward.total", 1));
static const char kSecond[] = REPORT(
    "C2", CELL("t3.new.natural_person", 2) "," CELL("t3.new.total", 2) "," CELL(
              "t3.carried_forward.natural_person", 2) "," CELL("t3.carried_forward.total", 2));
static const char kForgedReceipt[] =
    "{\"sequence\":\"2\",\"hash\":"
    "\"0000000000000000000000000000000000000000000000000000000000000000\"}";
static const char kUnknownAgency[] = REPORT("X9", CELL("t3.new.total", 0));

static const char* text_of(const gongkai_buffer* b) { return (const char*)gongkai_buffer_data(b); }

/* GONGKAI_TEST_TMPDIR "/" name, with the store and its WAL files removed. */
static const char* fresh_path(const char* name) {
  static char path[1024];
  char side[1100];
  snprintf(path, sizeof path, "%s/%s", GONGKAI_TEST_TMPDIR, name);
  remove(path);
  snprintf(side, sizeof side, "%s-wal", path);
  remove(side);
  snprintf(side, sizeof side, "%s-shm", path);
  remove(side);
  return path;
}

static gongkai_registry* open_fresh(const char* name) {
  gongkai_registry* reg = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_registry_open(&reg, fresh_path(name), 1));
  CHECK(reg != NULL);
  return reg;
}

/* Copies into `out` (33 bytes) the n-th fingerprint of a RegistryFindingList in JSON; 0 if there
 * is none. */
static int nth_fingerprint(const char* json, int n, char* out) {
  static const char kKey[] = "\"fingerprint\":\"";
  const char* at = json;
  const char* end;
  for (;;) {
    at = strstr(at, kKey);
    if (at == NULL) return 0;
    at += strlen(kKey);
    if (n-- == 0) break;
  }
  end = strchr(at, '"');
  if (end == NULL || end - at > 32) return 0;
  memcpy(out, at, (size_t)(end - at));
  out[end - at] = '\0';
  return 1;
}

static int count_of(const char* text, const char* needle) {
  int n = 0;
  const char* at = text;
  while ((at = strstr(at, needle)) != NULL) {
    n++;
    at += strlen(needle);
  }
  return n;
}

static void test_filing_season(void) {
  gongkai_registry* reg = open_fresh("season.db");
  gongkai_buffer* out = NULL;
  char fingerprint[33];
  int i;

  /* The tree, from CSV. */
  CHECK_CODE(GONGKAI_OK, gongkai_registry_agencies_import(reg, TEXT_ARG(kAgencies)));
  CHECK_CODE(GONGKAI_OK, gongkai_registry_agencies_list(&out, reg, GONGKAI_FORMAT_JSON));
  CHECK(count_of(text_of(out), "\"id\":") == 3);
  CHECK(strstr(text_of(out), "\"parentId\":\"P\"") != NULL);
  gongkai_buffer_free(out);
  out = NULL;

  /* Filed with two T3-balance errors. */
  CHECK_CODE(GONGKAI_OK, gongkai_registry_file(&out, reg, GONGKAI_FORMAT_JSON,
                                               TEXT_ARG(kUnbalanced), "填报人", NULL));
  CHECK(strstr(text_of(out), "\"number\":1") != NULL);
  CHECK(strstr(text_of(out), "\"errorCount\":2") != NULL);
  CHECK(strstr(text_of(out), "\"digest\":\"") != NULL);
  gongkai_buffer_free(out);
  out = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_registry_findings(&out, reg, GONGKAI_FORMAT_JSON, "C1", 2022, 0));
  CHECK(count_of(text_of(out), "\"rule\":\"T3-balance\"") == 2);

  /* The gate holds while they are undisposed, and names the rule. */
  {
    gongkai_buffer* refused = kSentinel;
    CHECK_CODE(
        GONGKAI_FAILED_PRECONDITION,
        gongkai_registry_accept(&refused, reg, GONGKAI_FORMAT_JSON, "C1", 2022, 1, "审核人"));
    CHECK_ERROR_MENTIONS("T3-balance");
    CHECK(refused == kSentinel);
  }

  /* Explained, then accepted and locked. */
  for (i = 0; nth_fingerprint(text_of(out), i, fingerprint); i++) {
    CHECK_CODE(GONGKAI_OK,
               gongkai_registry_dispose(reg, "C1", 2022, fingerprint, GONGKAI_DISPOSITION_EXPLAINED,
                                        "该申请于次年初办结，已在说明中列明", "审核人"));
  }
  CHECK(i == 2);
  gongkai_buffer_free(out);
  out = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_registry_findings(&out, reg, GONGKAI_FORMAT_JSON, "C1", 2022, 1));
  CHECK(count_of(text_of(out), "\"disposition\":\"DISPOSITION_EXPLAINED\"") == 2);
  gongkai_buffer_free(out);
  out = NULL;
  CHECK_CODE(GONGKAI_OK,
             gongkai_registry_accept(&out, reg, GONGKAI_FORMAT_JSON, "C1", 2022, 1, "审核人"));
  CHECK(strstr(text_of(out), "\"acceptedAt\":\"") != NULL);
  gongkai_buffer_free(out);
  out = NULL;
  CHECK_CODE(GONGKAI_OK,
             gongkai_registry_lock(&out, reg, GONGKAI_FORMAT_JSON, "C1", 2022, 0, "填报人"));
  CHECK(strstr(text_of(out), "\"lockedAt\":\"") != NULL);
  gongkai_buffer_free(out);
  out = NULL;

  /* A correction is a new version, with its reason. */
  CHECK_CODE(GONGKAI_OK, gongkai_registry_file(&out, reg, GONGKAI_FORMAT_JSON, TEXT_ARG(kCorrected),
                                               "填报人", "更正：补填结转下年度继续办理"));
  CHECK(strstr(text_of(out), "\"number\":2") != NULL);
  CHECK(strstr(text_of(out), "\"errorCount\"") == NULL); /* 0: omitted by the JSON mapping */
  gongkai_buffer_free(out);
  out = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_registry_diff(&out, reg, GONGKAI_FORMAT_JSON, "C1", 2022, 1, 2));
  CHECK(count_of(text_of(out), "\"key\":") == 2);
  CHECK(strstr(text_of(out), "\"key\":\"t3.carried_forward.natural_person\"") != NULL);
  CHECK(strstr(text_of(out), "\"toValue\":\"1\"") != NULL);
  gongkai_buffer_free(out);
  out = NULL;
  CHECK_CODE(GONGKAI_OK,
             gongkai_registry_accept(&out, reg, GONGKAI_FORMAT_JSON, "C1", 2022, 0, "审核人"));
  gongkai_buffer_free(out);
  out = NULL;

  /* C2 has not filed: the roll-up says so. */
  CHECK_CODE(GONGKAI_OK, gongkai_registry_rollup(&out, reg, GONGKAI_FORMAT_JSON, "P", 2022));
  CHECK(strstr(text_of(out), "\"complete\":true") == NULL);
  CHECK(strstr(text_of(out), "\"STATE_MISSING\"") != NULL);
  CHECK(strstr(text_of(out), "\"STATE_ACCEPTED\"") != NULL);
  gongkai_buffer_free(out);
  out = NULL;

  /* C2 files and is accepted: complete, and the sum is both children's. */
  CHECK_CODE(GONGKAI_OK, gongkai_registry_file(&out, reg, GONGKAI_FORMAT_JSON, TEXT_ARG(kSecond),
                                               "填报人", ""));
  gongkai_buffer_free(out);
  out = NULL;
  CHECK_CODE(GONGKAI_OK,
             gongkai_registry_accept(&out, reg, GONGKAI_FORMAT_JSON, "C2", 2022, 0, "审核人"));
  gongkai_buffer_free(out);
  out = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_registry_rollup(&out, reg, GONGKAI_FORMAT_JSON, "P", 2022));
  CHECK(strstr(text_of(out), "\"complete\":true") != NULL);
  CHECK(strstr(text_of(out), "\"STATE_MISSING\"") == NULL);
  CHECK(strstr(text_of(out), "{\"key\":\"t3.new.total\",\"count\":\"3\",") != NULL);
  gongkai_buffer_free(out);
  out = NULL;

  /* Status of the year (P's own report is still missing), the chain intact, its head the
   * receipt. */
  CHECK_CODE(GONGKAI_OK, gongkai_registry_status(&out, reg, GONGKAI_FORMAT_JSON, 2022, "P"));
  CHECK(strstr(text_of(out), "\"accepted\":2") != NULL);
  CHECK(strstr(text_of(out), "\"missing\":1") != NULL);
  gongkai_buffer_free(out);
  out = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_registry_verify(&out, reg, GONGKAI_FORMAT_JSON));
  CHECK(strstr(text_of(out), "\"problems\"") == NULL);
  CHECK(strstr(text_of(out), "\"versions\":\"3\"") != NULL);
  gongkai_buffer_free(out);
  out = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_registry_head(&out, reg, GONGKAI_FORMAT_JSON));
  CHECK(strstr(text_of(out), "\"hash\":\"") != NULL);
  /* The receipt checks out; a forged one does not. */
  CHECK_CODE(GONGKAI_OK,
             gongkai_registry_check_receipt(reg, GONGKAI_FORMAT_JSON, gongkai_buffer_data(out),
                                            gongkai_buffer_size(out)));
  gongkai_buffer_free(out);
  out = NULL;
  CHECK_CODE(GONGKAI_FAILED_PRECONDITION,
             gongkai_registry_check_receipt(reg, GONGKAI_FORMAT_JSON, TEXT_ARG(kForgedReceipt)));
  CHECK_ERROR_MENTIONS("receipt 2");

  /* What was filed is what is read back, in binary too. */
  CHECK_CODE(GONGKAI_OK,
             gongkai_registry_report_get(&out, reg, GONGKAI_FORMAT_JSON, "C1", 2022, 2));
  CHECK(strstr(text_of(out), "t3.carried_forward.total") != NULL);
  gongkai_buffer_free(out);
  out = NULL;
  CHECK_CODE(GONGKAI_OK,
             gongkai_registry_version_get(&out, reg, GONGKAI_FORMAT_BINARY, "C1", 2022, 0));
  CHECK(gongkai_buffer_size(out) > 0);
  gongkai_buffer_free(out);
  gongkai_registry_free(reg);
}

static void test_reopen_keeps_versions(void) {
  char path[1024];
  gongkai_registry* reg = open_fresh("reopen.db");
  gongkai_buffer* out = NULL;
  snprintf(path, sizeof path, "%s/reopen.db", GONGKAI_TEST_TMPDIR);
  CHECK_CODE(GONGKAI_OK, gongkai_registry_agencies_import(reg, TEXT_ARG(kAgencies)));
  CHECK_CODE(GONGKAI_OK, gongkai_registry_file(&out, reg, GONGKAI_FORMAT_JSON,
                                               TEXT_ARG(kUnbalanced), "填报人", NULL));
  gongkai_buffer_free(out);
  out = NULL;
  gongkai_registry_free(reg);
  reg = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_registry_open(&reg, path, 0));
  CHECK_CODE(GONGKAI_OK,
             gongkai_registry_version_get(&out, reg, GONGKAI_FORMAT_JSON, "C1", 2022, 1));
  CHECK(strstr(text_of(out), "\"filedBy\":\"填报人\"") != NULL);
  gongkai_buffer_free(out);
  gongkai_registry_free(reg);
}

/* Two handles on one file: what one files, the other reads at once. */
static void test_two_handles(void) {
  char path[1024];
  gongkai_registry* writer = open_fresh("shared.db");
  gongkai_registry* reader = NULL;
  gongkai_buffer* out = NULL;
  snprintf(path, sizeof path, "%s/shared.db", GONGKAI_TEST_TMPDIR);
  CHECK_CODE(GONGKAI_OK, gongkai_registry_open(&reader, path, 0));
  CHECK_CODE(GONGKAI_OK, gongkai_registry_agencies_import(writer, TEXT_ARG(kAgencies)));
  CHECK_CODE(GONGKAI_OK, gongkai_registry_file(&out, writer, GONGKAI_FORMAT_JSON, TEXT_ARG(kSecond),
                                               "填报人", NULL));
  gongkai_buffer_free(out);
  out = NULL;
  CHECK_CODE(GONGKAI_OK,
             gongkai_registry_version_get(&out, reader, GONGKAI_FORMAT_JSON, "C2", 2022, 0));
  CHECK(out != NULL && strstr(text_of(out), "\"number\":1") != NULL);
  gongkai_buffer_free(out);
  gongkai_registry_free(reader);
  gongkai_registry_free(writer);
}

static void test_refusals_leave_outputs(void) {
  gongkai_registry* reg = open_fresh("refusals.db");
  gongkai_registry* opened = kSentinelRegistry;
  gongkai_buffer* out = kSentinel;
  CHECK_CODE(GONGKAI_OK, gongkai_registry_agencies_import(reg, TEXT_ARG(kAgencies)));

  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_registry_open(NULL, "x.db", 1));
  CHECK_ERROR_MENTIONS("out is NULL");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_registry_open(&opened, NULL, 1));
  CHECK_ERROR_MENTIONS("path is NULL");
  CHECK_CODE(GONGKAI_NOT_FOUND, gongkai_registry_open(&opened, fresh_path("absent.db"), 0));
  CHECK(opened == kSentinelRegistry);

  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_registry_agencies_list(&out, NULL, GONGKAI_FORMAT_JSON));
  CHECK_ERROR_MENTIONS("registry is NULL");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_registry_agencies_list(&out, reg, 7));
  CHECK_ERROR_MENTIONS("format: 7");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_registry_file(&out, reg, GONGKAI_FORMAT_JSON,
                                                             TEXT_ARG(kUnbalanced), NULL, NULL));
  CHECK_ERROR_MENTIONS("actor is NULL");
  CHECK_CODE(GONGKAI_NOT_FOUND, gongkai_registry_file(&out, reg, GONGKAI_FORMAT_JSON,
                                                      TEXT_ARG(kUnknownAgency), "填报人", NULL));
  CHECK_ERROR_MENTIONS("X9");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_registry_version_get(&out, reg, GONGKAI_FORMAT_JSON, "C1", 2022, -1));
  CHECK_ERROR_MENTIONS("number: -1");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_registry_diff(&out, reg, GONGKAI_FORMAT_JSON, "C1", 2022, 1, -2));
  CHECK_ERROR_MENTIONS("to_number: -2");
  CHECK_CODE(GONGKAI_NOT_FOUND,
             gongkai_registry_version_get(&out, reg, GONGKAI_FORMAT_JSON, "C1", 2022, 3));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_registry_findings(&out, reg, GONGKAI_FORMAT_JSON, NULL, 2022, 0));
  CHECK_ERROR_MENTIONS("agency_id is NULL");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_registry_dispose(reg, "C1", 2022, "00", (gongkai_disposition)3, "", "审核人"));
  CHECK_ERROR_MENTIONS("disposition: 3");
  CHECK_CODE(GONGKAI_NOT_FOUND,
             gongkai_registry_dispose(reg, "C1", 2022, "00", GONGKAI_DISPOSITION_MUST_CORRECT, NULL,
                                      "审核人"));
  CHECK_CODE(GONGKAI_NOT_FOUND,
             gongkai_registry_rollup(&out, reg, GONGKAI_FORMAT_JSON, "X9", 2022));
  CHECK(out == kSentinel);
  gongkai_registry_free(reg);
  gongkai_registry_free(NULL);
}

int main(void) {
  static const check_test tests[] = {
      {"filing_season", test_filing_season},
      {"reopen_keeps_versions", test_reopen_keeps_versions},
      {"two_handles", test_two_handles},
      {"refusals_leave_outputs", test_refusals_leave_outputs},
  };
  return check_run_all(tests, sizeof tests / sizeof tests[0]);
}
