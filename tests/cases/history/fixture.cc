#include "fixture.h"

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "calendar/calendar.h"
#include "gtest/gtest.h"

namespace gongkai::cases::fixture {
namespace {

namespace pb = google::protobuf;

v1::Date DateOf(absl::string_view text) {
  absl::StatusOr<absl::CivilDay> day = calendar::ParseDay(text, "test date");
  EXPECT_TRUE(day.ok()) << day.status();
  return day.ok() ? calendar::ToProto(*day) : v1::Date();
}

// Sets one field by reflection, so that the helper knows no event detail by name.
void Set(v1::Event& e, absl::string_view key, absl::string_view value) {
  const pb::FieldDescriptor* f = e.GetDescriptor()->FindFieldByName(std::string(key));
  ASSERT_NE(f, nullptr) << "no Event field " << key;
  const pb::Reflection* r = e.GetReflection();
  bool ok = true;
  switch (f->cpp_type()) {
    case pb::FieldDescriptor::CPPTYPE_INT32: {
      int32_t v = 0;
      ok = absl::SimpleAtoi(value, &v);
      r->SetInt32(&e, f, v);
      break;
    }
    case pb::FieldDescriptor::CPPTYPE_INT64: {
      int64_t v = 0;
      ok = absl::SimpleAtoi(value, &v);
      r->SetInt64(&e, f, v);
      break;
    }
    case pb::FieldDescriptor::CPPTYPE_BOOL:
      r->SetBool(&e, f, value == "true");
      break;
    case pb::FieldDescriptor::CPPTYPE_STRING:
      r->SetString(&e, f, std::string(value));
      break;
    case pb::FieldDescriptor::CPPTYPE_ENUM: {
      // Every enum's value 0 is <PREFIX>UNSPECIFIED.
      std::string prefix = f->enum_type()->value(0)->name();
      prefix.resize(prefix.size() - std::string("UNSPECIFIED").size());
      const pb::EnumValueDescriptor* v =
          f->enum_type()->FindValueByName(absl::StrCat(prefix, value));
      ASSERT_NE(v, nullptr) << key << "=" << value;
      r->SetEnum(&e, f, v);
      break;
    }
    case pb::FieldDescriptor::CPPTYPE_MESSAGE:
      r->MutableMessage(&e, f)->CopyFrom(DateOf(value));
      break;
    default:
      ok = false;
  }
  EXPECT_TRUE(ok) << key << "=" << value;
}

}  // namespace

v1::Event Ev(absl::string_view line) {
  std::vector<absl::string_view> words = absl::StrSplit(line, ' ', absl::SkipEmpty());
  v1::Event e;
  if (words.size() < 2) {
    ADD_FAILURE() << "event line \"" << line << "\" needs a type and a date";
    return e;
  }
  v1::EventType type = v1::EVENT_TYPE_UNSPECIFIED;
  EXPECT_TRUE(v1::EventType_Parse(absl::StrCat("EVENT_TYPE_", words[0]), &type)) << line;
  e.set_type(type);
  *e.mutable_date() = DateOf(words[1]);
  for (size_t i = 2; i < words.size(); ++i) {
    std::pair<absl::string_view, absl::string_view> kv = absl::StrSplit(words[i], '=');
    Set(e, kv.first, kv.second);
  }
  return e;
}

v1::Application Record(const std::vector<std::string>& events) {
  v1::Application record;
  record.set_id("2019-0042");
  record.set_channel(v1::CHANNEL_IN_PERSON);
  record.mutable_applicant()->set_category(v1::APPLICANT_CATEGORY_NATURAL_PERSON);
  *record.mutable_received() = DateOf(kReceived);
  for (const std::string& line : events) *record.add_events() = Ev(line);
  return record;
}

}  // namespace gongkai::cases::fixture
