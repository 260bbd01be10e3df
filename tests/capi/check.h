/* A minimal test harness for the C test suites: plain C, no dependencies. Each TEST is a
 * function; CHECK records a failure with file and line and keeps going. main() prints
 * "N passed, N failed" as its last line, which CI reads. */
#ifndef GONGKAI_TESTS_CAPI_CHECK_H_
#define GONGKAI_TESTS_CAPI_CHECK_H_

#include <stdio.h>
#include <string.h>

static int check_failures_in_test;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      check_failures_in_test++;                                                \
    }                                                                          \
  } while (0)

#define CHECK_CODE(expected, expr)                                                                 \
  do {                                                                                             \
    int check_code_ = (expr);                                                                      \
    if (check_code_ != (expected)) {                                                               \
      fprintf(stderr, "%s:%d: %s returned %s, expected %s (last error: %s)\n", __FILE__, __LINE__, \
              #expr, gongkai_code_name(check_code_), gongkai_code_name(expected),                  \
              gongkai_last_error_message());                                                       \
      check_failures_in_test++;                                                                    \
    }                                                                                              \
  } while (0)

/* The last error message contains `needle`. */
#define CHECK_ERROR_MENTIONS(needle) CHECK(strstr(gongkai_last_error_message(), (needle)) != NULL)

typedef struct {
  const char* name;
  void (*fn)(void);
} check_test;

static int check_run_all(const check_test* tests, size_t count) {
  size_t i;
  int passed = 0, failed = 0;
  for (i = 0; i < count; i++) {
    check_failures_in_test = 0;
    tests[i].fn();
    printf("[%s] %s\n", check_failures_in_test == 0 ? "PASS" : "FAIL", tests[i].name);
    if (check_failures_in_test == 0)
      passed++;
    else
      failed++;
  }
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}

#endif /* GONGKAI_TESTS_CAPI_CHECK_H_ */
