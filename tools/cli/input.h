// Reading a command's input: a named file, or standard input for "-".
#ifndef GONGKAI_TOOLS_CLI_INPUT_H_
#define GONGKAI_TOOLS_CLI_INPUT_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "common/file_reader.h"

namespace gongkai::cli {

// The standard input's name in arguments.
inline constexpr absl::string_view kStdinName = "-";

// How messages name the input: its path, or "<stdin>".
std::string InputName(absl::string_view path);

// A named file, or standard input for "-", read in parts: for inputs too big to hold whole.
// Errors name the file as InputName does, with the system's reason.
absl::StatusOr<FileReader> OpenInput(absl::string_view path);

// All bytes of the file `path`, or of standard input if `path` is "-". On failure the message
// names the file and the system's reason, never any of its contents.
absl::StatusOr<std::string> ReadInput(absl::string_view path);

}  // namespace gongkai::cli

#endif  // GONGKAI_TOOLS_CLI_INPUT_H_
