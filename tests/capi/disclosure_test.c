/* The disclosure module of the C API exercised from C: records, 索引号, slips, remedies. */
#include <string.h>

#include "check.h"
#include "gongkai/gongkai.h"

#define TEXT_ARG(literal) (const uint8_t*)(literal), strlen(literal)

static gongkai_buffer* const kSentinel = (gongkai_buffer*)&kSentinel;

/* Formed Friday 2025-09-26: 20 working days (make-up 9-28 and 10-11 count, 10-01..08 do not)
 * end on 2025-10-30; first published 2025-10-31. */
static const char kLate[] =
    "{\"id\":\"D-1\",\"generated\":{\"year\":2025,\"month\":9,\"day\":26},"
    "\"attribute\":\"PUBLIC_ATTRIBUTE_PROACTIVE\",\"publications\":[{\"channel\":\"PUBLICATION_"
    "CHANNEL_PORTAL\","
    "\"date\":{\"year\":2025,\"month\":10,\"day\":31}}]}";

static const char kProposal[] =
    "{\"id\":\"S-1\",\"events\":[{\"action\":\"SLIP_ACTION_PROPOSE\",\"role\":\"SLIP_ROLE_DRAFTING_"
    "UNIT\","
    "\"date\":{\"year\":2025,\"month\":3,\"day\":3},\"attribute\":\"PUBLIC_ATTRIBUTE_PROACTIVE\","
    "\"plannedDisclosure\":{\"year\":2025,\"month\":3,\"day\":10},\"plannedChannels\":[\"portal\"]}"
    "]}";

static const char* text_of(const gongkai_buffer* b) { return (const char*)gongkai_buffer_data(b); }

static void test_disclosure(void) {
  gongkai_calendar* cal = NULL;
  gongkai_buffer* out = NULL;
  gongkai_buffer* untouched = kSentinel;
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_national(&cal));
  CHECK_CODE(GONGKAI_OK, gongkai_disclosure_check(GONGKAI_FORMAT_JSON, TEXT_ARG(kLate)));
  CHECK_CODE(GONGKAI_OK, gongkai_disclosure_timeliness(&out, cal, NULL, GONGKAI_FORMAT_JSON,
                                                       TEXT_ARG(kLate), "2025-12-31"));
  CHECK(strstr(text_of(out), "\"due\":{\"year\":2025,\"month\":10,\"day\":30}") != NULL);
  CHECK(strstr(text_of(out), "\"late\":true") != NULL);
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_disclosure_check(GONGKAI_FORMAT_JSON, TEXT_ARG("{\"id\":\"D-2\"}")));
  CHECK_ERROR_MENTIONS("disclosure D-2: generated");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_disclosure_timeliness(&untouched, cal, NULL, GONGKAI_FORMAT_JSON,
                                           TEXT_ARG(kLate), "2025-02-29"));
  CHECK_ERROR_MENTIONS("as_of");
  CHECK(untouched == kSentinel);
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_disclosure_check(GONGKAI_FORMAT_BINARY, TEXT_ARG("\xff\xff")));
  gongkai_buffer_free(out);
  gongkai_calendar_free(cal);
}

static void test_index_registry(void) {
  gongkai_index_registry* registry = NULL;
  gongkai_buffer* index = NULL;
  CHECK_CODE(GONGKAI_OK,
             gongkai_index_registry_new(
                 &registry, GONGKAI_FORMAT_JSON,
                 TEXT_ARG("{\"template\":\"{org}/"
                          "{yyyy}{mm}-{nnnnn}\",\"organisationCode\":\"11341702486344515H\"}")));
  CHECK_CODE(GONGKAI_OK,
             gongkai_index_registry_add(registry, "11341702486344515H/202110-00013", "doc-1"));
  CHECK_CODE(GONGKAI_ALREADY_EXISTS,
             gongkai_index_registry_add(registry, "11341702486344515H/202110-00013", "doc-2"));
  CHECK_ERROR_MENTIONS("doc-1");
  CHECK_CODE(GONGKAI_OK, gongkai_index_registry_next(&index, registry, "2021-10-20", "doc-3"));
  CHECK(strcmp(text_of(index), "11341702486344515H/202110-00014") == 0);
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_index_registry_add(registry, "2021-1", "doc-4"));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_index_registry_new(NULL, GONGKAI_FORMAT_JSON, NULL, 0));
  gongkai_buffer_free(index);
  gongkai_index_registry_free(registry);
  registry = NULL;
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_index_registry_new(&registry, GONGKAI_FORMAT_JSON,
                                        TEXT_ARG("{\"template\":\"{org}\"}")));
  CHECK_ERROR_MENTIONS("index_scheme.template");
  CHECK(registry == NULL);
  gongkai_index_registry_free(NULL);
}

static void test_slip(void) {
  gongkai_buffer* state = NULL;
  gongkai_buffer* out = kSentinel;
  CHECK_CODE(GONGKAI_OK,
             gongkai_slip_replay(&state, GONGKAI_FORMAT_JSON, TEXT_ARG(kProposal), NULL, 0));
  CHECK(strstr(text_of(state), "SLIP_STATUS_IN_REVIEW") != NULL);
  /* The signer may not sign before the attribute review and the confidentiality review. */
  CHECK_CODE(
      GONGKAI_FAILED_PRECONDITION,
      gongkai_slip_apply_event(&out, GONGKAI_FORMAT_JSON, TEXT_ARG(kProposal),
                               TEXT_ARG("{\"action\":\"SLIP_ACTION_SIGN\",\"role\":\"SLIP_ROLE_"
                                        "SIGNER\",\"date\":{\"year\":2025,\"month\":3,\"day\":4},"
                                        "\"attribute\":\"PUBLIC_ATTRIBUTE_PROACTIVE\"}"),
                               NULL, 0));
  CHECK_ERROR_MENTIONS("S-1");
  CHECK(out == kSentinel);
  CHECK_CODE(GONGKAI_NOT_FOUND,
             gongkai_slip_replay(&out, GONGKAI_FORMAT_JSON,
                                 TEXT_ARG("{\"id\":\"S-2\",\"workflow\":\"nowhere\"}"), NULL, 0));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_slip_replay(&out, GONGKAI_FORMAT_JSON, TEXT_ARG(kProposal),
                                 TEXT_ARG("{\"id\":\"x\"}\n")));
  CHECK(out == kSentinel);
  gongkai_buffer_free(state);
}

static void test_remedy(void) {
  CHECK_CODE(GONGKAI_OK, gongkai_remedy_check(
                             GONGKAI_FORMAT_JSON,
                             TEXT_ARG("{\"id\":\"R-1\",\"kind\":\"REMEDY_KIND_RECONSIDERATION\","
                                      "\"filed\":{\"year\":2025,\"month\":1,\"day\":6}}")));
  CHECK_CODE(
      GONGKAI_INVALID_ARGUMENT,
      gongkai_remedy_check(GONGKAI_FORMAT_JSON,
                           TEXT_ARG("{\"id\":\"R-2\",\"kind\":\"REMEDY_KIND_RECONSIDERATION\","
                                    "\"filed\":{\"year\":2025,\"month\":1,\"day\":6},"
                                    "\"result\":\"REMEDY_RESULT_UPHELD\"}")));
  CHECK_ERROR_MENTIONS("remedy R-2: concluded");
  CHECK_CODE(
      GONGKAI_OUT_OF_RANGE,
      gongkai_remedy_check(GONGKAI_FORMAT_JSON,
                           TEXT_ARG("{\"id\":\"R-3\",\"kind\":\"REMEDY_KIND_RECONSIDERATION\","
                                    "\"filed\":{\"year\":2101,\"month\":1,\"day\":6}}")));
}

int main(void) {
  const check_test tests[] = {
      {"disclosure", test_disclosure},
      {"index_registry", test_index_registry},
      {"slip", test_slip},
      {"remedy", test_remedy},
  };
  return check_run_all(tests, sizeof tests / sizeof tests[0]);
}
