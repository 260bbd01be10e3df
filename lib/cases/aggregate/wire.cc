// The wire reader. Each Read* function reads one message that fills [p, end) and returns the
// position after it, or nullptr exactly where protobuf's parser fails (aggregate/wire.h). The
// field numbers come from the generated code of proto/gongkai/v1/application.proto and
// common.proto (the enums below); varints are common/coding.h's.
#include "cases/aggregate/wire.h"

#include <climits>
#include <cstdint>

#include "absl/base/optimization.h"
#include "common/coding.h"
#include "common/utf8.h"
#include "gongkai/v1/application.pb.h"
#include "gongkai/v1/common.pb.h"
#include "google/protobuf/wire_format_lite.h"
#include "port/cpu.h"
#include "port/equal_bytes.h"

namespace gongkai::cases {

bool WireReaderAvailable() { return !GONGKAI_X86 || port::HaveSsse3(); }

namespace {

using WireFormat = google::protobuf::internal::WireFormatLite;

// The wire types of protobuf's encoding.
enum WireType : uint32_t {
  kVarint = WireFormat::WIRETYPE_VARINT,
  kFixed64 = WireFormat::WIRETYPE_FIXED64,
  kLen = WireFormat::WIRETYPE_LENGTH_DELIMITED,
  kStartGroup = WireFormat::WIRETYPE_START_GROUP,
  kEndGroup = WireFormat::WIRETYPE_END_GROUP,
  kFixed32 = WireFormat::WIRETYPE_FIXED32,
};

// The fields of each message that the reader looks at, by their generated numbers.
enum DateField : uint32_t {
  kDateYear = v1::Date::kYearFieldNumber,
  kDateMonth = v1::Date::kMonthFieldNumber,
  kDateDay = v1::Date::kDayFieldNumber,
};
enum ApplicantField : uint32_t {
  kApplicantCategory = v1::Applicant::kCategoryFieldNumber,
  kApplicantName = v1::Applicant::kNameFieldNumber,
  kApplicantIdNumber = v1::Applicant::kIdNumberFieldNumber,
  kApplicantAddress = v1::Applicant::kAddressFieldNumber,
  kApplicantPhone = v1::Applicant::kPhoneFieldNumber,
  kApplicantEmail = v1::Applicant::kEmailFieldNumber,
  kApplicantOrganisation = v1::Applicant::kOrganisationFieldNumber,
};
enum EventField : uint32_t {
  kEventType = v1::Event::kTypeFieldNumber,
  kEventDate = v1::Event::kDateFieldNumber,
  kEventActor = v1::Event::kActorFieldNumber,
  kEventCorrectionPeriodDays = v1::Event::kCorrectionPeriodDaysFieldNumber,
  kEventParty = v1::Event::kPartyFieldNumber,
  kEventObjected = v1::Event::kObjectedFieldNumber,
  kEventExtensionDays = v1::Event::kExtensionDaysFieldNumber,
  kEventApprover = v1::Event::kApproverFieldNumber,
  kEventFeeFen = v1::Event::kFeeFenFieldNumber,
  kEventFeeNoticeReceived = v1::Event::kFeeNoticeReceivedFieldNumber,
  kEventOutcome = v1::Event::kOutcomeFieldNumber,
};
enum ApplicationField : uint32_t {
  kApplicationId = v1::Application::kIdFieldNumber,
  kApplicationAgencyId = v1::Application::kAgencyIdFieldNumber,
  kApplicationApplicant = v1::Application::kApplicantFieldNumber,
  kApplicationChannel = v1::Application::kChannelFieldNumber,
  kApplicationReceived = v1::Application::kReceivedFieldNumber,
  kApplicationRequest = v1::Application::kRequestFieldNumber,
  kApplicationItemCount = v1::Application::kItemCountFieldNumber,
  kApplicationEvents = v1::Application::kEventsFieldNumber,
};

// The tag of a field (field number << 3 | wire type), as protobuf writes it.
constexpr uint32_t Tag(uint32_t field, WireType wire_type) { return field << 3 | wire_type; }
static_assert(Tag(kApplicationEvents, kLen) ==
              WireFormat::MakeTag(kApplicationEvents, WireFormat::WIRETYPE_LENGTH_DELIMITED));

// The fast paths below read a tag as one byte: every tag they match must be below 0x80.
static_assert(Tag(kEventOutcome, kVarint) < 0x80 && Tag(kApplicationEvents, kLen) < 0x80);

}  // namespace
}  // namespace gongkai::cases

// Everything below runs only where WireReaderAvailable(): on x86-64 it is compiled for SSSE3,
// so that the UTF-8 check inlines into the reader.
#if GONGKAI_X86
GONGKAI_SSSE3_BEGIN
#include "port/utf8_ssse3.h"
#endif

namespace gongkai::cases {
namespace {

using Ptr = const uint8_t*;

// Protobuf's default recursion limit: messages and groups nested deeper are refused.
constexpr int kMaxDepth = 100;

// Whether the `size` bytes at `text` are well-formed UTF-8 (common/utf8.h), inline.
inline bool WellFormedUtf8(Ptr text, uint32_t size, Ptr readable_end) {
#if GONGKAI_X86
  return port::ssse3::IsWellFormedUtf8(text, size, readable_end);
#else
  (void)readable_end;
  return IsWellFormedUtf8Scalar(text, size);
#endif
}

// A varint of at most ten bytes, keeping the low 64 bits (protobuf's VarintParse).
inline Ptr Varint(Ptr p, Ptr end, uint64_t* value) { return GetVarint64Ptr(p, end, value); }

// [p, end) cut to protobuf's five-byte limit for tags and sizes.
inline Ptr FiveBytes(Ptr p, Ptr end) { return end - p > 5 ? p + 5 : end; }

// A varint field of type int32 or an enum: the low 32 bits.
inline Ptr Int32(Ptr p, Ptr end, int32_t* value) {
  uint64_t v;
  p = Varint(p, end, &v);
  *value = static_cast<int32_t>(static_cast<uint32_t>(v));
  return p;
}

// A tag: at most five bytes, modulo 2^32 (protobuf's ReadTag).
ABSL_ATTRIBUTE_NOINLINE Ptr TagSlow(Ptr p, Ptr end, uint32_t* tag) {
  uint64_t v;
  p = GetVarint64Ptr(p, FiveBytes(p, end), &v);
  *tag = static_cast<uint32_t>(v);
  return p;
}
inline Ptr ReadTag(Ptr p, Ptr end, uint32_t* tag) {
  if (ABSL_PREDICT_TRUE(*p < 0x80)) {  // callers ensure p < end
    *tag = *p;
    return p + 1;
  }
  return TagSlow(p, end, tag);
}

// A length prefix inside a message (protobuf's ReadSize: at most five bytes, at most
// INT_MAX - 16), which must also fit in what is left of the enclosing message.
ABSL_ATTRIBUTE_NOINLINE Ptr SizeSlow(Ptr p, Ptr end, uint32_t* size) {
  uint64_t v;
  p = GetVarint64Ptr(p, FiveBytes(p, end), &v);
  if (p == nullptr || v > static_cast<uint64_t>(INT_MAX - 16) ||
      v > static_cast<uint64_t>(end - p)) {
    return nullptr;
  }
  *size = static_cast<uint32_t>(v);
  return p;
}
inline Ptr Size(Ptr p, Ptr end, uint32_t* size) {
  if (ABSL_PREDICT_TRUE(p < end && *p < 0x80 && *p <= end - (p + 1))) {
    *size = *p;
    return p + 1;
  }
  if (end - p >= 2 && p[0] >= 0x80 && p[1] < 0x80) {
    const uint32_t v = (p[0] & 0x7fu) | static_cast<uint32_t>(p[1]) << 7;
    if (v <= static_cast<size_t>(end - (p + 2))) {
      *size = v;
      return p + 2;
    }
  }
  return SizeSlow(p, end, size);
}

using Memo = ApplicationReader::Memo;

// A string field: its length and well-formed UTF-8. With a memo, bytes the field had last
// time are not checked again.
inline Ptr String(Ptr p, Ptr end, Ptr readable_end, Memo* memo = nullptr) {
  uint32_t size;
  p = Size(p, end, &size);
  if (ABSL_PREDICT_FALSE(p == nullptr)) return nullptr;
  if (memo != nullptr && size == memo->size &&
      port::EqualBytes(p, memo->text, size, readable_end)) {
    return p + size;
  }
  if (!WellFormedUtf8(p, size, readable_end)) return nullptr;
  if (memo != nullptr) *memo = Memo{p, size};
  return p + size;
}

Ptr SkipGroup(uint32_t start_tag, Ptr p, Ptr end, int depth);

// A field the reader does not use (known or not): skipped, with protobuf's checks. `tag` is
// neither 0 nor an end-group tag.
Ptr SkipField(uint32_t tag, Ptr p, Ptr end, int depth) {
  if ((tag >> 3) == 0) return nullptr;
  switch (tag & 7) {
    case kVarint: {
      uint64_t v;
      return Varint(p, end, &v);
    }
    case kFixed64:
      return end - p >= 8 ? p + 8 : nullptr;
    case kLen: {
      uint32_t size;
      p = Size(p, end, &size);
      return p == nullptr ? nullptr : p + size;
    }
    case kStartGroup:
      return SkipGroup(tag, p, end, depth);
    case kFixed32:
      return end - p >= 4 ? p + 4 : nullptr;
    default:
      return nullptr;
  }
}

// An unknown group: fields up to the end-group tag of the same number.
Ptr SkipGroup(uint32_t start_tag, Ptr p, Ptr end, int depth) {
  if (--depth < 0) return nullptr;
  while (p < end) {
    uint32_t tag;
    p = ReadTag(p, end, &tag);
    if (p == nullptr || tag == 0) return nullptr;
    if ((tag & 7) == kEndGroup) return tag == start_tag + 1 ? p : nullptr;
    p = SkipField(tag, p, end, depth);
    if (p == nullptr) return nullptr;
  }
  return nullptr;
}

// A field the message does not know, or a known one with another wire type.
inline Ptr Unknown(uint32_t tag, Ptr p, Ptr end, int depth) {
  if (tag == 0 || (tag & 7) == kEndGroup) return nullptr;  // ends the message: refused
  return SkipField(tag, p, end, depth);
}

// A nested message's length; *sub_end is where it ends. nullptr if it is nested too deep.
inline Ptr Nested(Ptr p, Ptr end, int depth, Ptr* sub_end) {
  uint32_t size;
  p = Size(p, end, &size);
  if (p == nullptr || depth - 1 < 0) return nullptr;
  *sub_end = p + size;
  return p;
}

// gongkai.v1.Date: year, month, day (int32). Fields seen again overwrite.
struct DateFields {
  int32_t year = 0, month = 0, day = 0;
};
Ptr ReadDateFields(Ptr p, Ptr end, int depth, DateFields* date) {
  while (p < end) {
    uint32_t tag;
    p = ReadTag(p, end, &tag);
    if (p == nullptr) return nullptr;
    switch (tag) {
      case Tag(kDateYear, kVarint):
        p = Int32(p, end, &date->year);
        break;
      case Tag(kDateMonth, kVarint):
        p = Int32(p, end, &date->month);
        break;
      case Tag(kDateDay, kVarint):
        p = Int32(p, end, &date->day);
        break;
      default:
        p = Unknown(tag, p, end, depth);
    }
    if (p == nullptr) return nullptr;
  }
  return p;
}

inline Ptr ReadDate(Ptr p, Ptr end, int depth, DateFields* date) {
  // The usual encoding, year (two bytes), month, day, read at once.
  if (end - p == 7 && p[0] == Tag(kDateYear, kVarint) && p[1] >= 0x80 && p[2] < 0x80 &&
      p[3] == Tag(kDateMonth, kVarint) && p[4] < 0x80 && p[5] == Tag(kDateDay, kVarint) &&
      p[6] < 0x80) {
    date->year = (p[1] & 0x7f) | p[2] << 7;
    date->month = p[4];
    date->day = p[6];
    return end;
  }
  return ReadDateFields(p, end, depth, date);
}

// A Date field: merged into *date (protobuf merges a message field seen twice).
inline Ptr DateField(Ptr p, Ptr end, int depth, bool* present, DateFields* date) {
  Ptr sub_end;
  p = Nested(p, end, depth, &sub_end);
  if (p == nullptr) return nullptr;
  *present = true;
  return ReadDate(p, sub_end, depth - 1, date);
}

// A varint field the reader does not use.
inline Ptr SkipVarint(Ptr p, Ptr end) {
  uint64_t ignored;
  return Varint(p, end, &ignored);
}

// gongkai.v1.Applicant: the category (an enum), the rest strings.
Ptr ReadApplicant(Ptr p, Ptr end, Ptr readable_end, int depth, int32_t* category) {
  while (p < end) {
    uint32_t tag;
    p = ReadTag(p, end, &tag);
    if (p == nullptr) return nullptr;
    switch (tag) {
      case Tag(kApplicantCategory, kVarint):
        p = Int32(p, end, category);
        break;
      case Tag(kApplicantName, kLen):
      case Tag(kApplicantIdNumber, kLen):
      case Tag(kApplicantAddress, kLen):
      case Tag(kApplicantPhone, kLen):
      case Tag(kApplicantEmail, kLen):
      case Tag(kApplicantOrganisation, kLen):
        p = String(p, end, readable_end);
        break;
      default:
        p = Unknown(tag, p, end, depth);
    }
    if (p == nullptr) return nullptr;
  }
  return p;
}

// gongkai.v1.Event: the type, outcome and date (only these count), strings, another Date, and
// varints.
struct EventFields {
  int32_t type = 0;
  int32_t outcome = 0;
  bool has_date = false;
  DateFields date;
};
Ptr ReadEvent(Ptr p, Ptr end, Ptr readable_end, int depth, Memo* actor, Memo* approver,
              EventFields* event) {
  // How events usually begin, read at once: the type (one byte), the date (seven bytes, as
  // ReadDate's usual encoding), the actor. The loop takes whatever follows, as it would have.
  if (end - p >= 11 && p[0] == Tag(kEventType, kVarint) && p[1] < 0x80 &&
      p[2] == Tag(kEventDate, kLen) && p[3] == 7 && depth >= 1 && p[4] == Tag(kDateYear, kVarint) &&
      p[5] >= 0x80 && p[6] < 0x80 && p[7] == Tag(kDateMonth, kVarint) && p[8] < 0x80 &&
      p[9] == Tag(kDateDay, kVarint) && p[10] < 0x80) {
    event->type = p[1];
    event->has_date = true;
    event->date.year = (p[5] & 0x7f) | p[6] << 7;
    event->date.month = p[8];
    event->date.day = p[10];
    p += 11;
    if (p < end && *p == Tag(kEventActor, kLen)) {  // and then, usually, the actor
      p = String(p + 1, end, readable_end, actor);
      if (p == nullptr) return nullptr;
    }
  }
  while (p < end) {
    uint32_t tag;
    p = ReadTag(p, end, &tag);
    if (p == nullptr) return nullptr;
    switch (tag) {
      case Tag(kEventType, kVarint):
        p = Int32(p, end, &event->type);
        break;
      case Tag(kEventDate, kLen):
        p = DateField(p, end, depth, &event->has_date, &event->date);
        break;
      case Tag(kEventActor, kLen):
        p = String(p, end, readable_end, actor);
        break;
      case Tag(kEventApprover, kLen):
        p = String(p, end, readable_end, approver);
        break;
      case Tag(kEventFeeNoticeReceived, kLen): {
        bool present;
        DateFields ignored;
        p = DateField(p, end, depth, &present, &ignored);
        break;
      }
      case Tag(kEventOutcome, kVarint):
        p = Int32(p, end, &event->outcome);
        break;
      case Tag(kEventCorrectionPeriodDays, kVarint):
      case Tag(kEventParty, kVarint):
      case Tag(kEventObjected, kVarint):
      case Tag(kEventExtensionDays, kVarint):
      case Tag(kEventFeeFen, kVarint):
        p = SkipVarint(p, end);
        break;
      default:
        p = Unknown(tag, p, end, depth);
    }
    if (p == nullptr) return nullptr;
  }
  return p;
}

}  // namespace

bool ApplicationReader::Read(absl::string_view record, ApplicationFacts* facts,
                             absl::string_view* id) {
  Ptr p = reinterpret_cast<Ptr>(record.data());
  const Ptr end = p + record.size();
  const Ptr readable = readable_end_;
  constexpr int depth = kMaxDepth;
  *facts = ApplicationFacts();
  *id = absl::string_view();
  bool has_received = false;
  DateFields received;
  int32_t events = 0;
  while (p < end) {
    uint32_t tag;
    p = ReadTag(p, end, &tag);
    if (p == nullptr) return false;
    switch (tag) {
      case Tag(kApplicationId, kLen): {
        const Ptr start = p;
        p = String(p, end, readable);
        if (p != nullptr) {
          uint32_t size;
          const Ptr text = Size(start, end, &size);
          *id = absl::string_view(reinterpret_cast<const char*>(text), size);
        }
        break;
      }
      case Tag(kApplicationAgencyId, kLen):
        p = String(p, end, readable, &agency_);
        break;
      case Tag(kApplicationRequest, kLen):
        p = String(p, end, readable);
        break;
      case Tag(kApplicationApplicant, kLen): {
        Ptr sub_end;
        p = Nested(p, end, depth, &sub_end);
        if (p != nullptr) p = ReadApplicant(p, sub_end, readable, depth - 1, &facts->category);
        break;
      }
      case Tag(kApplicationReceived, kLen):
        p = DateField(p, end, depth, &has_received, &received);
        break;
      case Tag(kApplicationEvents, kLen): {
        Ptr sub_end;
        p = Nested(p, end, depth, &sub_end);
        if (p == nullptr) return false;
        EventFields event;
        p = ReadEvent(p, sub_end, readable, depth - 1, &actor_, &approver_, &event);
        if (p == nullptr) return false;
        if (ApplicationFacts::Concludes(event.type)) {
          const int32_t day =
              event.has_date ? DayKey(event.date.year, event.date.month, event.date.day) : kNoDate;
          facts->AddEvent(events, event.type, day, event.outcome);
        }
        ++events;
        break;
      }
      case Tag(kApplicationChannel, kVarint):
      case Tag(kApplicationItemCount, kVarint):
        p = SkipVarint(p, end);
        break;
      default:
        p = Unknown(tag, p, end, depth);
    }
    if (p == nullptr) return false;
  }
  facts->received = has_received ? DayKey(received.year, received.month, received.day) : kNoDate;
  return true;
}

bool ReadApplicationFacts(absl::string_view record, ApplicationFacts* facts,
                          absl::string_view* id) {
  return ApplicationReader(record).Read(record, facts, id);
}

bool NextDelimited(absl::string_view stream, size_t* offset, absl::string_view* record) {
  const Ptr base = reinterpret_cast<Ptr>(stream.data());
  const Ptr end = base + stream.size();
  uint64_t size;
  const Ptr p = Varint(base + *offset, end, &size);
  if (p == nullptr || size > static_cast<uint64_t>(end - p)) return false;
  *record = absl::string_view(reinterpret_cast<const char*>(p), size);
  *offset = static_cast<size_t>(p - base) + size;
  return true;
}

}  // namespace gongkai::cases

#if GONGKAI_X86
GONGKAI_SSSE3_END
#endif
