/* Compiled as C90, C11 and C++ with -pedantic-errors -Werror: the public header must stay
 * plain, portable C. Taking each function's address also checks that every declaration is
 * spelled as the library defines it (the program links against the shared library). */
#include "gongkai/gongkai.h"

#include <stdio.h>

typedef void (*any_fn)(void);

int main(void) {
  /* One line per public function: a new function gets a line here too. */
  const any_fn fns[] = {
      (any_fn)gongkai_code_name,
      (any_fn)gongkai_last_error_message,
      (any_fn)gongkai_version_string,
      (any_fn)gongkai_version_number,
      (any_fn)gongkai_buffer_data,
      (any_fn)gongkai_buffer_size,
      (any_fn)gongkai_buffer_free,
      (any_fn)gongkai_message_to_json,
      (any_fn)gongkai_message_from_json,
      (any_fn)gongkai_message_type_names,
      (any_fn)gongkai_layout_ids,
      (any_fn)gongkai_layout_get,
      (any_fn)gongkai_validate_options_new,
      (any_fn)gongkai_validate_options_free,
      (any_fn)gongkai_validate_options_set_previous,
      (any_fn)gongkai_validate_options_set_members,
      (any_fn)gongkai_report_validate,
      (any_fn)gongkai_report_merge,
      (any_fn)gongkai_report_import_grid,
      (any_fn)gongkai_report_import_document,
      (any_fn)gongkai_report_check_narrative,
      (any_fn)gongkai_report_render,
      (any_fn)gongkai_calendar_national,
      (any_fn)gongkai_calendar_layer,
      (any_fn)gongkai_calendar_free,
      (any_fn)gongkai_calendar_version,
      (any_fn)gongkai_calendar_is_working_day,
      (any_fn)gongkai_calendar_add_working_days,
      (any_fn)gongkai_calendar_working_days_between,
      (any_fn)gongkai_calendar_year,
      (any_fn)gongkai_application_check,
      (any_fn)gongkai_application_apply_event,
      (any_fn)gongkai_deadline_options_new,
      (any_fn)gongkai_deadline_options_free,
      (any_fn)gongkai_deadline_options_set_count_start_day,
      (any_fn)gongkai_deadline_options_set_fee_wait_stops_clock,
      (any_fn)gongkai_application_deadlines,
      (any_fn)gongkai_reply_due,
      (any_fn)gongkai_table3_new,
      (any_fn)gongkai_table3_free,
      (any_fn)gongkai_table3_add,
      (any_fn)gongkai_table3_merge,
      (any_fn)gongkai_table3_result,
      (any_fn)gongkai_disclosure_check,
      (any_fn)gongkai_disclosure_timeliness,
      (any_fn)gongkai_index_registry_new,
      (any_fn)gongkai_index_registry_free,
      (any_fn)gongkai_index_registry_add,
      (any_fn)gongkai_index_registry_next,
      (any_fn)gongkai_slip_replay,
      (any_fn)gongkai_slip_apply_event,
      (any_fn)gongkai_notice_write,
      (any_fn)gongkai_notice_compose,
      (any_fn)gongkai_notice_check,
      (any_fn)gongkai_notice_template_check,
      (any_fn)gongkai_registry_open,
      (any_fn)gongkai_registry_free,
      (any_fn)gongkai_registry_agencies_put,
      (any_fn)gongkai_registry_agencies_import,
      (any_fn)gongkai_registry_agencies_list,
      (any_fn)gongkai_registry_file,
      (any_fn)gongkai_registry_version_get,
      (any_fn)gongkai_registry_report_get,
      (any_fn)gongkai_registry_lock,
      (any_fn)gongkai_registry_findings,
      (any_fn)gongkai_registry_dispose,
      (any_fn)gongkai_registry_accept,
      (any_fn)gongkai_registry_diff,
      (any_fn)gongkai_registry_rollup,
      (any_fn)gongkai_registry_status,
      (any_fn)gongkai_registry_verify,
      (any_fn)gongkai_registry_head,
      (any_fn)gongkai_registry_check_receipt,
      (any_fn)gongkai_remedy_check,
      (any_fn)gongkai_annual_new,
      (any_fn)gongkai_annual_free,
      (any_fn)gongkai_annual_add,
      (any_fn)gongkai_annual_set_threads,
      (any_fn)gongkai_annual_add_reader,
      (any_fn)gongkai_annual_add_file,
      (any_fn)gongkai_annual_merge,
      (any_fn)gongkai_annual_finish,
  };
  gongkai_code code = GONGKAI_OK;
  /* The typed choices, and the bit flags combined into an unsigned int. */
  const gongkai_format format = GONGKAI_FORMAT_JSON;
  const gongkai_record_kind kind = GONGKAI_RECORD_APPLICATION;
  const gongkai_render_output output = GONGKAI_RENDER_HTML_DOCUMENT;
  const gongkai_disposition disposition = GONGKAI_DISPOSITION_MUST_CORRECT;
  const unsigned int flags =
      GONGKAI_JSON_PRETTY | GONGKAI_JSON_PROTO_NAMES | GONGKAI_JSON_EMIT_DEFAULTS;
  size_t i;
  for (i = 0; i < sizeof fns / sizeof fns[0]; i++) {
    if (fns[i] == 0) return 1;
  }
  if ((int)format + (int)kind + (int)output + (int)disposition != 1 + 3 + 7 + 2 || flags != 7u ||
      GONGKAI_JSON_IGNORE_UNKNOWN != 1) {
    return 1;
  }
  printf("%s %ld %s\n", GONGKAI_VERSION_STRING, (long)GONGKAI_VERSION_NUMBER,
         gongkai_code_name(code));
  return 0;
}
