#include "messages/json_fast.h"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "absl/strings/match.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/reflection.h"
#include "simdjson.h"

namespace gongkai::messages {
namespace {

namespace pb = google::protobuf;

// Far below protobuf's own limit (100 levels in its JSON parser), so that no input this reader
// takes is one protobuf refuses for depth; records nest four levels.
constexpr size_t kMaxDepth = 64;
// Larger inputs go to protobuf: the parser and its buffer stay allocated per thread at the size
// of the largest input seen, and records are about a kilobyte.
constexpr size_t kMaxInput = size_t{4} << 20;
// Fields per message this reader tracks for duplicate keys; larger messages go to protobuf.
constexpr int kMaxFields = 256;

enum class Kind { kUnsupported, kString, kInt32, kInt64, kUInt32, kUInt64, kBool, kEnum, kMessage };

struct FieldEntry {
  const pb::FieldDescriptor* field;
  Kind kind;
};

// A message type's fields by the names protobuf's JSON parser looks up: the JSON name first,
// then the declared name (its TypeInfo::FindField), so a JSON name wins over another field's
// declared name.
// Node-based maps, as elsewhere in the library: after a failed allocation this Abseil's
// flat_hash_map is left broken (docs/hardening.md), and these are built while a call runs.
struct NameHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
struct FieldTable {
  bool supported = false;  // proto3, not a well-known type, at most kMaxFields fields
  std::unordered_map<std::string, FieldEntry, NameHash, std::equal_to<>> by_name;
};

bool IsProto3(const pb::FileDescriptor* file) {
  return file->syntax() == pb::FileDescriptor::SYNTAX_PROTO3 &&
         !absl::StartsWith(file->name(), "google/protobuf/");  // their JSON forms are special
}

Kind KindOf(const pb::FieldDescriptor* f) {
  // Oneofs (proto3 optional included) have presence and last-one-wins rules: protobuf's.
  if (f->containing_oneof() != nullptr || f->is_map()) return Kind::kUnsupported;
  switch (f->cpp_type()) {
    case pb::FieldDescriptor::CPPTYPE_INT32:
      return Kind::kInt32;
    case pb::FieldDescriptor::CPPTYPE_INT64:
      return Kind::kInt64;
    case pb::FieldDescriptor::CPPTYPE_UINT32:
      return Kind::kUInt32;
    case pb::FieldDescriptor::CPPTYPE_UINT64:
      return Kind::kUInt64;
    case pb::FieldDescriptor::CPPTYPE_BOOL:
      return Kind::kBool;
    case pb::FieldDescriptor::CPPTYPE_STRING:
      return f->type() == pb::FieldDescriptor::TYPE_STRING ? Kind::kString : Kind::kUnsupported;
    case pb::FieldDescriptor::CPPTYPE_ENUM:
      // An open (proto3) enum keeps any number it is given, as protobuf's parser does.
      return IsProto3(f->enum_type()->file()) ? Kind::kEnum : Kind::kUnsupported;
    case pb::FieldDescriptor::CPPTYPE_MESSAGE:
      return Kind::kMessage;  // the nested type's own table says whether it is supported
    default:
      return Kind::kUnsupported;  // float and double: their text forms are protobuf's to judge
  }
}

std::unique_ptr<FieldTable> BuildTable(const pb::Descriptor* d) {
  auto table = std::make_unique<FieldTable>();
  table->supported =
      IsProto3(d->file()) && d->field_count() <= kMaxFields && d->extension_range_count() == 0;
  for (int i = 0; i < d->field_count(); ++i) {
    const pb::FieldDescriptor* f = d->field(i);
    table->by_name.insert_or_assign(f->name(), FieldEntry{f, KindOf(f)});
  }
  for (int i = 0; i < d->field_count(); ++i) {
    const pb::FieldDescriptor* f = d->field(i);
    table->by_name.insert_or_assign(f->json_name(), FieldEntry{f, KindOf(f)});
  }
  return table;
}

// Tables are built once per type and never change; each thread keeps its own index of them so
// that the common lookup takes no lock.
const FieldTable& TableFor(const pb::Descriptor* d) {
  thread_local std::unordered_map<const pb::Descriptor*, const FieldTable*> local;
  if (auto it = local.find(d); it != local.end()) return *it->second;
  static std::mutex mu;
  static auto* shared =
      new std::unordered_map<const pb::Descriptor*, std::unique_ptr<FieldTable>>();
  const FieldTable* table;
  {
    std::lock_guard<std::mutex> lock(mu);
    auto& slot = (*shared)[d];
    if (slot == nullptr) slot = BuildTable(d);
    table = slot.get();
  }
  local.emplace(d, table);
  return *table;
}

// A decimal integer in a JSON string, as protobuf reads 64-bit (and other) integers: only the
// plain form ("0", "-12", "345") is taken here; protobuf's reader is laxer (leading zeros,
// a plus sign, surrounding tabs) and judges those itself.
bool ParseDecimal(std::string_view s, bool* negative, uint64_t* magnitude) {
  *negative = !s.empty() && s[0] == '-';
  if (*negative) s.remove_prefix(1);
  if (s.empty() || s.size() > 20 || (s[0] == '0' && (s.size() > 1 || *negative))) return false;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    const uint64_t digit = static_cast<uint64_t>(c - '0');
    if (v > (std::numeric_limits<uint64_t>::max() - digit) / 10) return false;
    v = v * 10 + digit;
  }
  *magnitude = v;
  return true;
}

// The value of an integer field, which JSON gives as a number without fraction or exponent or as
// a decimal string, within [lo, hi].
bool IntegerValue(simdjson::dom::element value, int64_t lo, uint64_t hi, bool* negative,
                  uint64_t* magnitude) {
  switch (value.type()) {
    case simdjson::dom::element_type::INT64: {
      const int64_t v = value.get_int64().value_unsafe();
      *negative = v < 0;
      *magnitude = *negative ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
      break;
    }
    case simdjson::dom::element_type::UINT64:
      *negative = false;
      *magnitude = value.get_uint64().value_unsafe();
      break;
    case simdjson::dom::element_type::STRING:
      if (!ParseDecimal(value.get_string().value_unsafe(), negative, magnitude)) return false;
      break;
    default:
      return false;  // doubles (1.0, 1e3), bools, null: protobuf's to judge
  }
  if (*negative) return *magnitude <= uint64_t{0} - static_cast<uint64_t>(lo);
  return *magnitude <= hi;
}

// Whether a decoded string holds a surrogate (ED A0..BF: U+D800..U+DFFF), which protobuf's
// parser refuses. The input is UTF-8 (simdjson checks it too) and simdjson's \u decoding
// writes only code points up to U+10FFFF, so a surrogate is the one way its output can fail
// protobuf's UTF-8 check; looking for it is much cheaper than validating every string again.
bool HasSurrogate(std::string_view s) {
  const char* p = s.data();
  const char* end = p + s.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\xED', end - p))) != nullptr) {
    if (++p == end) return false;
    if (static_cast<unsigned char>(*p) >= 0xA0) return true;
  }
  return false;
}

bool HasEmptyKey(simdjson::dom::element value) {
  if (simdjson::dom::object object; value.get_object().get(object) == simdjson::SUCCESS) {
    for (simdjson::dom::key_value_pair member : object) {
      if (member.key.empty() || HasEmptyKey(member.value)) return true;
    }
  } else if (simdjson::dom::array array; value.get_array().get(array) == simdjson::SUCCESS) {
    for (simdjson::dom::element item : array) {
      if (HasEmptyKey(item)) return true;
    }
  }
  return false;
}

class Reader {
 public:
  explicit Reader(bool ignore_unknown_fields) : ignore_unknown_fields_(ignore_unknown_fields) {}

  bool Object(simdjson::dom::object object, pb::Message* message) {
    const pb::Descriptor* d = message->GetDescriptor();
    const FieldTable& table = TableFor(d);
    if (!table.supported) return false;
    const pb::Reflection* r = message->GetReflection();
    std::bitset<kMaxFields> seen;
    for (simdjson::dom::key_value_pair member : object) {
      auto it = table.by_name.find(std::string_view(member.key.data(), member.key.size()));
      if (it == table.by_name.end()) {
        // protobuf skips an unknown field's value (simdjson has checked it is JSON, no deeper
        // than kMaxDepth), or refuses the message; but it refuses an empty key anywhere.
        if (!ignore_unknown_fields_ || member.key.empty() || HasEmptyKey(member.value)) {
          return false;
        }
        continue;
      }
      const FieldEntry& e = it->second;
      // The same field twice, by one name or both: protobuf merges or overwrites; its call.
      if (seen[e.field->index()]) return false;
      seen.set(e.field->index());
      if (e.kind == Kind::kUnsupported) return false;
      if (e.field->is_repeated()) {
        simdjson::dom::array array;
        if (member.value.get_array().get(array) != simdjson::SUCCESS) return false;
        for (simdjson::dom::element item : array) {
          if (!Value(e, item, message, r, /*repeated=*/true)) return false;
        }
      } else if (!Value(e, member.value, message, r, /*repeated=*/false)) {
        return false;
      }
    }
    return true;
  }

 private:
  bool Value(const FieldEntry& e, simdjson::dom::element value, pb::Message* m,
             const pb::Reflection* r, bool repeated) {
    const pb::FieldDescriptor* f = e.field;
    bool negative = false;
    uint64_t magnitude = 0;
    switch (e.kind) {
      case Kind::kString: {
        std::string_view s;
        if (value.get_string().get(s) != simdjson::SUCCESS) return false;
        if (HasSurrogate(s)) return false;
        if (repeated) {
          r->AddString(m, f, std::string(s));
        } else {
          r->SetString(m, f, std::string(s));
        }
        return true;
      }
      case Kind::kInt32: {
        if (!IntegerValue(value, std::numeric_limits<int32_t>::min(),
                          std::numeric_limits<int32_t>::max(), &negative, &magnitude)) {
          return false;
        }
        const auto v = static_cast<int32_t>(negative ? uint64_t{0} - magnitude : magnitude);
        repeated ? r->AddInt32(m, f, v) : r->SetInt32(m, f, v);
        return true;
      }
      case Kind::kInt64: {
        if (!IntegerValue(value, std::numeric_limits<int64_t>::min(),
                          std::numeric_limits<int64_t>::max(), &negative, &magnitude)) {
          return false;
        }
        const auto v = static_cast<int64_t>(negative ? uint64_t{0} - magnitude : magnitude);
        repeated ? r->AddInt64(m, f, v) : r->SetInt64(m, f, v);
        return true;
      }
      case Kind::kUInt32: {
        if (!IntegerValue(value, 0, std::numeric_limits<uint32_t>::max(), &negative, &magnitude) ||
            negative) {
          return false;
        }
        const auto v = static_cast<uint32_t>(magnitude);
        repeated ? r->AddUInt32(m, f, v) : r->SetUInt32(m, f, v);
        return true;
      }
      case Kind::kUInt64: {
        if (!IntegerValue(value, 0, std::numeric_limits<uint64_t>::max(), &negative, &magnitude) ||
            negative) {
          return false;
        }
        repeated ? r->AddUInt64(m, f, magnitude) : r->SetUInt64(m, f, magnitude);
        return true;
      }
      case Kind::kBool: {
        bool b;
        if (value.get_bool().get(b) != simdjson::SUCCESS) return false;  // not "true": protobuf's
        repeated ? r->AddBool(m, f, b) : r->SetBool(m, f, b);
        return true;
      }
      case Kind::kEnum: {
        int number;
        if (value.type() == simdjson::dom::element_type::STRING) {
          // A declared name only; numbers in strings and unknown names are protobuf's.
          std::string_view name = value.get_string().value_unsafe();
          const pb::EnumValueDescriptor* ev =
              f->enum_type()->FindValueByName(std::string(name.data(), name.size()));
          if (ev == nullptr) return false;
          number = ev->number();
        } else {
          // Any int32, declared or not: protobuf keeps it, the enum being open.
          if (value.type() != simdjson::dom::element_type::INT64) return false;
          if (!IntegerValue(value, std::numeric_limits<int32_t>::min(),
                            std::numeric_limits<int32_t>::max(), &negative, &magnitude)) {
            return false;
          }
          number = static_cast<int32_t>(negative ? uint64_t{0} - magnitude : magnitude);
        }
        repeated ? r->AddEnumValue(m, f, number) : r->SetEnumValue(m, f, number);
        return true;
      }
      case Kind::kMessage: {
        simdjson::dom::object object;
        if (value.get_object().get(object) != simdjson::SUCCESS) return false;
        // Given, even as {}, the field is set, as protobuf's parser sets it.
        return Object(object, repeated ? r->AddMessage(m, f) : r->MutableMessage(m, f));
      }
      case Kind::kUnsupported:
        return false;
    }
    return false;
  }

  bool ignore_unknown_fields_;
};

// The parser and a padded copy of the input (simdjson reads up to SIMDJSON_PADDING bytes past
// the end), reused by each thread.
struct ThreadState {
  simdjson::dom::parser parser;
  std::unique_ptr<char[]> buffer;
  size_t capacity = 0;
  bool ready = false;
};

}  // namespace

bool ParseJsonFast(absl::string_view json, bool ignore_unknown_fields, pb::Message* message) {
  message->Clear();
  if (json.size() > kMaxInput) return false;
  thread_local ThreadState state;
  if (!state.ready) {
    if (state.parser.allocate(4096, kMaxDepth) != simdjson::SUCCESS) return false;
    state.ready = true;
  }
  if (state.capacity < json.size() + simdjson::SIMDJSON_PADDING) {
    const size_t capacity = std::max<size_t>(json.size() + simdjson::SIMDJSON_PADDING, 4096);
    state.buffer.reset(new char[capacity]);
    state.capacity = capacity;
  }
  // An empty view may have no data pointer, which memcpy must not be given.
  if (!json.empty()) std::memcpy(state.buffer.get(), json.data(), json.size());
  std::memset(state.buffer.get() + json.size(), 0, simdjson::SIMDJSON_PADDING);
  simdjson::dom::element root;
  if (state.parser.parse(state.buffer.get(), json.size(), /*realloc_if_needed=*/false).get(root) !=
      simdjson::SUCCESS) {
    return false;
  }
  simdjson::dom::object object;
  if (root.get_object().get(object) != simdjson::SUCCESS) return false;
  return Reader(ignore_unknown_fields).Object(object, message);
}

}  // namespace gongkai::messages
