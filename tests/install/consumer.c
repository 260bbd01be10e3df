/* A program an integrator might write, built against an installed Gongkai. */
#include <gongkai/gongkai.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  gongkai_buffer* json = NULL;
  static const char kAgency[] = "{\"name\":\"示例区人民政府\",\"level\":\"AGENCY_LEVEL_COUNTY\"}";
  gongkai_buffer* bytes = NULL;
  if (gongkai_version_number() / 1000000 != GONGKAI_VERSION_MAJOR) {
    fprintf(stderr, "header %s, library %s\n", GONGKAI_VERSION_STRING, gongkai_version_string());
    return 1;
  }
  if (gongkai_message_from_json(&bytes, 0, "gongkai.v1.Agency", kAgency, strlen(kAgency)) !=
          GONGKAI_OK ||
      gongkai_message_to_json(&json, GONGKAI_JSON_PROTO_NAMES, "gongkai.v1.Agency",
                              gongkai_buffer_data(bytes),
                              gongkai_buffer_size(bytes)) != GONGKAI_OK) {
    fprintf(stderr, "%s\n", gongkai_last_error_message());
    return 1;
  }
  printf("gongkai %s: %s\n", gongkai_version_string(), (const char*)gongkai_buffer_data(json));
  gongkai_buffer_free(bytes);
  gongkai_buffer_free(json);
  return 0;
}
