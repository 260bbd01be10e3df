/* The report module of the C API exercised from C: layouts, validation, merge, import, render. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "gongkai/gongkai.h"

#define TEXT_ARG(literal) (const uint8_t*)(literal), strlen(literal)

static gongkai_buffer* const kSentinel = (gongkai_buffer*)&kSentinel;

/* One error-free report and one whose only figure breaks T3-balance and T3-total-col. */
static const char kEmpty2022[] = "{\"agency\":{\"id\":\"d1\"},\"year\":2022}";
static const char kBroken2022[] =
    "{\"agency\":{\"id\":\"d2\"},\"year\":2022,"
    "\"cells\":[{\"key\":\"t3.new.natural_person\",\"count\":\"1\"}]}";

static const char* text_of(const gongkai_buffer* b) { return (const char*)gongkai_buffer_data(b); }

static void test_layouts(void) {
  gongkai_buffer* out = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_layout_ids(&out));
  CHECK(strcmp(text_of(out), "2019\n2021\n") == 0);
  gongkai_buffer_free(out);
  CHECK_CODE(GONGKAI_OK, gongkai_layout_get(&out, GONGKAI_FORMAT_JSON, "2021", 0));
  CHECK(strstr(text_of(out), "国办公开办函〔2021〕30号") != NULL);
  CHECK(strstr(text_of(out), "（二）部分公开（区分处理的，只计这一情形，不计其他情形）") != NULL);
  gongkai_buffer_free(out);
  CHECK_CODE(GONGKAI_OK, gongkai_layout_get(&out, GONGKAI_FORMAT_JSON, "", 2020));
  CHECK(strstr(text_of(out), "\"id\":\"2019\"") != NULL);
  gongkai_buffer_free(out);
  CHECK_CODE(GONGKAI_OK, gongkai_layout_get(&out, GONGKAI_FORMAT_BINARY, "2019", 0));
  CHECK(gongkai_buffer_size(out) > 1000);
  gongkai_buffer_free(out);
}

static void test_layout_errors(void) {
  gongkai_buffer* out = kSentinel;
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_layout_ids(NULL));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_layout_get(NULL, GONGKAI_FORMAT_JSON, "2021", 0));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_layout_get(&out, GONGKAI_FORMAT_JSON, NULL, 0));
  CHECK_ERROR_MENTIONS("id is NULL");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_layout_get(&out, 7, "2021", 0));
  CHECK_ERROR_MENTIONS("format: 7");
  CHECK_CODE(GONGKAI_NOT_FOUND, gongkai_layout_get(&out, GONGKAI_FORMAT_JSON, "2008", 0));
  CHECK_ERROR_MENTIONS("known: 2019, 2021");
  CHECK_CODE(GONGKAI_NOT_FOUND, gongkai_layout_get(&out, GONGKAI_FORMAT_JSON, "", 2018));
  CHECK(out == kSentinel);
}

static void test_validate(void) {
  gongkai_buffer* out = NULL;
  int errors = -1;
  CHECK_CODE(GONGKAI_OK, gongkai_report_validate(&out, &errors, NULL, GONGKAI_FORMAT_JSON,
                                                 TEXT_ARG(kEmpty2022)));
  CHECK(errors == 0);
  CHECK(strcmp(text_of(out), "{}") == 0);
  gongkai_buffer_free(out);
  CHECK_CODE(GONGKAI_OK, gongkai_report_validate(&out, &errors, NULL, GONGKAI_FORMAT_JSON,
                                                 TEXT_ARG(kBroken2022)));
  CHECK(errors == 2);
  CHECK(strstr(text_of(out), "\"rule\":\"T3-balance\"") != NULL);
  CHECK(strstr(text_of(out), "\"rule\":\"T3-total-col\"") != NULL);
  CHECK(strstr(text_of(out), "一、本年新收政府信息公开申请数量 / 申请人情况 自然人") != NULL);
  gongkai_buffer_free(out);
  /* error_count may be NULL. */
  CHECK_CODE(GONGKAI_OK,
             gongkai_report_validate(&out, NULL, NULL, GONGKAI_FORMAT_JSON, TEXT_ARG(kBroken2022)));
  gongkai_buffer_free(out);
}

static void test_validate_with_options(void) {
  gongkai_validate_options* options = NULL;
  gongkai_buffer* merged = NULL;
  gongkai_buffer* out = NULL;
  static const char kMembers[] =
      "{\"agency\":{\"id\":\"d1\"},\"year\":2022}\n\n"
      "{\"agency\":{\"id\":\"d2\"},\"year\":2022,\"cells\":[{\"key\":\"t4.cases.direct_pending\","
      "\"count\":\"2\"},"
      "{\"key\":\"t4.cases.direct_total\",\"count\":\"2\"}]}\n";
  static const char kPrevious[] =
      "{\"agency\":{\"id\":\"d1\"},\"year\":2021,"
      "\"cells\":[{\"key\":\"t3.carried_forward.natural_person\",\"count\":\"3\"}]}";
  int errors = -1;
  CHECK_CODE(GONGKAI_OK, gongkai_validate_options_new(&options));
  CHECK_CODE(GONGKAI_OK, gongkai_validate_options_set_members(options, GONGKAI_FORMAT_JSON,
                                                              TEXT_ARG(kMembers)));
  /* The empty report is not the sum of its members: roll-up names both table 四 cells. */
  CHECK_CODE(GONGKAI_OK, gongkai_report_validate(&out, &errors, options, GONGKAI_FORMAT_JSON,
                                                 TEXT_ARG(kEmpty2022)));
  CHECK(errors == 2);
  CHECK(strstr(text_of(out), "\"key\":\"t4.cases.direct_pending\"") != NULL);
  CHECK(strstr(text_of(out), "roll-up") != NULL);
  gongkai_buffer_free(out);
  /* The merged report is. */
  CHECK_CODE(GONGKAI_OK, gongkai_report_merge(&merged, GONGKAI_FORMAT_JSON,
                                              TEXT_ARG("{\"id\":\"city\"}"), TEXT_ARG(kMembers)));
  CHECK_CODE(GONGKAI_OK,
             gongkai_report_validate(&out, &errors, options, GONGKAI_FORMAT_JSON,
                                     gongkai_buffer_data(merged), gongkai_buffer_size(merged)));
  CHECK(errors == 0);
  gongkai_buffer_free(out);
  gongkai_buffer_free(merged);

  CHECK_CODE(GONGKAI_OK,
             gongkai_validate_options_set_members(options, GONGKAI_FORMAT_JSON, NULL, 0));
  CHECK_CODE(GONGKAI_OK, gongkai_validate_options_set_previous(options, GONGKAI_FORMAT_JSON,
                                                               TEXT_ARG(kPrevious)));
  CHECK_CODE(GONGKAI_OK, gongkai_report_validate(&out, &errors, options, GONGKAI_FORMAT_JSON,
                                                 TEXT_ARG(kEmpty2022)));
  CHECK(errors == 0);
  CHECK(strstr(text_of(out), "\"rule\":\"cross-year\"") != NULL);
  gongkai_buffer_free(out);
  gongkai_validate_options_free(options);
  gongkai_validate_options_free(NULL);
}

static void test_validate_errors(void) {
  gongkai_buffer* out = kSentinel;
  gongkai_validate_options* options = NULL;
  int errors = -1;
  CHECK_CODE(
      GONGKAI_INVALID_ARGUMENT,
      gongkai_report_validate(NULL, &errors, NULL, GONGKAI_FORMAT_JSON, TEXT_ARG(kEmpty2022)));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_report_validate(&out, &errors, NULL, GONGKAI_FORMAT_JSON, NULL, 4));
  CHECK_ERROR_MENTIONS("report is NULL");
  CHECK_CODE(
      GONGKAI_INVALID_ARGUMENT,
      gongkai_report_validate(&out, &errors, NULL, GONGKAI_FORMAT_JSON, TEXT_ARG("{\"year\":")));
  CHECK_ERROR_MENTIONS("report: json: not a valid gongkai.v1.AnnualReport");
  CHECK_CODE(
      GONGKAI_INVALID_ARGUMENT,
      gongkai_report_validate(&out, &errors, NULL, GONGKAI_FORMAT_BINARY, TEXT_ARG("\x0a\x05")));
  CHECK_ERROR_MENTIONS("gongkai.v1.AnnualReport");
  CHECK_CODE(
      GONGKAI_INVALID_ARGUMENT,
      gongkai_report_validate(
          &out, &errors, NULL, GONGKAI_FORMAT_JSON,
          TEXT_ARG("{\"year\":2022,\"cells\":[{\"key\":\"t3.grnted.total\",\"count\":\"1\"}]}")));
  CHECK_ERROR_MENTIONS("cells[0].key");
  CHECK_CODE(GONGKAI_OUT_OF_RANGE, gongkai_report_validate(&out, &errors, NULL, GONGKAI_FORMAT_JSON,
                                                           TEXT_ARG("{\"year\":2101}")));
  CHECK_CODE(GONGKAI_NOT_FOUND,
             gongkai_report_validate(&out, &errors, NULL, GONGKAI_FORMAT_JSON,
                                     TEXT_ARG("{\"year\":2022,\"layout\":\"2030\"}")));
  CHECK(out == kSentinel && errors == -1);

  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_validate_options_new(NULL));
  CHECK_CODE(GONGKAI_OK, gongkai_validate_options_new(&options));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_validate_options_set_previous(
                                           NULL, GONGKAI_FORMAT_JSON, TEXT_ARG(kEmpty2022)));
  CHECK_ERROR_MENTIONS("options is NULL");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_validate_options_set_members(options, GONGKAI_FORMAT_JSON,
                                                  TEXT_ARG("{}\n{\"year\":\"x\"}\n")));
  CHECK_ERROR_MENTIONS("message 1 (line 2)");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_validate_options_set_members(
                                           options, GONGKAI_FORMAT_BINARY, TEXT_ARG("\x05\x08")));
  CHECK_ERROR_MENTIONS("runs past the end");
  /* A previous report of the wrong year is reported when validating. */
  CHECK_CODE(GONGKAI_OK, gongkai_validate_options_set_previous(options, GONGKAI_FORMAT_JSON,
                                                               TEXT_ARG(kEmpty2022)));
  CHECK_CODE(
      GONGKAI_INVALID_ARGUMENT,
      gongkai_report_validate(&out, &errors, options, GONGKAI_FORMAT_JSON, TEXT_ARG(kEmpty2022)));
  CHECK_ERROR_MENTIONS("previous.year: 2022, expected 2021");
  CHECK(out == kSentinel);
  gongkai_validate_options_free(options);
}

static void test_merge_errors(void) {
  gongkai_buffer* out = kSentinel;
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_report_merge(NULL, GONGKAI_FORMAT_JSON, TEXT_ARG("{}"), TEXT_ARG(kEmpty2022)));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_report_merge(&out, GONGKAI_FORMAT_JSON, TEXT_ARG("{}"), NULL, 0));
  CHECK_ERROR_MENTIONS("no reports given");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_report_merge(&out, GONGKAI_FORMAT_JSON, TEXT_ARG("{\"nmae\":1}"),
                                  TEXT_ARG(kEmpty2022)));
  CHECK_ERROR_MENTIONS("parent");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_report_merge(&out, GONGKAI_FORMAT_JSON, TEXT_ARG("{}"),
                                  TEXT_ARG("{\"year\":2022}\n{\"year\":2023}")));
  CHECK_ERROR_MENTIONS("reports[1].year");
  CHECK_CODE(
      GONGKAI_OUT_OF_RANGE,
      gongkai_report_merge(
          &out, GONGKAI_FORMAT_JSON, TEXT_ARG("{}"),
          TEXT_ARG("{\"year\":2022,\"cells\":[{\"key\":\"t3.new.total\",\"count\":"
                   "\"9223372036854775807\"}]}\n"
                   "{\"year\":2022,\"cells\":[{\"key\":\"t3.new.total\",\"count\":\"1\"}]}")));
  CHECK_ERROR_MENTIONS("t3.new.total");
  CHECK(out == kSentinel);
}

static void test_import_and_render(void) {
  gongkai_buffer* imported = NULL;
  gongkai_buffer* out = NULL;
  static const char kTable4[] = "0,1,0,0,1,0,0,0,2,2,0,0,0,0,0\n";
  CHECK_CODE(GONGKAI_OK,
             gongkai_report_import_grid(&imported, GONGKAI_FORMAT_JSON, TEXT_ARG(kEmpty2022), "t4",
                                        (const char*)kTable4, strlen(kTable4), "t4.csv"));
  CHECK(strstr(text_of(imported),
               "\"key\":\"t4.cases.reconsideration_corrected\",\"count\":\"1\"") != NULL);
  gongkai_buffer_free(imported);

  CHECK_CODE(GONGKAI_OK, gongkai_report_render(&out, GONGKAI_FORMAT_JSON, GONGKAI_RENDER_CSV,
                                               TEXT_ARG(kBroken2022)));
  CHECK(strstr(text_of(out), "1,0,0,0,0,0,0\n") != NULL);
  gongkai_buffer_free(out);
  CHECK_CODE(GONGKAI_OK, gongkai_report_render(&out, GONGKAI_FORMAT_JSON, GONGKAI_RENDER_HTML,
                                               TEXT_ARG(kBroken2022)));
  CHECK(strstr(text_of(out), "colspan=\"7\"") != NULL);
  gongkai_buffer_free(out);
}

static void test_import_and_render_errors(void) {
  gongkai_buffer* out = kSentinel;
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_report_import_grid(&out, GONGKAI_FORMAT_JSON, TEXT_ARG(kEmpty2022), "t4",
                                        "1,2,3\n", 6, "short.csv"));
  CHECK_ERROR_MENTIONS("line 1");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_report_import_grid(&out, GONGKAI_FORMAT_JSON, TEXT_ARG(kEmpty2022), NULL,
                                        "1\n", 2, NULL));
  CHECK_ERROR_MENTIONS("table is NULL");
  CHECK_CODE(GONGKAI_NOT_FOUND,
             gongkai_report_import_grid(&out, GONGKAI_FORMAT_JSON, TEXT_ARG(kEmpty2022), "t9",
                                        "1\n", 2, NULL));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_report_import_grid(&out, GONGKAI_FORMAT_JSON, TEXT_ARG(kEmpty2022), "t4",
                                        "\xff\n", 2, NULL));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_report_render(&out, GONGKAI_FORMAT_JSON, (gongkai_render_output)0,
                                   TEXT_ARG(kEmpty2022)));
  CHECK_ERROR_MENTIONS("output: 0 is not a gongkai_render_output");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_report_render(&out, GONGKAI_FORMAT_JSON, (gongkai_render_output)8,
                                   TEXT_ARG(kEmpty2022)));
  CHECK_CODE(
      GONGKAI_INVALID_ARGUMENT,
      gongkai_report_render(&out, (gongkai_format)2, GONGKAI_RENDER_TEXT, TEXT_ARG(kEmpty2022)));
  CHECK_CODE(
      GONGKAI_INVALID_ARGUMENT,
      gongkai_report_render(NULL, GONGKAI_FORMAT_JSON, GONGKAI_RENDER_TEXT, TEXT_ARG(kEmpty2022)));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_report_render(&out, GONGKAI_FORMAT_JSON, GONGKAI_RENDER_TEXT, TEXT_ARG("[")));
  CHECK(out == kSentinel);
}

int main(void) {
  static const check_test tests[] = {
      {"layouts", test_layouts},
      {"layout_errors", test_layout_errors},
      {"validate", test_validate},
      {"validate_with_options", test_validate_with_options},
      {"validate_errors", test_validate_errors},
      {"merge_errors", test_merge_errors},
      {"import_and_render", test_import_and_render},
      {"import_and_render_errors", test_import_and_render_errors},
  };
  return check_run_all(tests, sizeof tests / sizeof tests[0]);
}
