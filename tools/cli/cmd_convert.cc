// gongkai convert: one message between the protobuf JSON mapping and the binary wire format.
#include <memory>
#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "command.h"
#include "exit_codes.h"
#include "flags.h"
#include "google/protobuf/message.h"
#include "input.h"
#include "messages/registry.h"
#include "text.h"

namespace gongkai::cli {
namespace {

namespace pb = google::protobuf;

enum class Format { kJson, kBinary };

// Reads the value of --from or --to (named by `flag`); false, after saying why, if it is neither.
bool ParseFormat(const Invocation& in, absl::string_view flag, absl::string_view value,
                 Format* format) {
  if (value == "json") {
    *format = Format::kJson;
  } else if (value == "binary") {
    *format = Format::kBinary;
  } else {
    Fail(in, absl::StrCat("--", flag, ": ", Quote(value), " is not a format; use json or binary"));
    return false;
  }
  return true;
}

int Run(const Invocation& in) {
  Format from, to;
  if (!ParseFormat(in, "from", absl::GetFlag(FLAGS_from), &from) ||
      !ParseFormat(in, "to", absl::GetFlag(FLAGS_to), &to)) {
    return kExitUnusable;
  }
  const std::string type = absl::GetFlag(FLAGS_type);
  auto message = messages::NewMessage(type);
  if (absl::IsNotFound(message.status())) {
    // The library's message names its C parameter; a CLI user knows the flag.
    return Fail(in, absl::StrCat("--type: no Gongkai message type named ", Quote(type),
                                 "; 'gongkai types' lists them"));
  }
  if (!message.ok()) return Fail(in, message.status());
  const std::string path = in.args.empty() ? std::string(kStdinName) : in.args[0];
  auto input = ReadInput(path);
  if (!input.ok()) return Fail(in, input.status());

  pb::Message& m = **message;
  absl::Status parsed = from == Format::kJson
                            ? messages::ParseJson(*input, absl::GetFlag(FLAGS_ignore_unknown), &m)
                            : messages::ParseBinary(*input, &m);
  if (!parsed.ok()) return Fail(in, absl::StrCat(InputName(path), ": ", parsed.message()));

  std::string output;
  if (to == Format::kBinary) {
    if (!m.SerializeToString(&output)) return Fail(in, "serializing the message failed");
  } else {
    messages::JsonPrintOptions options;
    options.pretty = absl::GetFlag(FLAGS_pretty);
    options.proto_field_names = absl::GetFlag(FLAGS_proto_names);
    options.emit_defaults = absl::GetFlag(FLAGS_emit_defaults);
    auto json = messages::MessageToJson(m, options);
    if (!json.ok()) return Fail(in, json.status());
    output = std::move(*json);
    if (!output.ends_with('\n')) output += '\n';  // text output ends its last line
  }
  in.out->write(output.data(), static_cast<std::streamsize>(output.size()));
  return kExitOk;
}

const RegisterCommand kRegistration({
    .name = "convert",
    .summary = "Convert one message between JSON and binary protobuf",
    .usage = "gongkai convert --type=TYPE --from=json|binary --to=json|binary [FLAGS] [FILE|-]\n\n"
             "Reads one message of TYPE from FILE (standard input if FILE is - or absent) and\n"
             "writes it to standard output in the other format, or reformatted in the same one.\n"
             "JSON is the standard protobuf JSON mapping. Input that does not parse as TYPE\n"
             "exits with status 2 and nothing on standard output.",
    .flags = {Required("type"), Required("from"), Required("to"), Optional("pretty"),
              Optional("proto_names"), Optional("emit_defaults"), Optional("ignore_unknown")},
    .max_args = 1,
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
