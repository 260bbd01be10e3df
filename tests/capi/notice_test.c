/* The notices module of the C API exercised from C: every function, its successes, its
 * refusals and its NULL arguments. */
#include <string.h>

#include "check.h"
#include "gongkai/gongkai.h"

#define TEXT_ARG(literal) (const uint8_t*)(literal), strlen(literal)

static gongkai_buffer* const kSentinel = (gongkai_buffer*)&kSentinel;

static const char kTemplate[] =
    "{\"agencyName\":\"示范市临江区人民政府\",\"numberTemplate\":\"临政依申〔{yyyy}〕{#}号\","
    "\"contact\":\"联系电话：0000-00000000\",\"reconsiderationBody\":\"示范市人民政府\","
    "\"court\":\"示范市临江区人民法院\"}";

/* Received and registered 2019-05-20; a correction of 10 working days asked on 2019-05-22. */
#define APPLICATION(events)                                                              \
  "\"application\":{\"id\":\"2019-0042\",\"applicant\":{\"name\":\"MARKER-NAME\"},"      \
  "\"request\":\"MARKER-REQUEST\",\"received\":{\"year\":2019,\"month\":5,\"day\":20},"  \
  "\"events\":[{\"type\":\"EVENT_TYPE_REGISTERED\",\"date\":{\"year\":2019,\"month\":5," \
  "\"day\":20}}" events "]}"
#define CORRECTION                                                                      \
  ",{\"type\":\"EVENT_TYPE_CORRECTION_REQUESTED\",\"date\":{\"year\":2019,\"month\":5," \
  "\"day\":22},\"correctionPeriodDays\":10}"
#define DETAILS "\"details\":{\"correctionItems\":[\"MARKER-ITEM\"]}"
#define TEMPLATE                                                                             \
  "\"template\":{\"agencyName\":\"示范市临江区人民政府\",\"reconsiderationBody\":" \
  "\"示范市人民政府\",\"numberTemplate\":\"临政依申〔{yyyy}〕{#}号\"}"

static const char kCorrection[] =
    "{\"kind\":\"NOTICE_KIND_CORRECTION\"," APPLICATION(CORRECTION) "," TEMPLATE "," DETAILS
                                                                    ",\"serial\":7}";
static const char kCorrectionHtml[] =
    "{\"kind\":\"NOTICE_KIND_CORRECTION\",\"format\":"
    "\"NOTICE_FORMAT_HTML\"," APPLICATION(CORRECTION) "," TEMPLATE "," DETAILS "}";
static const char kCorrectionDocx[] =
    "{\"kind\":\"NOTICE_KIND_CORRECTION\",\"format\":"
    "\"NOTICE_FORMAT_DOCX\"," APPLICATION(CORRECTION) "," TEMPLATE "," DETAILS "}";
/* No approved extension in the history: refused, with the rule. */
static const char kExtension[] =
    "{\"kind\":\"NOTICE_KIND_EXTENSION\"," APPLICATION("") "," TEMPLATE "," DETAILS "}";
/* The correction request without its items: a detail the kind needs. */
static const char kNoItems[] =
    "{\"kind\":\"NOTICE_KIND_CORRECTION\"," APPLICATION(CORRECTION) "," TEMPLATE "}";
/* A negative serial: 0 means no 文号, below that is malformed. */
static const char kNegativeSerial[] =
    "{\"kind\":\"NOTICE_KIND_CORRECTION\"," APPLICATION(CORRECTION) "," TEMPLATE "," DETAILS
                                                                    ",\"serial\":-1}";

static const char* text_of(const gongkai_buffer* b) { return (const char*)gongkai_buffer_data(b); }

static void test_write_text_and_html(void) {
  gongkai_calendar* cal = NULL;
  gongkai_buffer* out = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_national(&cal));
  CHECK_CODE(GONGKAI_OK,
             gongkai_notice_write(&out, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kCorrection)));
  CHECK(strstr(text_of(out), "补正告知书") != NULL);
  CHECK(strstr(text_of(out), "临政依申〔2019〕7号") != NULL);
  CHECK(strstr(text_of(out), "MARKER-NAME：") != NULL); /* the notice is the document */
  /* Ten working days after 2019-05-22, 端午 2019-06-07 aside: 2019-06-05. */
  CHECK(strstr(text_of(out), "2019年6月5日") != NULL);
  gongkai_buffer_free(out);
  out = NULL;
  CHECK_CODE(GONGKAI_OK,
             gongkai_notice_write(&out, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kCorrectionHtml)));
  CHECK(strncmp(text_of(out), "<!DOCTYPE html>", 15) == 0);
  gongkai_buffer_free(out);
  gongkai_calendar_free(cal);
}

static void test_write_docx(void) {
  gongkai_calendar* cal = NULL;
  gongkai_buffer* out = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_national(&cal));
  /* A .docx is a zip archive: it starts with "PK\3\4". */
  CHECK_CODE(GONGKAI_OK,
             gongkai_notice_write(&out, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kCorrectionDocx)));
  CHECK(out != NULL && gongkai_buffer_size(out) > 4 &&
        memcmp(gongkai_buffer_data(out), "PK\003\004", 4) == 0);
  gongkai_buffer_free(out);
  gongkai_calendar_free(cal);
}

static void test_compose(void) {
  gongkai_calendar* cal = NULL;
  gongkai_buffer* out = NULL;
  gongkai_buffer* binary = NULL;
  gongkai_buffer* request = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_national(&cal));
  CHECK_CODE(GONGKAI_OK,
             gongkai_notice_compose(&out, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kCorrection)));
  CHECK(strstr(text_of(out), "\"kind\":\"NOTICE_KIND_CORRECTION\"") != NULL);
  CHECK(strstr(text_of(out), "\"applicationId\":\"2019-0042\"") != NULL);
  CHECK(strstr(text_of(out), "\"element\":\"correction_due\"") != NULL);
  /* The same request in binary gives a binary Notice. */
  CHECK_CODE(GONGKAI_OK, gongkai_message_from_json(&request, 0, "gongkai.v1.NoticeRequest",
                                                   kCorrection, strlen(kCorrection)));
  CHECK_CODE(GONGKAI_OK,
             gongkai_notice_compose(&binary, cal, GONGKAI_FORMAT_BINARY,
                                    gongkai_buffer_data(request), gongkai_buffer_size(request)));
  CHECK(binary != NULL && gongkai_buffer_size(binary) > 0);
  gongkai_buffer_free(binary);
  gongkai_buffer_free(request);
  gongkai_buffer_free(out);
  gongkai_calendar_free(cal);
}

static void test_refusals(void) {
  gongkai_calendar* cal = NULL;
  gongkai_buffer* out = kSentinel;
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_national(&cal));
  CHECK_CODE(GONGKAI_FAILED_PRECONDITION,
             gongkai_notice_write(&out, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kExtension)));
  CHECK_ERROR_MENTIONS("2019-0042");
  CHECK_ERROR_MENTIONS("第三十三条第二款");
  CHECK(strstr(gongkai_last_error_message(), "MARKER") == NULL);
  CHECK_CODE(GONGKAI_FAILED_PRECONDITION,
             gongkai_notice_compose(&out, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kExtension)));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_notice_write(&out, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kNoItems)));
  CHECK_ERROR_MENTIONS("details.correction_items");
  CHECK(strstr(gongkai_last_error_message(), "MARKER") == NULL);
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_notice_compose(&out, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kNegativeSerial)));
  CHECK_ERROR_MENTIONS("serial");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_notice_write(&out, cal, GONGKAI_FORMAT_JSON, TEXT_ARG("{\"kind\":7}")));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_notice_write(&out, cal, GONGKAI_FORMAT_JSON, TEXT_ARG("{\"kind\":")));
  CHECK_ERROR_MENTIONS("request");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_notice_write(&out, cal, (gongkai_format)9, TEXT_ARG(kCorrection)));
  CHECK(out == kSentinel);
  gongkai_calendar_free(cal);
}

static void test_null_arguments(void) {
  gongkai_calendar* cal = NULL;
  gongkai_buffer* out = kSentinel;
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_national(&cal));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_notice_write(NULL, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kCorrection)));
  CHECK_ERROR_MENTIONS("out is NULL");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_notice_write(&out, NULL, GONGKAI_FORMAT_JSON, TEXT_ARG(kCorrection)));
  CHECK_ERROR_MENTIONS("calendar is NULL");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_notice_compose(NULL, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kCorrection)));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_notice_compose(&out, NULL, GONGKAI_FORMAT_JSON, TEXT_ARG(kCorrection)));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_notice_compose(&out, cal, GONGKAI_FORMAT_JSON, NULL, 5));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_notice_check(NULL, cal, GONGKAI_FORMAT_JSON,
                                                            TEXT_ARG(kCorrection), TEXT_ARG("")));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_notice_check(&out, NULL, GONGKAI_FORMAT_JSON,
                                                            TEXT_ARG(kCorrection), TEXT_ARG("")));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_notice_check(&out, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kCorrection), NULL, 3));
  CHECK_ERROR_MENTIONS("text");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_notice_template_check(GONGKAI_FORMAT_JSON, NULL, 2));
  CHECK(out == kSentinel);
  gongkai_calendar_free(cal);
}

static void test_check(void) {
  gongkai_calendar* cal = NULL;
  gongkai_buffer* notice = NULL;
  gongkai_buffer* out = kSentinel;
  CHECK_CODE(GONGKAI_OK, gongkai_calendar_national(&cal));
  CHECK_CODE(GONGKAI_OK,
             gongkai_notice_write(&notice, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kCorrection)));
  /* Text that is not UTF-8 is refused before it is read. */
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_notice_check(&out, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kCorrection),
                                  TEXT_ARG("\xff")));
  CHECK_ERROR_MENTIONS("UTF-8");
  CHECK(out == kSentinel);
  /* The notice Gongkai wrote agrees with the case: no findings. */
  out = NULL;
  CHECK_CODE(GONGKAI_OK,
             gongkai_notice_check(&out, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kCorrection),
                                  gongkai_buffer_data(notice), gongkai_buffer_size(notice)));
  CHECK(out != NULL && strstr(text_of(out), "\"applicationId\":\"2019-0042\"") != NULL);
  CHECK(out != NULL && strstr(text_of(out), "\"findings\"") == NULL);
  gongkai_buffer_free(out);
  out = NULL;
  /* A notice stating no due date at all: a finding about correction_due. */
  CHECK_CODE(GONGKAI_OK, gongkai_notice_check(&out, cal, GONGKAI_FORMAT_JSON, TEXT_ARG(kCorrection),
                                              TEXT_ARG("补正告知书\n请补正。\n")));
  CHECK(out != NULL && strstr(text_of(out), "correction_due") != NULL);
  gongkai_buffer_free(out);
  gongkai_buffer_free(notice);
  gongkai_calendar_free(cal);
}

static void test_template_check(void) {
  CHECK_CODE(GONGKAI_OK, gongkai_notice_template_check(GONGKAI_FORMAT_JSON, TEXT_ARG(kTemplate)));
  /* A correction body without the due date drops what the law requires. */
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_notice_template_check(
                 GONGKAI_FORMAT_JSON,
                 TEXT_ARG("{\"agencyName\":\"示范市临江区人民政府\",\"kinds\":[{\"kind\":"
                          "\"NOTICE_KIND_CORRECTION\",\"body\":\"请补正。\"}]}")));
  CHECK_ERROR_MENTIONS("template.kinds[0].body");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_notice_template_check(GONGKAI_FORMAT_JSON, TEXT_ARG("{\"agencyName\":1")));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_notice_template_check((gongkai_format)9, TEXT_ARG(kTemplate)));
}

int main(void) {
  static const check_test tests[] = {
      {"notice_write_text_and_html", test_write_text_and_html},
      {"notice_write_docx", test_write_docx},
      {"notice_compose", test_compose},
      {"notice_refusals", test_refusals},
      {"notice_null_arguments", test_null_arguments},
      {"notice_check", test_check},
      {"notice_template_check", test_template_check},
  };
  return check_run_all(tests, sizeof tests / sizeof tests[0]);
}
