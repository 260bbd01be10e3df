#include "flags.h"

#include "absl/flags/flag.h"

// The help text is what `gongkai CMD --help` prints next to the flag.
ABSL_FLAG(std::string, type, "",
          "full name of the message type, e.g. gongkai.v1.Agency ('gongkai types' lists them)");
ABSL_FLAG(std::string, from, "", "format of the input: json or binary");
ABSL_FLAG(std::string, to, "", "format of the output: json or binary");
ABSL_FLAG(bool, pretty, false, "JSON output: indented, one field per line");
ABSL_FLAG(bool, proto_names, false,
          "JSON output: use the .proto field names (snake_case), not lowerCamelCase");
ABSL_FLAG(bool, emit_defaults, false, "JSON output: also print fields holding default values");
ABSL_FLAG(bool, ignore_unknown, false,
          "JSON input: skip fields the type does not have instead of failing");
