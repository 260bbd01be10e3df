/* The annual-report module of the C API exercised from C: a request, record streams, shards
 * merged, the result. */
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

int main(void) {
  const check_test tests[] = {
      {"report_from_records", test_report_from_records},
      {"errors", test_errors},
  };
  return check_run_all(tests, sizeof tests / sizeof tests[0]);
}
