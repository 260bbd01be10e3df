#include "fixture.h"

#include <fstream>
#include <sstream>
#include <utility>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"

namespace gongkai::slip::fixture {
namespace {

namespace pb = google::protobuf;

// Read as written, never checked: the library is what checks dates.
v1::Date DateOf(absl::string_view text) {
  std::vector<absl::string_view> parts = absl::StrSplit(text, '-');
  v1::Date date;
  int y = 0, m = 0, d = 0;
  const bool ok = parts.size() == 3 && absl::SimpleAtoi(parts[0], &y) &&
                  absl::SimpleAtoi(parts[1], &m) && absl::SimpleAtoi(parts[2], &d);
  EXPECT_TRUE(ok) << "test date \"" << text << "\"";
  date.set_year(y);
  date.set_month(m);
  date.set_day(d);
  return date;
}

// An enum value by its name without prefix, or by number. Every enum's value 0 is
// <PREFIX>UNSPECIFIED.
int EnumValue(const pb::EnumDescriptor* type, absl::string_view text) {
  int number = 0;
  if (absl::SimpleAtoi(text, &number)) return number;
  std::string prefix = type->value(0)->name();
  prefix.resize(prefix.size() - std::string("UNSPECIFIED").size());
  const pb::EnumValueDescriptor* v = type->FindValueByName(absl::StrCat(prefix, text));
  EXPECT_NE(v, nullptr) << type->name() << " " << text;
  return v == nullptr ? 0 : v->number();
}

// Sets one field by reflection, so that the helper knows no event field by name.
void Set(v1::SlipEvent& e, absl::string_view key, absl::string_view value) {
  const pb::FieldDescriptor* f = e.GetDescriptor()->FindFieldByName(std::string(key));
  ASSERT_NE(f, nullptr) << "no SlipEvent field " << key;
  const pb::Reflection* r = e.GetReflection();
  switch (f->cpp_type()) {
    case pb::FieldDescriptor::CPPTYPE_STRING:
      if (f->is_repeated()) {
        r->AddString(&e, f, std::string(value));
      } else {
        r->SetString(&e, f, std::string(value));
      }
      break;
    case pb::FieldDescriptor::CPPTYPE_ENUM:
      r->SetEnumValue(&e, f, EnumValue(f->enum_type(), value));
      break;
    case pb::FieldDescriptor::CPPTYPE_MESSAGE:
      r->MutableMessage(&e, f)->CopyFrom(DateOf(value));
      break;
    default:
      ADD_FAILURE() << "field " << key << " is not handled";
  }
}

}  // namespace

v1::SlipEvent Ev(absl::string_view line) {
  std::vector<absl::string_view> words = absl::StrSplit(line, ' ', absl::SkipEmpty());
  v1::SlipEvent e;
  if (words.size() < 3) {
    ADD_FAILURE() << "event line \"" << line << "\" needs an action, a date and a role";
    return e;
  }
  e.set_action(static_cast<v1::SlipAction>(EnumValue(v1::SlipAction_descriptor(), words[0])));
  if (words[1] != "-") *e.mutable_date() = DateOf(words[1]);
  e.set_role(static_cast<v1::SlipRole>(EnumValue(v1::SlipRole_descriptor(), words[2])));
  for (size_t i = 3; i < words.size(); ++i) {
    if (words[i] == "reason") {
      e.set_reason(kReason);
    } else if (words[i] == "actor") {
      e.set_actor(kActor);
    } else if (words[i] == "channel") {
      e.add_planned_channels(kChannel);
    } else {
      std::pair<absl::string_view, absl::string_view> kv = absl::StrSplit(words[i], '=');
      Set(e, kv.first, kv.second);
    }
  }
  return e;
}

v1::IssuanceSlip Slip(absl::string_view workflow, const std::vector<std::string>& events) {
  v1::IssuanceSlip slip;
  slip.set_id(kId);
  slip.set_agency_id("11110105000000000X");
  slip.set_title(kTitle);
  slip.set_origin(v1::DOCUMENT_ORIGIN_OWN);
  slip.set_workflow(std::string(workflow));
  for (const std::string& line : events) *slip.add_events() = Ev(line);
  return slip;
}

std::string RuleIdOf(const absl::Status& status) {
  constexpr absl::string_view kMarker = " refused by rule ";
  const absl::string_view message = status.message();
  const size_t at = message.find(kMarker);
  if (at == absl::string_view::npos) return "";
  const absl::string_view rest = message.substr(at + kMarker.size());
  return std::string(rest.substr(0, rest.find(':')));
}

std::string SlipDoc() {
  std::ifstream in(GONGKAI_SLIP_DOC);
  EXPECT_TRUE(in) << GONGKAI_SLIP_DOC;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string CodeName(absl::StatusCode code) {
  switch (code) {
    case absl::StatusCode::kInvalidArgument:
      return "InvalidArgument";
    case absl::StatusCode::kFailedPrecondition:
      return "FailedPrecondition";
    case absl::StatusCode::kOutOfRange:
      return "OutOfRange";
    case absl::StatusCode::kNotFound:
      return "NotFound";
    case absl::StatusCode::kAlreadyExists:
      return "AlreadyExists";
    default:
      return absl::StatusCodeToString(code);
  }
}

std::string DocumentedCode(absl::string_view id) {
  static const std::string* const kDoc = new std::string(SlipDoc());
  const std::string row = absl::StrCat("\n| `", id, "` | ");
  const size_t at = kDoc->find(row);
  if (id.empty() || at == std::string::npos) return "";
  const size_t from = at + row.size();
  return kDoc->substr(from, kDoc->find(" |", from) - from);
}

}  // namespace gongkai::slip::fixture
