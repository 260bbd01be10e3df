/*
 * examples/c/validate_and_deadline.c: two jobs of an office system through the C API.
 *   1. Validate an annual report (gongkai/report.h): the count of errors and every finding.
 *   2. The deadlines of an application (gongkai/cases.h): the reply due date and the rest.
 * Messages cross the API as the protobuf JSON mapping here (GONGKAI_FORMAT_JSON); a system that
 * stores records as serialized protobuf passes GONGKAI_FORMAT_BINARY and the bytes instead.
 *
 * Usage: validate_and_deadline [REPORT.json]
 *   REPORT.json holds one gongkai.v1.AnnualReport (`gongkai render RESULT.json --output json`
 *   writes one); without it, a small report with two errors is validated.
 * Exit status: 0 when the report has no error, 1 when it has, 2 when a call fails.
 *
 * Build against an installed Gongkai (`cmake --install build --prefix PREFIX`):
 *   export PKG_CONFIG_PATH=PREFIX/lib/pkgconfig   # not for a system prefix (/usr, /usr/local)
 *   cc validate_and_deadline.c $(pkg-config --cflags --libs gongkai) -Wl,-rpath,PREFIX/lib \
 *      -o validate_and_deadline
 * (PREFIX/lib is CMAKE_INSTALL_LIBDIR; with PREFIX /usr on Debian it is lib/x86_64-linux-gnu
 * and neither line is needed). The -Wl,-rpath lets the program find libgongkai.so at run time
 * without LD_LIBRARY_PATH; a program installed to a system prefix does not need it. ctest
 * examples.c_validate_and_deadline builds and runs it against the build tree (tests/examples/).
 */
#include <gongkai/gongkai.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The report of 2022 (layout 2021) with one new application from a natural person and nothing
 * else: two errors, T3-balance (it was neither concluded nor carried forward) and T3-total-col
 * (the 总计 column was not filled). */
static const char kSmallReport[] =
    "{\"agency\":{\"id\":\"d1\",\"name\":\"示例区人民政府\"},\"year\":2022,"
    "\"cells\":[{\"key\":\"t3.new.natural_person\",\"count\":\"1\"}]}";

/* An application received online on Friday 24 January 2025, registered the same day: the reply
 * is due 2025-02-27 (20 working days counted from Sunday 26 January, a made-up working day;
 * 春节 28 January to 4 February off; Saturday 8 February made up). */
static const char kApplication[] =
    "{\"id\":\"2025-00001\",\"applicant\":{\"category\":\"APPLICANT_CATEGORY_NATURAL_PERSON\"},"
    "\"channel\":\"CHANNEL_ONLINE\",\"received\":{\"year\":2025,\"month\":1,\"day\":24},"
    "\"events\":[{\"type\":\"EVENT_TYPE_REGISTERED\",\"date\":{\"year\":2025,\"month\":1,"
    "\"day\":24}}]}";

/* Prints what the failed call reported and returns 2. */
static int Fail(const char* what, gongkai_code code) {
  fprintf(stderr, "%s: %s: %s\n", what, gongkai_code_name(code), gongkai_last_error_message());
  return 2;
}

/* The whole file at `path` in a malloc'd buffer (*size bytes, NUL-terminated), or NULL. */
static char* ReadFile(const char* path, size_t* size) {
  FILE* f = fopen(path, "rb");
  char* text = NULL;
  long n;
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
    text = malloc((size_t)n + 1);
    if (text != NULL && fread(text, 1, (size_t)n, f) == (size_t)n) {
      text[n] = '\0';
      *size = (size_t)n;
    } else {
      free(text);
      text = NULL;
    }
  }
  fclose(f);
  return text;
}

/* Job 1: validates the report; returns its number of errors, or -1 when the call fails. */
static int ValidateReport(const char* report, size_t size) {
  gongkai_buffer* result = NULL;
  int errors = 0;
  /* NULL options: no previous year's report, no member reports (see gongkai_validate_options). */
  gongkai_code code = gongkai_report_validate(&result, &errors, NULL, GONGKAI_FORMAT_JSON,
                                              (const uint8_t*)report, size);
  if (code != GONGKAI_OK) {
    Fail("gongkai_report_validate", code);
    return -1;
  }
  /* A gongkai.v1.ValidationResult: each finding's rule, cells, statutory labels, expected and
   * actual values, and its explanation in Chinese and English. */
  printf("validation: %d error(s)\n%s\n", errors, (const char*)gongkai_buffer_data(result));
  gongkai_buffer_free(result);
  return errors;
}

/* Job 2: the deadlines of the application as of `as_of`; 0, or 2 when a call fails. */
static int PrintDeadlines(const char* application, const char* as_of) {
  gongkai_calendar* calendar = NULL;
  gongkai_buffer* deadlines = NULL;
  gongkai_code code = gongkai_calendar_national(&calendar);
  if (code != GONGKAI_OK) return Fail("gongkai_calendar_national", code);

  /* The reply due date alone, in one call: received 2025-01-24, no extension, correction or
   * consultation (each optional argument NULL or 0). 春节 2025 is skipped: 2025-02-27. */
  char due[GONGKAI_DATE_SIZE];
  code = gongkai_reply_due(due, NULL, calendar, NULL, "2025-01-24", 0, NULL, NULL, NULL, 0);
  if (code != GONGKAI_OK) {
    gongkai_calendar_free(calendar);
    return Fail("gongkai_reply_due", code);
  }
  printf("reply due: %s\n", due);

  /* Every deadline (reply, correction notice, correction, third-party answers, fee) with its
   * due date, state and steps, as a gongkai.v1.DeadlineReport. NULL options: the defaults of
   * docs/cases.md. as_of is YYYY-MM-DD, the only spelling the library reads. */
  code = gongkai_application_deadlines(&deadlines, calendar, NULL, GONGKAI_FORMAT_JSON,
                                       (const uint8_t*)application, strlen(application), as_of);
  if (code != GONGKAI_OK) {
    gongkai_calendar_free(calendar);
    return Fail("gongkai_application_deadlines", code);
  }
  printf("deadlines as of %s:\n%s\n", as_of, (const char*)gongkai_buffer_data(deadlines));
  gongkai_buffer_free(deadlines);
  gongkai_calendar_free(calendar);
  return 0;
}

int main(int argc, char** argv) {
  size_t size = sizeof kSmallReport - 1;
  char* file = NULL;
  const char* report = kSmallReport;
  int errors;
  if (argc > 2) {
    fprintf(stderr, "usage: %s [REPORT.json]\n", argv[0]);
    return 2;
  }
  if (argc == 2) {
    file = ReadFile(argv[1], &size);
    if (file == NULL) {
      fprintf(stderr, "%s: cannot read the file\n", argv[1]);
      return 2;
    }
    report = file;
  }
  errors = ValidateReport(report, size);
  free(file);
  if (errors < 0) return 2;
  if (PrintDeadlines(kApplication, "2025-02-10") != 0) return 2;
  return errors > 0 ? 1 : 0;
}
