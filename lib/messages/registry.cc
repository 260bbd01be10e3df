#include "messages/registry.h"

#include <algorithm>
#include <climits>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "common/utf8.h"
#include "absl/strings/escaping.h"
#include "google/protobuf/descriptor.pb.h"
#include "google/protobuf/util/json_util.h"

namespace gongkai::messages {
namespace {

namespace pb = google::protobuf;

constexpr absl::string_view kPackagePrefix = "gongkai.v1.";

constexpr const char* kProtoFiles[] = {
#include "gongkai_proto_files.inc"
};

void CollectNames(const pb::Descriptor* d, std::vector<std::string>* out) {
  if (d->options().map_entry()) return;  // synthetic map entries are not types a user names
  out->push_back(d->full_name());
  for (int i = 0; i < d->nested_type_count(); ++i) CollectNames(d->nested_type(i), out);
}

// protobuf's JSON errors quote the input: a snippet around the fault on the following lines,
// and the offending value. Records carry personal data, so keep only what names the problem.
std::string RedactJsonError(absl::string_view error) {
  error = error.substr(0, error.find('\n'));
  constexpr absl::string_view kValue = "invalid value ";
  constexpr absl::string_view kForType = " for type ";
  size_t value = error.find(kValue);
  size_t for_type = error.rfind(kForType);
  if (value == absl::string_view::npos || for_type == absl::string_view::npos || for_type < value) {
    return std::string(error);
  }
  return absl::StrCat(error.substr(0, value), "invalid value", error.substr(for_type));
}

}  // namespace

absl::StatusOr<const pb::Descriptor*> FindMessageType(absl::string_view full_name) {
  const pb::Descriptor* d = nullptr;
  if (absl::StartsWith(full_name, kPackagePrefix)) {
    d = pb::DescriptorPool::generated_pool()->FindMessageTypeByName(std::string(full_name));
  }
  if (d == nullptr || d->options().map_entry()) {
    return absl::NotFoundError(absl::StrCat("type_name: no Gongkai message type named \"",
                                            absl::CHexEscape(full_name),
                                            "\" (names look like \"gongkai.v1.Agency\")"));
  }
  return d;
}

std::vector<std::string> MessageTypeNames() {
  std::vector<std::string> names;
  for (const char* file : kProtoFiles) {
    const pb::FileDescriptor* f = pb::DescriptorPool::generated_pool()->FindFileByName(file);
    if (f == nullptr) continue;  // unreachable while the generated code is linked whole
    for (int i = 0; i < f->message_type_count(); ++i) CollectNames(f->message_type(i), &names);
  }
  std::sort(names.begin(), names.end());
  return names;
}

absl::StatusOr<std::unique_ptr<pb::Message>> NewMessage(absl::string_view full_name) {
  ASSIGN_OR_RETURN(const pb::Descriptor* d, FindMessageType(full_name));
  const pb::Message* prototype = pb::MessageFactory::generated_factory()->GetPrototype(d);
  if (prototype == nullptr) {
    return absl::InternalError(absl::StrCat("no generated code for ", d->full_name()));
  }
  return std::unique_ptr<pb::Message>(prototype->New());
}

absl::Status ParseBinary(absl::string_view bytes, pb::Message* message) {
  if (bytes.size() > static_cast<size_t>(INT_MAX)) {
    return absl::OutOfRangeError(absl::StrCat("data: ", bytes.size(),
                                              " bytes is more than one message may hold (2 GiB)"));
  }
  if (!message->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    return absl::InvalidArgumentError(absl::StrCat(
        "data: ", bytes.size(), " bytes do not parse as ", message->GetDescriptor()->full_name(),
        " (truncated, a wrong wire type, or a string field that is not UTF-8)"));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> MessageToJson(const pb::Message& message,
                                          const JsonPrintOptions& options) {
  pb::util::JsonPrintOptions o;
  o.add_whitespace = options.pretty;
  o.preserve_proto_field_names = options.proto_field_names;
  o.always_print_primitive_fields = options.emit_defaults;
  std::string json;
  auto status = pb::util::MessageToJsonString(message, &json, o);
  if (!status.ok()) {
    return absl::InternalError(absl::StrCat("printing ", message.GetDescriptor()->full_name(),
                                            " as JSON: ", status.ToString()));
  }
  return json;
}

absl::Status ParseJson(absl::string_view json, bool ignore_unknown_fields, pb::Message* message) {
  const std::string& type = message->GetDescriptor()->full_name();
  if (auto bad = FindInvalidUtf8(json)) {
    return absl::InvalidArgumentError(
        absl::StrCat("json: not UTF-8 at byte ", *bad, " (parsing ", type, ")"));
  }
  pb::util::JsonParseOptions o;
  o.ignore_unknown_fields = ignore_unknown_fields;
  message->Clear();
  auto status = pb::util::JsonStringToMessage(pb::StringPiece(json.data(), json.size()), message, o);
  if (!status.ok()) {
    message->Clear();
    return absl::InvalidArgumentError(
        absl::StrCat("json: not a valid ", type, ": ",
                     RedactJsonError(absl::string_view(status.message().data(), status.message().size()))));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> BinaryToJson(absl::string_view type_name, absl::string_view bytes,
                                         const JsonPrintOptions& options) {
  ASSIGN_OR_RETURN(std::unique_ptr<pb::Message> message, NewMessage(type_name));
  RETURN_IF_ERROR(ParseBinary(bytes, message.get()));
  return MessageToJson(*message, options);
}

absl::StatusOr<std::string> JsonToBinary(absl::string_view type_name, absl::string_view json,
                                         bool ignore_unknown_fields) {
  ASSIGN_OR_RETURN(std::unique_ptr<pb::Message> message, NewMessage(type_name));
  RETURN_IF_ERROR(ParseJson(json, ignore_unknown_fields, message.get()));
  std::string bytes;
  if (!message->SerializeToString(&bytes)) {
    return absl::InternalError(absl::StrCat("serializing ", type_name, " failed"));
  }
  return bytes;
}

}  // namespace gongkai::messages
