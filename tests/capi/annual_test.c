/* The annual-report module of the C API exercised from C: a request, record streams, shards
 * merged, the result. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "gongkai/gongkai.h"

#define TEXT_ARG(literal) (const uint8_t*)(literal), strlen(literal)

static const char kRequest[] =
    "{\"agency\":{\"id\":\"A1\",\"name\":\"示范区人民政府\"},\"year\":2025,"
    "\"options\":{\"traceCell\":\"t3.granted.total\"}}";

static const char kApplications[] =
    "{\"id\":\"2025-1\",\"applicant\":{\"category\":\"APPLICANT_CATEGORY_NATURAL_PERSON\",\"name\":"
    "\"MARKER-NAME\"},"
    "\"received\":{\"year\":2025,\"month\":3,\"day\":3},\"events\":["
    "{\"type\":\"EVENT_TYPE_REGISTERED\",\"date\":{\"year\":2025,\"month\":3,\"day\":3}},"
    "{\"type\":\"EVENT_TYPE_DECIDED\",\"date\":{\"year\":2025,\"month\":3,\"day\":20},\"outcome\":"
    "\"OUTCOME_GRANTED\"}]}\n"
    "{\"id\":\"2025-2\",\"applicant\":{\"category\":\"APPLICANT_CATEGORY_COMMERCIAL\"},"
    "\"received\":{\"year\":2025,\"month\":12,\"day\":29},\"events\":["
    "{\"type\":\"EVENT_TYPE_REGISTERED\",\"date\":{\"year\":2025,\"month\":12,\"day\":29}}]}\n";

static const char kRemedies[] =
    "{\"id\":\"R-1\",\"kind\":\"REMEDY_KIND_DIRECT_LAWSUIT\",\"filed\":{\"year\":2025,\"month\":6,"
    "\"day\":2}}\n";

static const char* text_of(const gongkai_buffer* b) { return (const char*)gongkai_buffer_data(b); }

static void test_report_from_records(void) {
  gongkai_annual* all = NULL;
  gongkai_annual* shard = NULL;
  gongkai_buffer* result = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_annual_new(&all, NULL, GONGKAI_FORMAT_JSON, TEXT_ARG(kRequest)));
  CHECK_CODE(GONGKAI_OK, gongkai_annual_new(&shard, NULL, GONGKAI_FORMAT_JSON, TEXT_ARG(kRequest)));
  CHECK_CODE(GONGKAI_OK, gongkai_annual_add(all, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_APPLICATION,
                                            TEXT_ARG(kApplications)));
  CHECK_CODE(GONGKAI_OK, gongkai_annual_add(shard, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_REMEDY,
                                            TEXT_ARG(kRemedies)));
  CHECK_CODE(GONGKAI_OK, gongkai_annual_merge(all, shard));
  CHECK_CODE(GONGKAI_OK, gongkai_annual_finish(&result, all, GONGKAI_FORMAT_JSON));
  CHECK(strstr(text_of(result), "{\"key\":\"t3.new.total\",\"count\":\"2\"") != NULL);
  CHECK(strstr(text_of(result), "{\"key\":\"t4.cases.direct_pending\",\"count\":\"1\"") != NULL);
  CHECK(strstr(text_of(result), "\"trace\":[\"2025-1\"]") != NULL);
  /* Section 一's sentences come with the result. */
  CHECK(strstr(text_of(result), "\"narrative\":{\"title\":\"总体情况：由记录得出的数字\"") != NULL);
  CHECK(strstr(text_of(result),
               "{\"text\":\"新收政府信息公开申请 2 件，上年结转 0 件，本年办结 ") != NULL);
  CHECK(strstr(text_of(result), "MARKER") == NULL);
  gongkai_buffer_free(result);
  gongkai_annual_free(shard);
  gongkai_annual_free(all);
}

static void test_errors(void) {
  gongkai_annual* annual = NULL;
  gongkai_annual* other = NULL;
  gongkai_buffer* before = NULL;
  gongkai_buffer* after = NULL;
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_annual_new(&annual, NULL, GONGKAI_FORMAT_JSON, TEXT_ARG("{\"year\":2025}")));
  CHECK_ERROR_MENTIONS("agency.id");
  CHECK(annual == NULL);
  CHECK_CODE(GONGKAI_OUT_OF_RANGE,
             gongkai_annual_new(&annual, NULL, GONGKAI_FORMAT_JSON,
                                TEXT_ARG("{\"agency\":{\"id\":\"A1\"},\"year\":2018}")));
  CHECK_CODE(GONGKAI_OK,
             gongkai_annual_new(&annual, NULL, GONGKAI_FORMAT_JSON, TEXT_ARG(kRequest)));
  CHECK_CODE(GONGKAI_OK, gongkai_annual_finish(&before, annual, GONGKAI_FORMAT_BINARY));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_annual_add(annual, GONGKAI_FORMAT_JSON, (gongkai_record_kind)5,
                                TEXT_ARG(kApplications)));
  CHECK_ERROR_MENTIONS("kind: 5 is not a gongkai_record_kind");
  /* A stream whose second record is malformed adds nothing, not even the first. */
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_annual_add(annual, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_REMEDY,
                                TEXT_ARG("{\"id\":\"R-1\"}\n{\"id\":\n")));
  CHECK_ERROR_MENTIONS("remedy stream");
  CHECK_CODE(GONGKAI_OK, gongkai_annual_finish(&after, annual, GONGKAI_FORMAT_BINARY));
  CHECK(gongkai_buffer_size(before) == gongkai_buffer_size(after) &&
        memcmp(gongkai_buffer_data(before), gongkai_buffer_data(after),
               gongkai_buffer_size(after)) == 0);
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_annual_merge(annual, annual));
  CHECK_CODE(GONGKAI_OK,
             gongkai_annual_new(&other, NULL, GONGKAI_FORMAT_JSON,
                                TEXT_ARG("{\"agency\":{\"id\":\"A2\"},\"year\":2025}")));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_annual_merge(annual, other));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_annual_add(NULL, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_SLIP, NULL, 0));
  gongkai_buffer_free(before);
  gongkai_buffer_free(after);
  gongkai_annual_free(other);
  gongkai_annual_free(annual);
  gongkai_annual_free(NULL);
}

/* The result of `add` (one record stream added to a fresh builder), as binary bytes. */
typedef gongkai_code (*add_fn)(gongkai_annual* annual, void* arg);

static gongkai_buffer* result_after(add_fn add, void* arg, int threads, gongkai_code* code) {
  gongkai_annual* annual = NULL;
  gongkai_buffer* result = NULL;
  CHECK_CODE(GONGKAI_OK,
             gongkai_annual_new(&annual, NULL, GONGKAI_FORMAT_JSON, TEXT_ARG(kRequest)));
  CHECK_CODE(GONGKAI_OK, gongkai_annual_set_threads(annual, threads));
  *code = add(annual, arg);
  CHECK_CODE(GONGKAI_OK, gongkai_annual_finish(&result, annual, GONGKAI_FORMAT_BINARY));
  gongkai_annual_free(annual);
  return result;
}

static int same_bytes(const gongkai_buffer* a, const gongkai_buffer* b) {
  return gongkai_buffer_size(a) == gongkai_buffer_size(b) &&
         memcmp(gongkai_buffer_data(a), gongkai_buffer_data(b), gongkai_buffer_size(a)) == 0;
}

/* A reader over a string that gives at most `chunk` bytes a call, and fails with `fail` (a
 * negative number) or overfills by one once `fail_at` bytes are given, when those are set. */
typedef struct {
  const char* text;
  size_t given;
  size_t chunk;
  size_t fail_at;
  int64_t fail;
  int overfill;
} text_reader;

static int64_t read_text(void* context, uint8_t* buffer, size_t capacity) {
  text_reader* r = (text_reader*)context;
  size_t left = strlen(r->text) - r->given;
  size_t n = left < r->chunk ? left : r->chunk;
  if (n > capacity) n = capacity;
  if (r->fail_at > 0 && r->given >= r->fail_at)
    return r->overfill ? (int64_t)capacity + 1 : r->fail;
  memcpy(buffer, r->text + r->given, n);
  r->given += n;
  return (int64_t)n;
}

static gongkai_code add_whole(gongkai_annual* annual, void* arg) {
  return gongkai_annual_add(annual, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_APPLICATION,
                            TEXT_ARG((const char*)arg));
}

static gongkai_code add_read(gongkai_annual* annual, void* arg) {
  return gongkai_annual_add_reader(annual, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_APPLICATION,
                                   read_text, arg);
}

static gongkai_code add_file(gongkai_annual* annual, void* arg) {
  return gongkai_annual_add_file(annual, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_APPLICATION,
                                 (const char*)arg);
}

static void test_reader_file_and_threads_give_the_same_result(void) {
  static const char kPath[] = GONGKAI_TEST_TMPDIR "/applications.jsonl";
  gongkai_code code = GONGKAI_INTERNAL;
  gongkai_buffer* whole = result_after(add_whole, (void*)kApplications, 1, &code);
  int threads;
  FILE* file = fopen(kPath, "wb");
  CHECK_CODE(GONGKAI_OK, code);
  CHECK(file != NULL && fputs(kApplications, file) >= 0 && fclose(file) == 0);
  for (threads = 1; threads <= 3; threads++) {
    text_reader reader = {kApplications, 0, 7, 0, 0, 0};
    gongkai_buffer* read = result_after(add_read, &reader, threads, &code);
    gongkai_buffer* from_file = result_after(add_file, (void*)kPath, threads, &code);
    gongkai_buffer* threaded = result_after(add_whole, (void*)kApplications, threads, &code);
    CHECK_CODE(GONGKAI_OK, code);
    CHECK(reader.given == strlen(kApplications));
    CHECK(same_bytes(whole, read));
    CHECK(same_bytes(whole, from_file));
    CHECK(same_bytes(whole, threaded));
    gongkai_buffer_free(read);
    gongkai_buffer_free(from_file);
    gongkai_buffer_free(threaded);
  }
  remove(kPath);
  gongkai_buffer_free(whole);
}

static void test_reader_and_file_errors_add_nothing(void) {
  gongkai_annual* annual = NULL;
  gongkai_buffer* empty = NULL;
  gongkai_buffer* after = NULL;
  gongkai_code code = GONGKAI_INTERNAL;
  /* The reader fails after the first record has been given: nothing of the stream is added. */
  text_reader failing = {kApplications, 0, 400, 400, -5, 0};
  text_reader overfilling = {kApplications, 0, 400, 400, 0, 1};
  CHECK(strlen(kApplications) > 400);
  empty = result_after(add_whole, (void*)"", 1, &code);
  after = result_after(add_read, &failing, 1, &code);
  CHECK_CODE(GONGKAI_UNAVAILABLE, code);
  CHECK_ERROR_MENTIONS("read: the reader failed (returned -5)");
  CHECK(same_bytes(empty, after));
  gongkai_buffer_free(after);
  after = result_after(add_read, &overfilling, 2, &code);
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, code);
  CHECK_ERROR_MENTIONS("more than the");
  CHECK(same_bytes(empty, after));
  gongkai_buffer_free(after);
  after = NULL;

  CHECK_CODE(GONGKAI_OK,
             gongkai_annual_new(&annual, NULL, GONGKAI_FORMAT_JSON, TEXT_ARG(kRequest)));
  CHECK_CODE(GONGKAI_OUT_OF_RANGE, gongkai_annual_set_threads(annual, 0));
  CHECK_ERROR_MENTIONS("threads: 0 is outside 1..64");
  CHECK_CODE(GONGKAI_OUT_OF_RANGE, gongkai_annual_set_threads(annual, 65));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_annual_set_threads(NULL, 2));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_annual_add_reader(annual, GONGKAI_FORMAT_JSON,
                                                                 GONGKAI_RECORD_SLIP, NULL, NULL));
  CHECK_ERROR_MENTIONS("read");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_annual_add_file(annual, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_SLIP, NULL));
  CHECK_ERROR_MENTIONS("path");
  CHECK_CODE(GONGKAI_NOT_FOUND,
             gongkai_annual_add_file(annual, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_SLIP,
                                     GONGKAI_TEST_TMPDIR "/no-such-file.jsonl"));
  CHECK_ERROR_MENTIONS("no-such-file.jsonl: No such file or directory");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_annual_add_file(annual, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_SLIP,
                                     GONGKAI_TEST_TMPDIR));
  CHECK_ERROR_MENTIONS("Is a directory");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_annual_add_file(annual, GONGKAI_FORMAT_JSON, (gongkai_record_kind)0,
                                     GONGKAI_TEST_TMPDIR));
  CHECK_ERROR_MENTIONS("kind: 0");
  CHECK_CODE(GONGKAI_OK, gongkai_annual_finish(&after, annual, GONGKAI_FORMAT_BINARY));
  CHECK(same_bytes(empty, after));
  gongkai_buffer_free(after);
  gongkai_buffer_free(empty);
  gongkai_annual_free(annual);
}

int main(void) {
  const check_test tests[] = {
      {"report_from_records", test_report_from_records},
      {"errors", test_errors},
      {"reader_file_and_threads_give_the_same_result",
       test_reader_file_and_threads_give_the_same_result},
      {"reader_and_file_errors_add_nothing", test_reader_and_file_errors_add_nothing},
  };
  return check_run_all(tests, sizeof tests / sizeof tests[0]);
}
