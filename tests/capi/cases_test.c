/* The applications module of the C API exercised from C. */
#include <string.h>

#include "check.h"
#include "gongkai/gongkai.h"

#define TEXT_ARG(literal) (const uint8_t*)(literal), strlen(literal)

static gongkai_buffer* const kSentinel = (gongkai_buffer*)&kSentinel;

/* Received Friday 2024-02-02 in person, registered the same day. */
static const char kApplication[] =
    "{\"id\":\"2024-0007\",\"agencyId\":\"d1\",\"channel\":\"CHANNEL_IN_PERSON\","
    "\"applicant\":{\"category\":\"APPLICANT_CATEGORY_NATURAL_PERSON\",\"name\":\"MARKER-NAME\"},"
    "\"received\":{\"year\":2024,\"month\":2,\"day\":2},"
    "\"events\":[{\"type\":\"EVENT_TYPE_REGISTERED\",\"date\":{\"year\":2024,\"month\":2,\"day\":2}"
    "}]}";

static const char kDecide[] =
    "{\"type\":\"EVENT_TYPE_DECIDED\",\"date\":{\"year\":2024,\"month\":2,\"day\":20},\"outcome\":"
    "\"OUTCOME_GRANTED\"}";
static const char kArchive[] =
    "{\"type\":\"EVENT_TYPE_ARCHIVED\",\"date\":{\"year\":2024,\"month\":2,\"day\":21}}";

static const char* text_of(const gongkai_buffer* b) { return (const char*)gongkai_buffer_data(b); }

static void test_history(void) {
  gongkai_calendar* cal = NULL;
  gongkai_buffer* decided = NULL;
  gongkai_buffer* archived = NULL;
  gongkai_buffer* out = kSentinel;
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_national(&cal));
  CHECK_CODE(GONGKAI_OK,
             gongkai_application_check(cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kApplication)));
  CHECK_CODE(GONGKAI_OK,
             gongkai_application_apply_event(&decided, cal, GONGKAI_FORMAT_JSON,
                                             TEXT_ARG(kApplication), TEXT_ARG(kDecide)));
  CHECK(strstr(text_of(decided), "OUTCOME_GRANTED") != NULL);
  CHECK_CODE(GONGKAI_OK, gongkai_application_apply_event(
                             &archived, cal, GONGKAI_FORMAT_JSON, gongkai_buffer_data(decided),
                             gongkai_buffer_size(decided), TEXT_ARG(kArchive)));
  /* Nothing follows archiving. */
  CHECK_CODE(
      GONGKAI_FAILED_PRECONDITION,
      gongkai_application_apply_event(&out, cal, GONGKAI_FORMAT_JSON, gongkai_buffer_data(archived),
                                      gongkai_buffer_size(archived), TEXT_ARG(kDecide)));
  CHECK_ERROR_MENTIONS("2024-0007");
  CHECK_ERROR_MENTIONS("ARCHIVED");
  CHECK(strstr(gongkai_last_error_message(), "MARKER") == NULL);
  CHECK(out == kSentinel);
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_application_apply_event(
                 &out, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kApplication),
                 TEXT_ARG("{\"type\":\"EVENT_TYPE_DECIDED\",\"date\":{\"year\":2023,\"month\":2,"
                          "\"day\":29},\"outcome\":\"OUTCOME_GRANTED\"}")));
  CHECK_ERROR_MENTIONS("2023-02-29");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_application_apply_event(&out, NULL, GONGKAI_FORMAT_JSON,
                                             TEXT_ARG(kApplication), TEXT_ARG(kDecide)));
  CHECK_ERROR_MENTIONS("calendar is NULL");
  CHECK(out == kSentinel);
  gongkai_buffer_free(decided);
  gongkai_buffer_free(archived);
  gongkai_calendar_free(cal);
}

static void test_deadlines(void) {
  gongkai_calendar* cal = NULL;
  gongkai_deadline_options* options = NULL;
  gongkai_buffer* out = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_national(&cal));
  /* 20 working days after 2024-02-02, over 春节: 2024-03-06. */
  CHECK_CODE(GONGKAI_OK, gongkai_application_deadlines(&out, cal, NULL, GONGKAI_FORMAT_JSON,
                                                       TEXT_ARG(kApplication), "2024-02-20"));
  CHECK(strstr(text_of(out), "{\"year\":2024,\"month\":3,\"day\":6}") != NULL);
  CHECK(strstr(text_of(out), "春节") != NULL);
  CHECK(strstr(text_of(out), "MARKER") == NULL);
  gongkai_buffer_free(out);
  CHECK_CODE(GONGKAI_OK, gongkai_deadline_options_new(&options));
  CHECK_CODE(GONGKAI_OK, gongkai_deadline_options_set_count_start_day(options, 1));
  CHECK_CODE(GONGKAI_OK, gongkai_deadline_options_set_fee_wait_stops_clock(options, 0));
  CHECK_CODE(GONGKAI_OK, gongkai_application_deadlines(&out, cal, options, GONGKAI_FORMAT_JSON,
                                                       TEXT_ARG(kApplication), "2024-02-20"));
  /* Counting the receipt day as day one: 2024-03-05. */
  CHECK(strstr(text_of(out), "{\"year\":2024,\"month\":3,\"day\":5}") != NULL);
  gongkai_buffer_free(out);
  out = kSentinel;
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_application_deadlines(&out, cal, options, GONGKAI_FORMAT_JSON,
                                           TEXT_ARG(kApplication), "2024-13-01"));
  CHECK_ERROR_MENTIONS("as_of");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_deadline_options_set_count_start_day(NULL, 1));
  CHECK(out == kSentinel);
  gongkai_deadline_options_free(options);
  gongkai_deadline_options_free(NULL);
  gongkai_calendar_free(cal);
}

/* The one-call reply due date equals the deadline report's; each optional fact moves it. */
static void test_reply_due(void) {
  gongkai_calendar* cal = NULL;
  char due[GONGKAI_DATE_SIZE] = "unchanged";
  int provisional = -1;
  static const char* const kStarts[] = {"2025-02-10"};
  static const char* const kEnds[] = {"2025-02-20"};
  static const char* const kBadEnds[] = {"2025-02-09"};
  static const char* const kMalformed[] = {"2025-02-30"};
  static const char* const kTwoStarts[] = {"2025-02-03", "2025-02-05"};
  static const char* const kTwoEnds[] = {"2025-02-10", "2025-02-06"};
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_national(&cal));
  /* 20 working days after 2025-01-24 over 春节 2025 (two make-up Saturdays/Sundays counted). */
  CHECK_CODE(GONGKAI_OK,
             gongkai_reply_due(due, &provisional, cal, NULL, "2025-01-24", 0, NULL, NULL, NULL, 0));
  CHECK(strcmp(due, "2025-02-27") == 0);
  CHECK(provisional == 0);
  CHECK_CODE(GONGKAI_OK,
             gongkai_reply_due(due, NULL, cal, NULL, "2025-01-24", 20, NULL, NULL, NULL, 0));
  CHECK(strcmp(due, "2025-03-27") == 0);
  /* The consultation's working days in (start, end] are not counted. */
  CHECK_CODE(GONGKAI_OK,
             gongkai_reply_due(due, NULL, cal, NULL, "2025-01-24", 0, NULL, kStarts, kEnds, 1));
  CHECK(strcmp(due, "2025-03-11") == 0);
  /* The period runs again from the corrected application. */
  CHECK_CODE(GONGKAI_OK,
             gongkai_reply_due(due, NULL, cal, NULL, "2025-01-24", 0, "2025-02-12", NULL, NULL, 0));
  CHECK(strcmp(due, "2025-03-12") == 0);
  /* A year no schedule covers: computed by the weekday rule, and flagged. */
  CHECK_CODE(GONGKAI_OK,
             gongkai_reply_due(due, &provisional, cal, NULL, "2030-12-20", 0, NULL, NULL, NULL, 0));
  CHECK(provisional == 1);

  strcpy(due, "unchanged");
  provisional = -1;
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_reply_due(due, &provisional, cal, NULL, "2025-01-24",
                                                         21, NULL, NULL, NULL, 0));
  CHECK_ERROR_MENTIONS("extension_days");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_reply_due(due, &provisional, cal, NULL, "2025-01-24",
                                                         0, NULL, kStarts, kBadEnds, 1));
  CHECK_ERROR_MENTIONS("pause_ends[0] 2025-02-09 is before pause_starts[0] 2025-02-10");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_reply_due(due, &provisional, cal, NULL, "2025-01-24",
                                                         0, NULL, kTwoStarts, kTwoEnds, 2));
  CHECK_ERROR_MENTIONS("pause_starts[1] 2025-02-05 is before pause_ends[0] 2025-02-10");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_reply_due(due, &provisional, cal, NULL, "2025-01-24",
                                                         0, NULL, kStarts, kMalformed, 1));
  CHECK_ERROR_MENTIONS("pause_ends[0]");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_reply_due(due, &provisional, cal, NULL, "2025-01-24",
                                                         0, "2025-01-23", NULL, NULL, 0));
  CHECK_ERROR_MENTIONS("correction_received 2025-01-23 is before received 2025-01-24");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_reply_due(due, &provisional, cal, NULL, "2025-01-24",
                                                         0, NULL, NULL, kEnds, 1));
  CHECK_ERROR_MENTIONS("pause_starts");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_reply_due(due, &provisional, cal, NULL, NULL, 0, NULL, NULL, NULL, 0));
  CHECK_ERROR_MENTIONS("received");
  CHECK_CODE(GONGKAI_OUT_OF_RANGE,
             gongkai_reply_due(due, &provisional, cal, NULL, "2007-12-31", 0, NULL, NULL, NULL, 0));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_reply_due(NULL, NULL, cal, NULL, "2025-01-24", 0, NULL, NULL, NULL, 0));
  CHECK(strcmp(due, "unchanged") == 0);
  CHECK(provisional == -1);
  gongkai_calendar_free(cal);
}

static void test_table3(void) {
  gongkai_table3* a = NULL;
  gongkai_table3* b = NULL;
  gongkai_table3* other_year = NULL;
  gongkai_buffer* out = NULL;
  static const char kDecided[] =
      "{\"id\":\"x1\",\"applicant\":{\"category\":\"APPLICANT_CATEGORY_COMMERCIAL\"},"
      "\"received\":{\"year\":2024,\"month\":3,\"day\":1},\"events\":[{\"type\":\"EVENT_TYPE_"
      "REGISTERED\","
      "\"date\":{\"year\":2024,\"month\":3,\"day\":1}},{\"type\":\"EVENT_TYPE_DECIDED\",\"date\":{"
      "\"year\":2024,"
      "\"month\":3,\"day\":20},\"outcome\":\"OUTCOME_PARTIAL\"}]}\n";
  static const char kNoDate[] =
      "{\"id\":\"x2\",\"applicant\":{\"category\":\"APPLICANT_CATEGORY_OTHER\"}}\n";
  CHECK_CODE(GONGKAI_OK, gongkai_table3_new(&a, GONGKAI_FORMAT_JSON, 2024, "", NULL, 0));
  CHECK_CODE(GONGKAI_OK, gongkai_table3_new(&b, GONGKAI_FORMAT_JSON, 2024, "2021", NULL, 0));
  CHECK_CODE(GONGKAI_OK, gongkai_table3_add(a, GONGKAI_FORMAT_JSON, TEXT_ARG(kApplication)));
  CHECK_CODE(GONGKAI_OK, gongkai_table3_add(b, GONGKAI_FORMAT_JSON, TEXT_ARG(kDecided)));
  CHECK_CODE(GONGKAI_OK, gongkai_table3_add(b, GONGKAI_FORMAT_JSON, TEXT_ARG(kNoDate)));
  CHECK_CODE(GONGKAI_OK, gongkai_table3_merge(a, b));
  CHECK_CODE(GONGKAI_OK,
             gongkai_table3_result(&out, a, GONGKAI_FORMAT_JSON, TEXT_ARG("{\"id\":\"d1\"}")));
  CHECK(strstr(text_of(out), "\"recordsSeen\":\"3\"") != NULL);
  CHECK(strstr(text_of(out), "\"recordsCounted\":\"2\"") != NULL);
  CHECK(strstr(text_of(out), "{\"key\":\"t3.partial.commercial\",\"count\":\"1\"") != NULL);
  CHECK(strstr(text_of(out), "{\"key\":\"t3.carried_forward.natural_person\",\"count\":\"1\"") !=
        NULL);
  CHECK(strstr(text_of(out), "\"applicationId\":\"x2\"") != NULL);
  CHECK(strstr(text_of(out), "MARKER") == NULL);
  gongkai_buffer_free(out);
  out = NULL;

  CHECK_CODE(GONGKAI_OK, gongkai_table3_new(&other_year, GONGKAI_FORMAT_JSON, 2023, "", NULL, 0));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_table3_merge(a, other_year));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_table3_merge(a, a));
  CHECK_CODE(
      GONGKAI_INVALID_ARGUMENT,
      gongkai_table3_add(a, GONGKAI_FORMAT_JSON, TEXT_ARG("{\"id\":\"x\"}\n{\"nope\":1}\n")));
  CHECK_ERROR_MENTIONS("message 1");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_table3_add(a, GONGKAI_FORMAT_BINARY, TEXT_ARG("\x05\x01")));
  CHECK_CODE(GONGKAI_OUT_OF_RANGE, gongkai_table3_new(&b, GONGKAI_FORMAT_JSON, 2018, "", NULL, 0));
  CHECK_CODE(GONGKAI_NOT_FOUND, gongkai_table3_new(&b, GONGKAI_FORMAT_JSON, 2024, "2030", NULL, 0));
  CHECK_CODE(
      GONGKAI_INVALID_ARGUMENT,
      gongkai_table3_new(
          &b, GONGKAI_FORMAT_JSON, 2024, "2021",
          TEXT_ARG("{\"rows\":[{\"outcome\":\"OUTCOME_GRANTED\",\"row\":\"carried_over\"}]}")));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_table3_add(NULL, GONGKAI_FORMAT_JSON, TEXT_ARG(kNoDate)));
  /* The failed calls changed nothing. */
  CHECK_CODE(GONGKAI_OK, gongkai_table3_result(&out, a, GONGKAI_FORMAT_JSON, NULL, 0));
  CHECK(strstr(text_of(out), "\"recordsSeen\":\"3\"") != NULL);
  gongkai_buffer_free(out);
  gongkai_table3_free(a);
  gongkai_table3_free(b);
  gongkai_table3_free(other_year);
  gongkai_table3_free(NULL);
}

int main(void) {
  static const check_test tests[] = {
      {"history", test_history},
      {"deadlines", test_deadlines},
      {"reply_due", test_reply_due},
      {"table3", test_table3},
  };
  return check_run_all(tests, sizeof tests / sizeof tests[0]);
}
