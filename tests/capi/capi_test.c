/* The C API exercised from C: every entry point, its success path and each documented error. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "gongkai/gongkai.h"

/* gongkai.v1.Agency {id: "a1", name: "朝阳区"} in wire format. */
static const uint8_t kAgency[] = {0x0a, 0x02, 'a',  '1',  0x12, 0x09, 0xe6, 0x9c,
                                  0x9d, 0xe9, 0x98, 0xb3, 0xe5, 0x8c, 0xba};
/* A string literal as the (pointer, length) pair the API takes. */
#define JSON_ARG(literal) literal, strlen(literal)

static const char kAgencyJson[] = "{\"id\":\"a1\",\"name\":\"朝阳区\"}";

/* A buffer the tests can recognise, to prove that failed calls leave *out alone. */
static gongkai_buffer* const kSentinel = (gongkai_buffer*)&kSentinel;

static int buffer_equals(const gongkai_buffer* b, const void* data, size_t size) {
  return gongkai_buffer_size(b) == size && memcmp(gongkai_buffer_data(b), data, size) == 0;
}

static void test_version(void) {
  char expected[32];
  sprintf(expected, "%d.%d.%d", GONGKAI_VERSION_MAJOR, GONGKAI_VERSION_MINOR,
          GONGKAI_VERSION_PATCH);
  CHECK(strcmp(gongkai_version_string(), expected) == 0);
  CHECK(strcmp(gongkai_version_string(), GONGKAI_VERSION_STRING) == 0);
  CHECK(gongkai_version_number() == GONGKAI_VERSION_NUMBER);
  CHECK(gongkai_version_number() ==
        GONGKAI_VERSION_MAJOR * 1000000L + GONGKAI_VERSION_MINOR * 1000L + GONGKAI_VERSION_PATCH);
}

static void test_code_names(void) {
  CHECK(strcmp(gongkai_code_name(GONGKAI_OK), "OK") == 0);
  CHECK(strcmp(gongkai_code_name(GONGKAI_INVALID_ARGUMENT), "INVALID_ARGUMENT") == 0);
  CHECK(strcmp(gongkai_code_name(GONGKAI_NOT_FOUND), "NOT_FOUND") == 0);
  CHECK(strcmp(gongkai_code_name(GONGKAI_ALREADY_EXISTS), "ALREADY_EXISTS") == 0);
  CHECK(strcmp(gongkai_code_name(GONGKAI_RESOURCE_EXHAUSTED), "RESOURCE_EXHAUSTED") == 0);
  CHECK(strcmp(gongkai_code_name(GONGKAI_FAILED_PRECONDITION), "FAILED_PRECONDITION") == 0);
  CHECK(strcmp(gongkai_code_name(GONGKAI_OUT_OF_RANGE), "OUT_OF_RANGE") == 0);
  CHECK(strcmp(gongkai_code_name(GONGKAI_INTERNAL), "INTERNAL") == 0);
  CHECK(strcmp(gongkai_code_name(GONGKAI_UNAVAILABLE), "UNAVAILABLE") == 0);
  CHECK(strcmp(gongkai_code_name(GONGKAI_DATA_LOSS), "DATA_LOSS") == 0);
  CHECK(strcmp(gongkai_code_name(4), "UNKNOWN") == 0);
  CHECK(strcmp(gongkai_code_name(-1), "UNKNOWN") == 0);
  /* Values are ABI: they must never change. */
  CHECK(GONGKAI_INVALID_ARGUMENT == 3 && GONGKAI_NOT_FOUND == 5 && GONGKAI_ALREADY_EXISTS == 6);
  CHECK(GONGKAI_RESOURCE_EXHAUSTED == 8 && GONGKAI_FAILED_PRECONDITION == 9);
  CHECK(GONGKAI_OUT_OF_RANGE == 11 && GONGKAI_INTERNAL == 13);
  CHECK(GONGKAI_UNAVAILABLE == 14 && GONGKAI_DATA_LOSS == 15);
}

static void test_last_error_is_never_null(void) { CHECK(gongkai_last_error_message() != NULL); }

static void test_buffer_accessors_accept_null(void) {
  CHECK(gongkai_buffer_data(NULL) == NULL);
  CHECK(gongkai_buffer_size(NULL) == 0);
  gongkai_buffer_free(NULL);
}

static void test_to_json(void) {
  gongkai_buffer* out = NULL;
  CHECK_CODE(GONGKAI_OK,
             gongkai_message_to_json(&out, 0, "gongkai.v1.Agency", kAgency, sizeof kAgency));
  CHECK(buffer_equals(out, kAgencyJson, strlen(kAgencyJson)));
  CHECK(gongkai_buffer_data(out)[gongkai_buffer_size(out)] == '\0');
  gongkai_buffer_free(out);
}

static void test_to_json_flags(void) {
  gongkai_buffer* out = NULL;
  const uint8_t parent[] = {0x22, 0x01, 'p'}; /* parent_id: "p" */
  CHECK_CODE(GONGKAI_OK,
             gongkai_message_to_json(&out, GONGKAI_JSON_PROTO_NAMES | GONGKAI_JSON_EMIT_DEFAULTS,
                                     "gongkai.v1.Agency", parent, sizeof parent));
  CHECK(strstr((const char*)gongkai_buffer_data(out), "\"parent_id\":\"p\"") != NULL);
  CHECK(strstr((const char*)gongkai_buffer_data(out), "\"level\":\"AGENCY_LEVEL_UNSPECIFIED\"") !=
        NULL);
  gongkai_buffer_free(out);
  CHECK_CODE(GONGKAI_OK, gongkai_message_to_json(&out, GONGKAI_JSON_PRETTY, "gongkai.v1.Agency",
                                                 parent, sizeof parent));
  CHECK(strstr((const char*)gongkai_buffer_data(out), "\n \"parentId\": \"p\"") != NULL);
  gongkai_buffer_free(out);
}

static void test_to_json_empty_message(void) {
  gongkai_buffer* out = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_message_to_json(&out, 0, "gongkai.v1.Agency", NULL, 0));
  CHECK(buffer_equals(out, "{}", 2));
  gongkai_buffer_free(out);
}

static void test_to_json_errors(void) {
  gongkai_buffer* out = kSentinel;
  const uint8_t truncated[] = {0x0a, 0x05, 'a'};
  const uint8_t bad_utf8[] = {0x12, 0x02, 0xff, 0xfe};

  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_message_to_json(NULL, 0, "gongkai.v1.Agency", kAgency, sizeof kAgency));
  CHECK_ERROR_MENTIONS("out is NULL");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_message_to_json(&out, 0, NULL, kAgency, sizeof kAgency));
  CHECK_ERROR_MENTIONS("type_name is NULL");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_message_to_json(&out, 0, "gongkai.v1.Agency", NULL, 3));
  CHECK_ERROR_MENTIONS("data is NULL");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_message_to_json(&out, 64, "gongkai.v1.Agency", kAgency, sizeof kAgency));
  CHECK_ERROR_MENTIONS("flags");
  CHECK_CODE(GONGKAI_NOT_FOUND,
             gongkai_message_to_json(&out, 0, "gongkai.v1.Nope", kAgency, sizeof kAgency));
  CHECK_ERROR_MENTIONS("gongkai.v1.Nope");
  CHECK_CODE(GONGKAI_NOT_FOUND, gongkai_message_to_json(&out, 0, "google.protobuf.Empty", NULL, 0));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_message_to_json(&out, 0, "gongkai.v1.Agency", truncated, sizeof truncated));
  CHECK_ERROR_MENTIONS("gongkai_message_to_json: data: 3 bytes do not parse as gongkai.v1.Agency");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_message_to_json(&out, 0, "gongkai.v1.Agency", bad_utf8, sizeof bad_utf8));
  CHECK_ERROR_MENTIONS("gongkai.v1.Agency");
  CHECK(out == kSentinel);
}

static void test_from_json(void) {
  gongkai_buffer* out = NULL;
  CHECK_CODE(GONGKAI_OK, gongkai_message_from_json(&out, 0, "gongkai.v1.Agency", kAgencyJson,
                                                   strlen(kAgencyJson)));
  CHECK(buffer_equals(out, kAgency, sizeof kAgency));
  gongkai_buffer_free(out);
  /* Both the JSON names and the .proto names are accepted, as the mapping requires. */
  CHECK_CODE(GONGKAI_OK, gongkai_message_from_json(&out, 0, "gongkai.v1.Agency",
                                                   JSON_ARG("{\"parent_id\":\"p\"}")));
  CHECK(buffer_equals(out, "\x22\x01p", 3));
  gongkai_buffer_free(out);
  CHECK_CODE(GONGKAI_OK,
             gongkai_message_from_json(&out, GONGKAI_JSON_IGNORE_UNKNOWN, "gongkai.v1.Agency",
                                       JSON_ARG("{\"x\":1,\"id\":\"a1\"}")));
  CHECK(buffer_equals(out, kAgency, 4));
  gongkai_buffer_free(out);
}

static void test_from_json_errors(void) {
  gongkai_buffer* out = kSentinel;
  const char bad_utf8[] = "{\"name\":\"\xc3\x28\"}";

  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_message_from_json(NULL, 0, "gongkai.v1.Agency", JSON_ARG("{}")));
  CHECK_ERROR_MENTIONS("out is NULL");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_message_from_json(&out, 0, NULL, JSON_ARG("{}")));
  CHECK_ERROR_MENTIONS("type_name is NULL");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_message_from_json(&out, 0, "gongkai.v1.Agency", NULL, 2));
  CHECK_ERROR_MENTIONS("json is NULL");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_message_from_json(&out, 2, "gongkai.v1.Agency", JSON_ARG("{}")));
  CHECK_ERROR_MENTIONS("flags");
  CHECK_CODE(GONGKAI_NOT_FOUND, gongkai_message_from_json(&out, 0, "Agency", JSON_ARG("{}")));
  CHECK_ERROR_MENTIONS("\"Agency\"");
  /* Zero length is the empty string, which is not JSON. */
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_message_from_json(&out, 0, "gongkai.v1.Agency", NULL, 0));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_message_from_json(&out, 0, "gongkai.v1.Agency", bad_utf8, strlen(bad_utf8)));
  CHECK_ERROR_MENTIONS("not UTF-8 at byte 9");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_message_from_json(&out, 0, "gongkai.v1.Agency", JSON_ARG("{\"id\":")));
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT,
             gongkai_message_from_json(&out, 0, "gongkai.v1.Agency", JSON_ARG("{\"nmae\":\"x\"}")));
  CHECK_ERROR_MENTIONS("nmae");
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_message_from_json(&out, 0, "gongkai.v1.Date",
                                                                 JSON_ARG("{\"year\":\"MMXIX\"}")));
  CHECK_ERROR_MENTIONS("year");
  CHECK(out == kSentinel);
}

static void test_type_names(void) {
  gongkai_buffer* out = kSentinel;
  const char* text;
  CHECK_CODE(GONGKAI_INVALID_ARGUMENT, gongkai_message_type_names(NULL));
  CHECK_ERROR_MENTIONS("gongkai_message_type_names: out is NULL");
  CHECK_CODE(GONGKAI_OK, gongkai_message_type_names(&out));
  text = (const char*)gongkai_buffer_data(out);
  CHECK(strstr(text, "gongkai.v1.Agency\n") != NULL);
  CHECK(strstr(text, "gongkai.v1.Date\n") != NULL);
  CHECK(text[gongkai_buffer_size(out) - 1] == '\n');
  gongkai_buffer_free(out);
}

static void test_error_message_is_per_call(void) {
  gongkai_buffer* out = NULL;
  CHECK_CODE(GONGKAI_NOT_FOUND, gongkai_message_to_json(&out, 0, "gongkai.v1.Xq", NULL, 0));
  CHECK_ERROR_MENTIONS("gongkai_message_to_json: type_name");
  CHECK_CODE(GONGKAI_NOT_FOUND,
             gongkai_message_from_json(&out, 0, "gongkai.v1.Yq", JSON_ARG("{}")));
  CHECK_ERROR_MENTIONS("gongkai_message_from_json: type_name");
  CHECK(strstr(gongkai_last_error_message(), "gongkai.v1.Xq") == NULL);
}

int main(void) {
  static const check_test tests[] = {
      {"version", test_version},
      {"code_names", test_code_names},
      {"last_error_is_never_null", test_last_error_is_never_null},
      {"buffer_accessors_accept_null", test_buffer_accessors_accept_null},
      {"to_json", test_to_json},
      {"to_json_flags", test_to_json_flags},
      {"to_json_empty_message", test_to_json_empty_message},
      {"to_json_errors", test_to_json_errors},
      {"from_json", test_from_json},
      {"from_json_errors", test_from_json_errors},
      {"type_names", test_type_names},
      {"error_message_is_per_call", test_error_message_is_per_call},
  };
  return check_run_all(tests, sizeof tests / sizeof tests[0]);
}
