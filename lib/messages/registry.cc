#include "messages/registry.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "common/utf8.h"
#include "google/protobuf/descriptor.pb.h"
#include "google/protobuf/io/zero_copy_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/type_resolver_util.h"
#include "messages/json_fast.h"

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
bool IsIdentifier(absl::string_view name) {
  if (name.empty() || name.size() > 64 || absl::ascii_isdigit(name[0])) return false;
  for (char c : name) {
    if (!absl::ascii_isalnum(c) && c != '_') return false;
  }
  return true;
}

std::string RedactJsonError(absl::string_view error) {
  error = error.substr(0, error.find('\n'));
  // "(applicant) NAME: Cannot find field.": NAME is a key of the input, which a malformed record
  // may fill with anything (an address, say). Only a name that looks like a field's is repeated.
  constexpr absl::string_view kUnknown = ": Cannot find field.";
  if (const size_t unknown = error.find(kUnknown); unknown != absl::string_view::npos) {
    size_t name_at = 0;
    if (absl::StartsWith(error, "(")) {
      const size_t path_end = error.find(") ");
      name_at = path_end == absl::string_view::npos || path_end > unknown ? unknown : path_end + 2;
    }
    if (!IsIdentifier(error.substr(name_at, unknown - name_at))) {
      return absl::StrCat(error.substr(0, name_at), "a key that is not a field name",
                          error.substr(unknown));
    }
  }
  constexpr absl::string_view kValue = "invalid value ";
  constexpr absl::string_view kForType = " for type ";
  size_t value = error.find(kValue);
  size_t for_type = error.rfind(kForType);
  if (value == absl::string_view::npos || for_type == absl::string_view::npos || for_type < value) {
    return std::string(error);
  }
  return absl::StrCat(error.substr(0, value), "invalid value", error.substr(for_type));
}

// A string output for protobuf's JSON converters that reports running out of memory by failing
// Next() instead of throwing. Their CodedOutputStream is not exception-safe there: after a
// std::bad_alloc from Next() its destructor writes through a stale pointer, crashing the process
// that should have received GONGKAI_RESOURCE_EXHAUSTED (tests/hardening/alloc_failure_test.cc).
class NoThrowStringOutputStream : public pb::io::ZeroCopyOutputStream {
 public:
  explicit NoThrowStringOutputStream(std::string* target) : target_(target) {}

  bool Next(void** data, int* size) override {
    const size_t old_size = target_->size();
    size_t new_size = old_size < target_->capacity() ? target_->capacity() : old_size * 2;
    new_size = std::max<size_t>(std::min<size_t>(new_size, old_size + INT_MAX), 64);
    try {
      target_->resize(new_size);
    } catch (const std::bad_alloc&) {
      out_of_memory_ = true;
      return false;
    }
    *data = &(*target_)[old_size];
    *size = static_cast<int>(new_size - old_size);
    return true;
  }
  void BackUp(int count) override { target_->resize(target_->size() - count); }
  int64_t ByteCount() const override { return static_cast<int64_t>(target_->size()); }

  // Rethrows, outside protobuf, the std::bad_alloc Next() swallowed.
  void ThrowIfOutOfMemory() const {
    if (out_of_memory_) throw std::bad_alloc();
  }

 private:
  std::string* target_;
  bool out_of_memory_ = false;
};

// What MessageToJsonString and JsonStringToMessage use for the generated types.
pb::util::TypeResolver* GeneratedTypeResolver() {
  static pb::util::TypeResolver* resolver = pb::util::NewTypeResolverForDescriptorPool(
      "type.googleapis.com", pb::DescriptorPool::generated_pool());
  return resolver;
}

std::string TypeUrl(const pb::Message& message) {
  return absl::StrCat("type.googleapis.com/", message.GetDescriptor()->full_name());
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
    return absl::OutOfRangeError(
        absl::StrCat("data: ", bytes.size(), " bytes is more than one message may hold (2 GiB)"));
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
  // MessageToJsonString, but with an output stream that survives running out of memory.
  const std::string binary = message.SerializeAsString();
  pb::io::ArrayInputStream in(binary.data(), static_cast<int>(binary.size()));
  std::string json;
  NoThrowStringOutputStream out(&json);
  auto status =
      pb::util::BinaryToJsonStream(GeneratedTypeResolver(), TypeUrl(message), &in, &out, o);
  out.ThrowIfOutOfMemory();
  if (!status.ok()) {
    return absl::InternalError(absl::StrCat("printing ", message.GetDescriptor()->full_name(),
                                            " as JSON: ", status.ToString()));
  }
  return json;
}

namespace {

absl::Status ParseJsonWith(absl::string_view json, bool ignore_unknown_fields, bool fast,
                           pb::Message* message) {
  const std::string& type = message->GetDescriptor()->full_name();
  if (json.size() > static_cast<size_t>(INT_MAX)) {
    return absl::OutOfRangeError(
        absl::StrCat("json: ", json.size(), " bytes is more than one message may hold (2 GiB)"));
  }
  // A byte order mark, as Windows editors write one, is not part of the JSON text (RFC 8259
  // lets a parser ignore it); offsets below still count it, as an editor shows the file.
  size_t bom = 0;
  if (absl::StartsWith(json, "\xEF\xBB\xBF")) {
    json.remove_prefix(3);
    bom = 3;
  }
  // Most records take the fast reader; whatever it is not sure of, and every refusal with its
  // message, is protobuf's. It comes before the UTF-8 check: simdjson checks the whole text's
  // UTF-8 itself and refuses it otherwise, and the check below then names the byte.
  if (fast && ParseJsonFast(json, ignore_unknown_fields, message)) return absl::OkStatus();
  if (auto bad = FindInvalidUtf8(json)) {
    message->Clear();
    return absl::InvalidArgumentError(
        absl::StrCat("json: not UTF-8 at byte ", *bad + bom, " (parsing ", type, ")"));
  }
  pb::util::JsonParseOptions o;
  o.ignore_unknown_fields = ignore_unknown_fields;
  message->Clear();
  // JsonStringToMessage, but with an output stream that survives running out of memory.
  pb::io::ArrayInputStream in(json.data(), static_cast<int>(json.size()));
  std::string binary;
  NoThrowStringOutputStream out(&binary);
  auto status =
      pb::util::JsonToBinaryStream(GeneratedTypeResolver(), TypeUrl(*message), &in, &out, o);
  out.ThrowIfOutOfMemory();
  if (status.ok() && !message->ParseFromString(binary)) {
    status = pb::util::InvalidArgumentError("JSON transcoder produced invalid protobuf output.");
  }
  if (!status.ok()) {
    message->Clear();
    return absl::InvalidArgumentError(absl::StrCat(
        "json: not a valid ", type, ": ",
        RedactJsonError(absl::string_view(status.message().data(), status.message().size()))));
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status ParseJson(absl::string_view json, bool ignore_unknown_fields, pb::Message* message) {
  // GONGKAI_JSON_PROTOBUF (anything but "" or "0"), read once: protobuf's parser only, the
  // reference, so that a whole program's speed can be measured without the fast reader
  // (bench/main-job.sh) and a suspected difference checked.
  static const bool fast = [] {
    const char* value = std::getenv("GONGKAI_JSON_PROTOBUF");
    return value == nullptr || value[0] == '\0' || std::strcmp(value, "0") == 0;
  }();
  return ParseJsonWith(json, ignore_unknown_fields, fast, message);
}

absl::Status ParseJsonWithProtobuf(absl::string_view json, bool ignore_unknown_fields,
                                   pb::Message* message) {
  return ParseJsonWith(json, ignore_unknown_fields, /*fast=*/false, message);
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
