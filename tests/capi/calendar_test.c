/* The calendar module of the C API exercised from C. */
#include <string.h>

#include "check.h"
#include "gongkai/gongkai.h"

#define TEXT_ARG(literal) (const uint8_t*)(literal), strlen(literal)

static const char kLocalLayer[] =
    "{\"id\":\"local\",\"version\":\"1\",\"years\":[{\"year\":2024,\"daysOff\":[{\"first\":"
    "{\"year\":2024,\"month\":3,\"day\":5},\"last\":{\"year\":2024,\"month\":3,\"day\":5},\"name\":"
    "\"地方节日\"}]}]}";

static void test_national(void) {
  gongkai_calendar* cal = NULL;
  gongkai_buffer* version = NULL;
  char due[GONGKAI_DATE_SIZE];
  int working = -1, provisional = -1;
  int64_t between = 0;
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_national(&cal));
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_version(&version, cal));
  CHECK(strncmp((const char*)gongkai_buffer_data(version), "cn-national@", 12) == 0);
  gongkai_buffer_free(version);
  /* 2024-02-02 + 20 working days, over 春节 and two make-up Sundays: 2024-03-06. */
  CHECK_CODE(GONGKAI_OK,
             gongkai_calendar_add_working_days(due, &provisional, cal, "2024-02-02", 20));
  CHECK(strcmp(due, "2024-03-06") == 0);
  CHECK(provisional == 0);
  CHECK_CODE(GONGKAI_OK,
             gongkai_calendar_working_days_between(&between, cal, "2024-02-02", "2024-03-06"));
  CHECK(between == 20);
  CHECK_CODE(GONGKAI_OK,
             gongkai_calendar_is_working_day(&working, &provisional, cal, "2024-02-18"));
  CHECK(working == 1 && provisional == 0);
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_is_working_day(&working, NULL, cal, "2020-02-01"));
  CHECK(working == 0);
  CHECK_CODE(GONGKAI_OK,
             gongkai_calendar_add_working_days(due, &provisional, cal, "2026-12-25", 5));
  CHECK(provisional == 1);
  gongkai_calendar_free(cal);
  gongkai_calendar_free(NULL);
}

static void test_layer_and_year(void) {
  gongkai_calendar* national = NULL;
  gongkai_calendar* local = NULL;
  gongkai_buffer* year = NULL;
  char due[GONGKAI_DATE_SIZE];
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_national(&national));
  CHECK_CODE(GONGKAI_OK,
             gongkai_calendar_layer(&local, national, GONGKAI_FORMAT_JSON, TEXT_ARG(kLocalLayer)));
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_add_working_days(due, NULL, local, "2024-02-02", 20));
  CHECK(strcmp(due, "2024-03-07") == 0);
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_add_working_days(due, NULL, national, "2024-02-02", 20));
  CHECK(strcmp(due, "2024-03-06") == 0);
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_year(&year, national, GONGKAI_FORMAT_JSON, 2020));
  CHECK(strstr((const char*)gongkai_buffer_data(year),
               "{\"first\":{\"year\":2020,\"month\":1,\"day\":24},\"last\":{\"year\":2020,"
               "\"month\":2,\"day\":2},\"name\":\"春节\"}") != NULL);
  gongkai_buffer_free(year);
  gongkai_calendar_free(local);
  gongkai_calendar_free(national);
}

static void test_errors(void) {
  gongkai_calendar* cal = NULL;
  gongkai_calendar* untouched = (gongkai_calendar*)&cal;
  char due[GONGKAI_DATE_SIZE] = "unchanged";
  int working = -1;
  int64_t between = 7;
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_calendar_national(NULL));
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_national(&cal));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_calendar_add_working_days(due, NULL, cal, "2019-02-29", 1));
  CHECK_ERROR_MENTIONS("from: 2019-02-29 is not a date");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_calendar_add_working_days(due, NULL, cal, "20190301", 1));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_calendar_add_working_days(due, NULL, cal, "2019-03-01", 0));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_calendar_add_working_days(due, NULL, cal, NULL, 1));
  CHECK_ERROR_MENTIONS("from is NULL");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_calendar_add_working_days(due, NULL, NULL, "2019-03-01", 1));
  CHECK_CODE(GONGKAI_OUT_OF_RANGE,
             gongkai_calendar_add_working_days(due, NULL, cal, "2100-12-30", 5));
  CHECK_CODE(GONGKAI_OUT_OF_RANGE,
             gongkai_calendar_is_working_day(&working, NULL, cal, "2007-12-31"));
  CHECK_CODE(GONGKAI_OUT_OF_RANGE,
             gongkai_calendar_working_days_between(&between, cal, "2019-01-01", "2101-01-01"));
  CHECK(strcmp(due, "unchanged") == 0 && working == -1 && between == 7);
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_calendar_layer(
                 &untouched, cal, GONGKAI_FORMAT_JSON,
                 TEXT_ARG("{\"id\":\"bad\",\"years\":[{\"year\":2024,\"makeupWorkingDays\":[{"
                          "\"year\":2024,\"month\":3,\"day\":13}]}]}")));
  CHECK_ERROR_MENTIONS("2024-03-13 is a weekday");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_calendar_layer(&untouched, cal, GONGKAI_FORMAT_BINARY, TEXT_ARG("\x0a\x09")));
  CHECK_CODE(GONGKAI_OUT_OF_RANGE,
             gongkai_calendar_layer(&untouched, cal, GONGKAI_FORMAT_JSON,
                                    TEXT_ARG("{\"id\":\"far\",\"years\":[{\"year\":2101}]}")));
  CHECK(untouched == (gongkai_calendar*)&cal);
  gongkai_calendar_free(cal);
}

int main(void) {
  static const check_test tests[] = {
      {"national", test_national},
      {"layer_and_year", test_layer_and_year},
      {"errors", test_errors},
  };
  return check_run_all(tests, sizeof tests / sizeof tests[0]);
}
