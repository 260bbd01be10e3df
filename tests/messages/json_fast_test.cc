// The fast JSON reader (lib/messages/json_fast.h) against protobuf's parser, differentially: on
// the example and generated records printed every way protobuf prints them, on random messages
// of every type, on mutations of all of those and on random JSON. Whatever the fast reader
// takes, protobuf must take and give the same message; and ParseJson (fast reader first) must
// give every input protobuf's status, message and error text. Seeds are fixed.
#include "messages/json_fast.h"

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/utf8.h"
#include "gen/generate.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "messages/registry.h"
#include "messages/stream.h"

namespace gongkai::messages {
namespace {

namespace pb = google::protobuf;

constexpr const char* kRecordTypes[] = {"gongkai.v1.Disclosure", "gongkai.v1.IssuanceSlip",
                                        "gongkai.v1.Application", "gongkai.v1.Remedy"};
constexpr const char* kExampleFiles[] = {"disclosures.jsonl", "slips.jsonl", "applications.jsonl",
                                         "remedies.jsonl"};

std::unique_ptr<pb::Message> New(absl::string_view type) {
  auto m = NewMessage(type);
  EXPECT_TRUE(m.ok()) << type;
  return std::move(*m);
}

std::string Shorten(const std::string& s) {
  return s.size() <= 400 ? s : absl::StrCat(s.substr(0, 400), "... (", s.size(), " bytes)");
}

struct Tally {
  size_t inputs = 0;
  size_t fast = 0;
  size_t protobuf_ok = 0;
  size_t failures = 0;
  std::string Summary() const {
    return absl::StrCat(inputs, " inputs, ", fast, " on the fast path (",
                        inputs ? 100.0 * fast / inputs : 0, "%), ", protobuf_ok,
                        " accepted by protobuf");
  }
};

// One input: the fast reader against protobuf, and ParseJson against protobuf's path alone.
// Returns whether the fast reader took it.
bool Check(absl::string_view type, const std::string& json, bool ignore_unknown, Tally* tally) {
  ++tally->inputs;
  auto reference = New(type);
  const absl::Status expected = ParseJsonWithProtobuf(json, ignore_unknown, reference.get());
  if (expected.ok()) ++tally->protobuf_ok;
  auto fast = New(type);
  const bool took = ParseJsonFast(json, ignore_unknown, fast.get());
  auto failed = [&](absl::string_view what) {
    if (++tally->failures <= 20) {
      ADD_FAILURE() << what << "\n type " << type << " ignore_unknown " << ignore_unknown
                    << "\n input " << Shorten(json) << "\n protobuf: " << expected
                    << "\n protobuf gives: " << reference->ShortDebugString()
                    << "\n fast gives: " << (took ? fast->ShortDebugString() : "(declined)");
    }
  };
  if (took) {
    ++tally->fast;
    if (!expected.ok()) {
      failed("the fast reader took an input protobuf refuses");
    } else if (!pb::util::MessageDifferencer::Equals(*fast, *reference) ||
               DeterministicBytes(*fast) != DeterministicBytes(*reference)) {
      failed("the fast reader gave another message");
    }
  }
  auto via = New(type);
  const absl::Status got = ParseJson(json, ignore_unknown, via.get());
  if (got != expected) {
    failed(absl::StrCat("ParseJson's status differs: ", got.ToString()));
  } else if (got.ok() && DeterministicBytes(*via) != DeterministicBytes(*reference)) {
    failed("ParseJson gave another message");
  }
  return took;
}

// ---- Inputs -------------------------------------------------------------------------------

std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

std::string Print(const pb::Message& m, std::mt19937_64& rng) {
  pb::util::JsonPrintOptions o;
  o.add_whitespace = rng() % 4 == 0;
  o.always_print_primitive_fields = rng() % 3 == 0;
  o.always_print_enums_as_ints = rng() % 3 == 0;
  o.preserve_proto_field_names = rng() % 3 == 0;
  std::string json;
  EXPECT_TRUE(pb::util::MessageToJsonString(m, &json, o).ok());
  return json;
}

struct Input {
  std::string type;
  std::string json;
};

// The example folder's lines as they are, and generated records printed with random options.
std::vector<Input> RecordLines() {
  std::vector<Input> out;
  for (int i = 0; i < 4; ++i) {
    for (std::string& line :
         ReadLines(absl::StrCat(GONGKAI_SOURCE_DIR, "/examples/district/", kExampleFiles[i]))) {
      out.push_back({kRecordTypes[i], std::move(line)});
    }
  }
  std::mt19937_64 rng(19);
  gen::GenOptions o = gen::ExampleOptions();
  o.seed = 7;
  o.disclosures = 400;
  o.applications = 200;
  o.remedies = 60;
  auto add = [&](const pb::Message& m) {
    out.push_back({m.GetDescriptor()->full_name(), Print(m, rng)});
  };
  EXPECT_TRUE(
      gen::GenerateDisclosuresAndSlips(
          o, [&](const v1::Disclosure& d) { add(d); }, [&](const v1::IssuanceSlip& s) { add(s); })
          .ok());
  EXPECT_TRUE(gen::GenerateApplications(o, [&](const v1::Application& a) { add(a); }).ok());
  EXPECT_TRUE(gen::GenerateRemedies(o, [&](const v1::Remedy& r) { add(r); }).ok());
  return out;
}

const char* const kStrings[] = {"",
                                "a",
                                "示范市临江区",
                                "line\nbreak",
                                "quote\"d",
                                "back\\slash",
                                "tab\there",
                                "\x01\x1f",
                                "é",
                                "😀 emoji",
                                "\xE2\x80\xA8",
                                "/slash",
                                "0",
                                "123",
                                "-9",
                                "true",
                                "null",
                                "DOCUMENT_KIND_RULE",
                                " ",
                                "\x7f",
                                "ＡＢＣ",
                                "{\"json\":1}"};

void FillRandom(pb::Message* m, std::mt19937_64& rng, int depth) {
  const pb::Descriptor* d = m->GetDescriptor();
  const pb::Reflection* r = m->GetReflection();
  auto chance = [&](int percent) { return static_cast<int>(rng() % 100) < percent; };
  auto int_value = [&]() -> int64_t {
    switch (rng() % 6) {
      case 0:
        return 0;
      case 1:
        return static_cast<int64_t>(rng() % 10);
      case 2:
        return -static_cast<int64_t>(rng() % 1000);
      case 3:
        return static_cast<int64_t>(rng());
      case 4:
        return std::numeric_limits<int64_t>::min() + static_cast<int64_t>(rng() % 3);
      default:
        return static_cast<int64_t>(rng() % 100000);
    }
  };
  for (int i = 0; i < d->field_count(); ++i) {
    const pb::FieldDescriptor* f = d->field(i);
    if (!chance(60)) continue;
    const int count = f->is_repeated() ? static_cast<int>(rng() % 4) : 1;
    for (int k = 0; k < count; ++k) {
      const bool rep = f->is_repeated();
      switch (f->cpp_type()) {
        case pb::FieldDescriptor::CPPTYPE_INT32: {
          const auto v = static_cast<int32_t>(int_value());
          rep ? r->AddInt32(m, f, v) : r->SetInt32(m, f, v);
          break;
        }
        case pb::FieldDescriptor::CPPTYPE_INT64: {
          const int64_t v = int_value();
          rep ? r->AddInt64(m, f, v) : r->SetInt64(m, f, v);
          break;
        }
        case pb::FieldDescriptor::CPPTYPE_UINT32: {
          const auto v = static_cast<uint32_t>(int_value());
          rep ? r->AddUInt32(m, f, v) : r->SetUInt32(m, f, v);
          break;
        }
        case pb::FieldDescriptor::CPPTYPE_UINT64: {
          const auto v = static_cast<uint64_t>(int_value());
          rep ? r->AddUInt64(m, f, v) : r->SetUInt64(m, f, v);
          break;
        }
        case pb::FieldDescriptor::CPPTYPE_DOUBLE: {
          const double v = static_cast<double>(int_value()) / 7;
          rep ? r->AddDouble(m, f, v) : r->SetDouble(m, f, v);
          break;
        }
        case pb::FieldDescriptor::CPPTYPE_FLOAT: {
          const float v = static_cast<float>(int_value() % 1000) / 8;
          rep ? r->AddFloat(m, f, v) : r->SetFloat(m, f, v);
          break;
        }
        case pb::FieldDescriptor::CPPTYPE_BOOL: {
          const bool v = rng() % 2;
          rep ? r->AddBool(m, f, v) : r->SetBool(m, f, v);
          break;
        }
        case pb::FieldDescriptor::CPPTYPE_ENUM: {
          const pb::EnumDescriptor* e = f->enum_type();
          // Mostly declared values; sometimes a number the enum does not declare (open enums).
          const int v = chance(10) ? 1000 + static_cast<int>(rng() % 5)
                                   : e->value(static_cast<int>(rng() % e->value_count()))->number();
          rep ? r->AddEnumValue(m, f, v) : r->SetEnumValue(m, f, v);
          break;
        }
        case pb::FieldDescriptor::CPPTYPE_STRING: {
          std::string v = kStrings[rng() % std::size(kStrings)];
          if (chance(30)) v += kStrings[rng() % std::size(kStrings)];
          rep ? r->AddString(m, f, v) : r->SetString(m, f, v);
          break;
        }
        case pb::FieldDescriptor::CPPTYPE_MESSAGE: {
          if (depth >= 3) break;
          pb::Message* sub = rep ? r->AddMessage(m, f) : r->MutableMessage(m, f);
          FillRandom(sub, rng, depth + 1);
          break;
        }
      }
    }
  }
}

const char* const kValues[] = {"0",
                               "1",
                               "-1",
                               "\"x\"",
                               "\"2\"",
                               "true",
                               "false",
                               "null",
                               "{}",
                               "[]",
                               "[1]",
                               "1.0",
                               "1e2",
                               "-0",
                               "0.5",
                               "\"-7\"",
                               "\"007\"",
                               "\"+5\"",
                               "\" 5\"",
                               "\"1.5\"",
                               "2147483647",
                               "2147483648",
                               "-2147483648",
                               "-2147483649",
                               "4294967296",
                               "9223372036854775807",
                               "9223372036854775808",
                               "-9223372036854775808",
                               "18446744073709551616",
                               "\"9223372036854775807\"",
                               "\"9223372036854775808\"",
                               "\"DOCUMENT_KIND_RULE\"",
                               "\"PUBLIC_ATTRIBUTE_PROACTIVE\"",
                               "\"EVENT_TYPE_REGISTERED\"",
                               "\"not_an_enum\"",
                               "{\"year\":2024}",
                               "[\"a\",\"b\"]",
                               "[{}]",
                               "[null]",
                               "\"\\u00e9\"",
                               "\"\\ud83d\\ude00\"",
                               "\"\\ud800\"",
                               "\"\\udc00\"",
                               "\"\\u0000\"",
                               "\"a\\nb\"",
                               "\"\\/\"",
                               "{\"a\":[[[]]]}"};

// Keys a mutation or a random object may use: the names of the type's fields (both forms), of
// its nested types' fields, and some that name no field.
std::vector<std::string> KeysOf(const pb::Descriptor* d) {
  std::vector<std::string> keys = {"", "unknownField", "ID", "agencyid", "agency-id"};
  std::vector<const pb::Descriptor*> todo = {d};
  for (size_t i = 0; i < todo.size() && i < 12; ++i) {
    for (int k = 0; k < todo[i]->field_count(); ++k) {
      const pb::FieldDescriptor* f = todo[i]->field(k);
      keys.push_back(f->name());
      if (f->json_name() != f->name()) keys.push_back(f->json_name());
      if (f->message_type() != nullptr) todo.push_back(f->message_type());
    }
  }
  return keys;
}

std::string Snake(absl::string_view camel) {
  std::string out;
  for (char c : camel) {
    if (c >= 'A' && c <= 'Z') {
      out += '_';
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out += c;
    }
  }
  return out;
}

std::string Mutate(std::string s, const std::vector<std::string>& keys, std::mt19937_64& rng) {
  auto pos = [&]() { return s.empty() ? size_t{0} : static_cast<size_t>(rng() % s.size()); };
  auto value = [&]() { return std::string(kValues[rng() % std::size(kValues)]); };
  auto key = [&]() { return keys[rng() % keys.size()]; };
  // Positions just after a given character, for structural edits.
  auto after = [&](char c) -> size_t {
    std::vector<size_t> at;
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == c) at.push_back(i + 1);
    }
    return at.empty() ? std::string::npos : at[rng() % at.size()];
  };
  switch (rng() % 14) {
    case 0:  // delete a byte
      if (!s.empty()) s.erase(pos(), 1);
      break;
    case 1: {  // insert a byte, JSON-ish or any
      const char bytes[] = "{}[]\":,0123456789-+.eEtrufalsn\\ \t\n\x01";
      const size_t at = pos();
      const char c = rng() % 4 ? bytes[rng() % (sizeof(bytes) - 1)] : static_cast<char>(rng());
      s.insert(at, 1, c);
      break;
    }
    case 2:  // replace a byte
      if (!s.empty()) {
        constexpr char kBytes[] = "{}[]\":,0123456789-.e \\x";
        s[pos()] = kBytes[rng() % (sizeof(kBytes) - 1)];
      }
      break;
    case 3: {  // every field name to its declared form
      std::string out;
      for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '"' && i > 0 && (s[i - 1] == '{' || s[i - 1] == ',')) {
          const size_t end = s.find('"', i + 1);
          if (end != std::string::npos && end + 1 < s.size() && s[end + 1] == ':') {
            out += '"' + Snake(s.substr(i + 1, end - i - 1)) + '"';
            i = end;
            continue;
          }
        }
        out += s[i];
      }
      s = out;
      break;
    }
    case 4: {  // a number to a string
      const size_t at = after(':');
      if (at == std::string::npos || at >= s.size()) break;
      size_t end = at;
      while (end < s.size() && (s[end] == '-' || (s[end] >= '0' && s[end] <= '9'))) ++end;
      if (end > at) s = s.substr(0, at) + '"' + s.substr(at, end - at) + '"' + s.substr(end);
      break;
    }
    case 5: {  // whitespace after a structural character
      const char* ws[] = {" ", "\n", "\t", "\r\n ", "\f", "\v"};
      const size_t at = after("{:,["[rng() % 4]);
      if (at != std::string::npos) s.insert(at, ws[rng() % std::size(ws)]);
      break;
    }
    case 6: {  // a key, often one already there (a duplicate, or the field's other name)
      const size_t at = after('{');
      const std::string k = key();
      const std::string v = value();
      if (at != std::string::npos) s.insert(at, "\"" + k + "\":" + v + ",");
      break;
    }
    case 7: {  // an unknown field
      const size_t at = after('{');
      if (at != std::string::npos) s.insert(at, "\"zzUnknown\":" + value() + ",");
      break;
    }
    case 8: {  // an enum name to a number, or a string value to another value
      const size_t at = after(':');
      if (at == std::string::npos || at >= s.size() || s[at] != '"') break;
      const size_t end = s.find('"', at + 1);
      if (end == std::string::npos) break;
      const std::string v = rng() % 2 ? std::to_string(rng() % 12) : value();
      s = s.substr(0, at) + v + s.substr(end + 1);
      break;
    }
    case 9:  // truncate
      s.resize(pos());
      break;
    case 10: {  // a non-ASCII character to a \u escape (a surrogate pair above the BMP)
      std::vector<size_t> at;
      for (size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0xC0) at.push_back(i);
      }
      if (at.empty()) break;
      const size_t i = at[rng() % at.size()];
      size_t j = i;
      char32_t c = NextCodePoint(s, &j);
      std::string esc;
      auto hex = [](unsigned v) {
        char buf[16];
        snprintf(buf, sizeof buf, "\\u%04x", v);
        return std::string(buf);
      };
      if (c >= 0x10000) {
        esc = hex(0xD800 + ((c - 0x10000) >> 10)) + hex(0xDC00 + ((c - 0x10000) & 0x3FF));
      } else {
        esc = hex(c);
      }
      s = s.substr(0, i) + esc + s.substr(j);
      break;
    }
    case 11: {  // a value replaced
      const size_t at = after(':');
      if (at == std::string::npos || at >= s.size()) break;
      size_t end = at;
      if (s[at] == '"') {
        end = s.find('"', at + 1);
        if (end == std::string::npos) break;
        ++end;
      } else {
        while (end < s.size() && s[end] != ',' && s[end] != '}' && s[end] != ']') ++end;
      }
      s = s.substr(0, at) + value() + s.substr(end);
      break;
    }
    case 12:  // trailing content
      s += rng() % 2 ? " " : rng() % 2 ? "{}" : "x";
      break;
    default: {  // a byte order mark, or several mutations
      if (rng() % 3 == 0) {
        s = "\xEF\xBB\xBF" + s;
      } else {
        s = Mutate(Mutate(s, keys, rng), keys, rng);
      }
      break;
    }
  }
  return s;
}

std::string RandomJson(const std::vector<std::string>& keys, std::mt19937_64& rng, int depth) {
  const int pick = static_cast<int>(rng() % (depth > 4 ? 2 : 4));
  if (pick == 0) return kValues[rng() % std::size(kValues)];
  if (pick == 1) {
    std::string s = "\"";
    s += kStrings[rng() % std::size(kStrings)];  // unescaped, as any text may come
    return s + "\"";
  }
  if (pick == 2) {
    std::string s = "[";
    for (int n = static_cast<int>(rng() % 4), i = 0; i < n; ++i) {
      if (i) s += ",";
      s += RandomJson(keys, rng, depth + 1);
    }
    return s + "]";
  }
  std::string s = "{";
  for (int n = static_cast<int>(rng() % 5), i = 0; i < n; ++i) {
    if (i) s += ",";
    const std::string& key = keys[rng() % keys.size()];
    s += "\"" + key + "\":" + RandomJson(keys, rng, depth + 1);
  }
  return s + "}";
}

// ---- Tests --------------------------------------------------------------------------------

TEST(JsonFast, RecordLinesNearlyAllTakeTheFastPathAndMatchProtobuf) {
  Tally tally;
  std::vector<Input> lines = RecordLines();
  ASSERT_GT(lines.size(), 1000u);
  for (const Input& in : lines) Check(in.type, in.json, /*ignore_unknown=*/false, &tally);
  for (size_t i = 0; i < lines.size(); i += 7) Check(lines[i].type, lines[i].json, true, &tally);
  std::cout << "[ record lines ] " << tally.Summary() << "\n";
  EXPECT_EQ(tally.protobuf_ok, tally.inputs);
  EXPECT_GE(tally.fast * 100, tally.inputs * 99) << tally.Summary();
  RecordProperty("fast_fraction", std::to_string(1.0 * tally.fast / tally.inputs));
}

// Any data folder (gongkai-gen --out DIR, or real records) named by GONGKAI_JSON_DATA: every
// line checked, and the share that takes the fast path reported. Skipped when it is not set.
TEST(JsonFast, DataFolderFromTheEnvironment) {
  const char* dir = std::getenv("GONGKAI_JSON_DATA");
  if (dir == nullptr) GTEST_SKIP() << "GONGKAI_JSON_DATA is not set";
  Tally tally;
  for (int i = 0; i < 4; ++i) {
    const std::string path = absl::StrCat(dir, "/", kExampleFiles[i]);
    if (!std::ifstream(path).good()) continue;
    for (const std::string& line : ReadLines(path)) Check(kRecordTypes[i], line, false, &tally);
  }
  std::cout << "[ " << dir << " ] " << tally.Summary() << "\n";
  EXPECT_EQ(tally.failures, 0u);
}

TEST(JsonFast, MutatedRecordLinesMatchProtobuf) {
  Tally tally;
  std::mt19937_64 rng(2019);
  std::vector<Input> lines = RecordLines();
  std::vector<std::vector<std::string>> keys;
  for (const char* type : kRecordTypes) keys.push_back(KeysOf(*FindMessageType(type)));
  for (const Input& in : lines) {
    const auto& k = keys[in.type == kRecordTypes[0]   ? 0
                         : in.type == kRecordTypes[1] ? 1
                         : in.type == kRecordTypes[2] ? 2
                                                      : 3];
    for (int i = 0; i < 40; ++i) {
      const std::string mutated = Mutate(in.json, k, rng);  // rng calls in a fixed order
      Check(in.type, mutated, rng() % 2, &tally);
    }
  }
  std::cout << "[ mutated lines ] " << tally.Summary() << "\n";
  EXPECT_GT(tally.fast, tally.inputs / 4) << "the mutations should leave many inputs fast";
  EXPECT_LT(tally.protobuf_ok, tally.inputs) << "the mutations should make refusals too";
}

TEST(JsonFast, RandomMessagesOfEveryTypeMatchProtobuf) {
  Tally tally;
  std::mt19937_64 rng(4);
  for (const std::string& type : MessageTypeNames()) {
    const std::vector<std::string> keys = KeysOf(*FindMessageType(type));
    for (int i = 0; i < 100; ++i) {
      auto m = New(type);
      FillRandom(m.get(), rng, 0);
      const std::string json = Print(*m, rng);
      Check(type, json, rng() % 2, &tally);
      for (int k = 0; k < 3; ++k) {
        const std::string mutated = Mutate(json, keys, rng);
        Check(type, mutated, rng() % 2, &tally);
      }
    }
  }
  std::cout << "[ random messages ] " << tally.Summary() << "\n";
}

TEST(JsonFast, RandomJsonMatchesProtobuf) {
  Tally tally;
  std::mt19937_64 rng(8);
  for (int round = 0; round < 5000; ++round) {
    for (const char* type : kRecordTypes) {
      const std::vector<std::string> keys = KeysOf(*FindMessageType(type));
      std::string json = RandomJson(keys, rng, 0);
      if (rng() % 3) json = "{" + json.substr(json[0] == '{' ? 1 : 0);  // mostly objects
      Check(type, json, rng() % 2, &tally);
    }
  }
  std::cout << "[ random JSON ] " << tally.Summary() << "\n";
}

// The cases #19 names, each one input: whether the fast reader takes it, and (always) that it
// agrees with protobuf.
struct Case {
  const char* json;
  bool ignore_unknown;
  bool fast;  // expected to take the fast path
};

TEST(JsonFast, NamedCases) {
  const Case cases[] = {
      {R"({})", false, true},
      {R"(  {"id" : "a"}  )", false, true},
      {R"({"kind":2})", false, true},   // enum by number
      {R"({"kind":77})", false, true},  // a number the open enum lacks
      {R"({"kind":-3})", false, true},
      {R"({"kind":"DOCUMENT_KIND_RULE"})", false, true},  // by name
      {R"({"kind":"2"})", false, false},                  // a number in a string: protobuf's
      {R"({"kind":"document_kind_rule"})", false, false},
      {R"({"kind":"NOPE"})", false, false},
      {R"({"kind":"NOPE"})", true, false},
      {R"({"kind":null})", false, false},
      {R"({"article20Item":"7"})", false, true},  // int32 as a string
      {R"({"article20Item":-7})", false, true},
      {R"({"article20Item":"-7"})", false, true},
      {R"({"article20Item":7.0})", false, false},
      {R"({"article20Item":7e0})", false, false},
      {R"({"article20Item":"07"})", false, false},
      {R"({"article20Item":2147483648})", false, false},
      {R"({"article20Item":-2147483648})", false, true},
      {R"({"article20Item":0})", false, true},  // an explicit default
      {R"({"id":"","keywords":[],"article20Item":0,"kind":0,"generated":{}})", false, true},
      {R"({"title":"a\nb\"c\u00e9\ud83d\ude00\/\\"})", false, true},  // escapes
      {R"({"title":"\ud800"})", false, false},                        // a lone surrogate
      {R"({"title":"\udc00x"})", false, false},
      {R"({"title":"nul\u0000"})", false, true},
      // A high surrogate must be followed by a low one; simdjson 3.0.1 checks only that the
      // second escape is below 0x10000, so these would decode to other characters.
      {R"({"title":"\ud800\ue000"})", false, false},
      {R"({"title":"\ud800\u0041"})", false, false},
      {R"({"title":"\udbff\uffff"})", false, false},
      {R"({"title":"\ud800\ud800"})", false, false},
      {R"({"title":"\udbff\udfff"})", false, true},
      {R"({"agency_id":"a"})", false, true},                  // the declared name
      {R"({"agencyId":"a","agency_id":"b"})", false, false},  // both names of one field
      {R"({"id":"a","id":"b"})", false, false},               // a duplicate key
      {R"({"keywords":["a"],"keywords":["b"]})", false, false},
      {R"({"keywords":"a"})", false, false},  // not an array
      {R"({"keywords":[]})", false, true},
      {R"({"publications":[{},{"channel":1,"date":{"year":2025}}]})", false, true},
      {R"({"generated":{"year":"2025","month":1,"day":2}})", false, true},
      {R"({"generated":null})", false, false},
      {R"({"generated":[]})", false, false},
      {R"({"extra":1})", false, false},                            // unknown field: refused
      {R"({"extra":{"a":[1,{"b":null}]},"id":"x"})", true, true},  // ignored
      {R"({"id":"x"} {})", false, false},                          // trailing content
      {R"([])", false, false},
      {R"("x")", false, false},
      {R"({"id":"x",})", false, false},
      {R"({'id':'x'})", false, false},
      {R"({id:"x"})", false, false},
      {"\xEF\xBB\xBF{\"id\":\"x\"}", false, false},
  };
  Tally tally;
  for (const Case& c : cases) {
    const bool took = Check("gongkai.v1.Disclosure", c.json, c.ignore_unknown, &tally);
    EXPECT_EQ(took, c.fast) << c.json;
  }
  // An int64 field (Application.fee_fen) as a string and as a number, at its limits.
  const Case int64_cases[] = {
      {R"({"feeFen":"123"})", false, true},
      {R"({"feeFen":123})", false, true},
      {R"({"feeFen":"-9223372036854775808"})", false, true},
      {R"({"feeFen":9223372036854775807})", false, true},
      {R"({"feeFen":9223372036854775808})", false, false},
      {R"({"feeFen":"9223372036854775808"})", false, false},
      {R"({"fee_fen":1e3})", false, false},
  };
  for (const Case& c : int64_cases) {
    const bool took = Check("gongkai.v1.Event", c.json, c.ignore_unknown, &tally);
    EXPECT_EQ(took, c.fast) << c.json;
  }
  // Deep nesting, in an unknown field that is ignored: refused by the fast reader's depth
  // limit, and by protobuf's.
  const std::string deep = "{\"x\":" + std::string(120, '[') + std::string(120, ']') + "}";
  EXPECT_FALSE(Check("gongkai.v1.Disclosure", deep, true, &tally));
  EXPECT_EQ(tally.failures, 0u);
}

// The per-type tables are built once and shared: threads parsing at once agree with protobuf.
TEST(JsonFast, ThreadsShareTheTables) {
  const std::vector<Input> lines = RecordLines();
  std::vector<std::string> expected;
  for (const Input& in : lines) {
    auto m = New(in.type);
    ASSERT_TRUE(ParseJsonWithProtobuf(in.json, false, m.get()).ok());
    expected.push_back(DeterministicBytes(*m));
  }
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (size_t i = t; i < lines.size(); i += 2) {
        auto m = New(lines[i].type);
        if (!ParseJsonFast(lines[i].json, false, m.get()) ||
            DeterministicBytes(*m) != expected[i]) {
          ++wrong;
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
}  // namespace gongkai::messages
