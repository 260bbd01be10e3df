// RETURN_IF_ERROR / ASSIGN_OR_RETURN for absl::Status, which Abseil 20220623 does not ship.
#ifndef GONGKAI_LIB_COMMON_STATUS_MACROS_H_
#define GONGKAI_LIB_COMMON_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define GONGKAI_CONCAT_INNER_(a, b) a##b
#define GONGKAI_CONCAT_(a, b) GONGKAI_CONCAT_INNER_(a, b)

// Returns the status of `expr` from the enclosing function unless it is OK.
#define RETURN_IF_ERROR(expr)                                           \
  do {                                                                  \
    if (absl::Status gongkai_status_ = (expr); !gongkai_status_.ok()) { \
      return gongkai_status_;                                           \
    }                                                                   \
  } while (false)

// Evaluates the StatusOr `rexpr`; returns its status on error, else moves its value into `lhs`.
#define ASSIGN_OR_RETURN(lhs, rexpr) \
  ASSIGN_OR_RETURN_IMPL_(GONGKAI_CONCAT_(gongkai_statusor_, __LINE__), lhs, rexpr)

#define ASSIGN_OR_RETURN_IMPL_(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                           \
  if (!statusor.ok()) return statusor.status();      \
  lhs = std::move(statusor).value()

#endif  // GONGKAI_LIB_COMMON_STATUS_MACROS_H_
