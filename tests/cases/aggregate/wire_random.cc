#include "wire_random.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "random_text.h"

namespace gongkai::cases::testing {
namespace {

using ::gongkai::testing::GoodText;
using ::gongkai::testing::RandomText;

int Uniform(std::mt19937& rng, int lo, int hi) {
  return std::uniform_int_distribution<int>(lo, hi)(rng);
}
bool Chance(std::mt19937& rng, int percent) { return Uniform(rng, 0, 99) < percent; }

// A varint, usually minimal; sometimes with redundant continuation bytes (up to ten bytes in
// all, or rarely eleven: refused).
std::string Varint(std::mt19937& rng, uint64_t v) {
  std::string out;
  while (v >= 0x80) {
    out += static_cast<char>(v | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
  if (Chance(rng, 8)) {
    const int limit = Chance(rng, 3) ? 11 : 10;
    const int extra = Uniform(rng, 1, 4);
    for (int i = 0; i < extra && static_cast<int>(out.size()) < limit; ++i) {
      out.back() = static_cast<char>(out.back() | 0x80);
      out += '\0';
    }
  }
  return out;
}

// A tag, usually minimal; sometimes padded to five bytes, or with bits past 32 in the fifth
// byte (which protobuf drops).
std::string Tag(std::mt19937& rng, uint32_t field, int wire_type) {
  const uint64_t tag = static_cast<uint64_t>(field) << 3 | static_cast<uint64_t>(wire_type);
  if (Chance(rng, 3)) {
    std::string out;
    uint64_t v = tag;
    for (int i = 0; i < 4; ++i) {
      out += static_cast<char>((v & 0x7f) | 0x80);
      v >>= 7;
    }
    out += static_cast<char>((v & 0x0f) | (Chance(rng, 50) ? 0x10 * Uniform(rng, 0, 7) : 0));
    return out;
  }
  std::string out;
  uint64_t v = tag & 0xffffffffu;
  while (v >= 0x80) {
    out += static_cast<char>(v | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
  return out;
}

// A length-delimited body: its length (sometimes padded, rarely wrong), then the body.
std::string Delimited(std::mt19937& rng, const std::string& body) {
  uint64_t size = body.size();
  if (Uniform(rng, 0, 999) < 3) size += Uniform(rng, -2, 2);
  std::string length;
  if (Chance(rng, 3)) {  // five bytes, the fifth sometimes too big
    uint64_t v = size;
    for (int i = 0; i < 4; ++i) {
      length += static_cast<char>((v & 0x7f) | 0x80);
      v >>= 7;
    }
    length += static_cast<char>(v | (Chance(rng, 5) ? 0x08 : 0));
  } else {
    length = Varint(rng, size);
  }
  return length + body;
}

enum Kind { kApplication, kApplicant, kDate, kEvent, kOpaque };

uint64_t Pick(std::mt19937& rng, std::initializer_list<int64_t> usual) {
  if (Chance(rng, 85)) {
    std::vector<int64_t> v(usual);
    return static_cast<uint64_t>(v[Uniform(rng, 0, static_cast<int>(v.size()) - 1)]);
  }
  return (static_cast<uint64_t>(rng()) << 32 | rng()) >> Uniform(rng, 0, 63);
}

std::string Message(std::mt19937& rng, Kind kind, int depth);

// A group of field `field`: fields, then its end tag (usually the right one).
std::string Group(std::mt19937& rng, uint32_t field, int depth) {
  std::string out = Tag(rng, field, 3);
  if (Chance(rng, 2)) {  // a chain of groups around the depth limit of 100
    const int chain = Uniform(rng, 90, 110);
    std::string tail;
    for (int i = 0; i < chain; ++i) {
      const uint32_t f = Uniform(rng, 1, 40);
      out += Tag(rng, f, 3);
      tail = Tag(rng, f, 4) + tail;
    }
    out += tail;
  } else if (Chance(rng, 20)) {
    out += Group(rng, Uniform(rng, 1, 40), depth + 1);
  }
  if (Chance(rng, 50)) out += Message(rng, kOpaque, depth + 1);
  const uint32_t end = Chance(rng, 99) ? field : field + 1;
  if (Chance(rng, 99)) out += Tag(rng, end, 4);
  return out;
}

// A field the message does not know (or a known number with another wire type).
std::string Unknown(std::mt19937& rng, uint32_t field, int depth) {
  static constexpr int kUsual[] = {0, 1, 2, 3, 5};  // wire types 4, 6, 7 are refused
  switch (Chance(rng, 1) ? Uniform(rng, 4, 7) : kUsual[Uniform(rng, 0, 4)]) {
    case 0:
      return Tag(rng, field, 0) + Varint(rng, Pick(rng, {0, 1, 300}));
    case 1: {
      std::string out = Tag(rng, field, 1);
      for (int i = 0; i < (Chance(rng, 99) ? 8 : 5); ++i) out += static_cast<char>(rng());
      return out;
    }
    case 2:
      return Tag(rng, field, 2) + Delimited(rng, RandomText(rng, Uniform(rng, 0, 20)));
    case 3:
      return Group(rng, field, depth);
    case 4:
      return Tag(rng, field, 4);
    case 5: {
      std::string out = Tag(rng, field, 5);
      for (int i = 0; i < (Chance(rng, 99) ? 4 : 2); ++i) out += static_cast<char>(rng());
      return out;
    }
    default:
      return Tag(rng, field, Uniform(rng, 6, 7));
  }
}

// A string field: well-formed text, or now and then text with an ill-formed sequence.
std::string Text(std::mt19937& rng, uint32_t field) {
  const int size = Uniform(rng, 0, 50);
  std::string text = Chance(rng, 1) ? RandomText(rng, size) : GoodText(rng, size);
  return Tag(rng, field, 2) + Delimited(rng, text);
}

std::string Sub(std::mt19937& rng, uint32_t field, Kind kind, int depth) {
  return Tag(rng, field, 2) + Delimited(rng, Message(rng, kind, depth + 1));
}

std::string Number(std::mt19937& rng, uint32_t field, std::initializer_list<int64_t> usual) {
  return Tag(rng, field, 0) + Varint(rng, Pick(rng, usual));
}

// One field of a message of `kind`.
std::string Field(std::mt19937& rng, Kind kind, int depth) {
  if (kind == kOpaque || Chance(rng, 12)) {
    const uint32_t field = Chance(rng, 80)  ? Uniform(rng, 1, 40)
                           : Chance(rng, 5) ? 0
                                            : static_cast<uint32_t>(rng()) >> 3;
    return Unknown(rng, field, depth);
  }
  switch (kind) {
    case kApplication:
      switch (Uniform(rng, 1, 10)) {
        case 1:
        case 2:
        case 6:
          return Text(rng, Uniform(rng, 0, 2) == 0 ? 6 : Uniform(rng, 1, 2));
        case 3:
          return Sub(rng, 3, kApplicant, depth);
        case 4:
          return Number(rng, Chance(rng, 50) ? 4 : 7, {0, 1, 4, 5});
        case 5:
          return Sub(rng, 5, kDate, depth);
        default:
          return Sub(rng, 8, kEvent, depth);
      }
    case kApplicant:
      if (Chance(rng, 40)) return Number(rng, 1, {1, 1, 2, 3, 4, 5, 6, 0, 7, -1});
      return Text(rng, Uniform(rng, 2, 7));
    case kDate:
      switch (Uniform(rng, 1, 3)) {
        case 1:
          return Number(rng, 1, {2019, 2024, 2025, 2025, 2026, 2018, 0, 10000, -2025});
        case 2:
          return Number(rng, 2, {1, 2, 6, 12, 12, 0, 13});
        default:
          return Number(rng, 3, {1, 15, 28, 29, 30, 31, 0, 32});
      }
    case kEvent:
      switch (Uniform(rng, 1, 8)) {
        case 1:
        case 2:
          return Number(rng, 1, {9, 9, 12, 12, 1, 3, 10, 11, 0, 13, -9});
        case 3:
        case 4:
          return Sub(rng, Chance(rng, 85) ? 2 : 10, kDate, depth);
        case 5:
          return Text(rng, Chance(rng, 70) ? 3 : 8);
        case 6:
          return Number(rng, 11, {1, 2, 3, 3, 12, 21, 23, 24, 0, 25, -1});
        default:
          return Number(rng, Uniform(rng, 4, 9) == 8 ? 9 : Uniform(rng, 4, 7), {0, 1, 20});
      }
    case kOpaque:
      break;
  }
  return "";
}

// The fields a message of `kind` usually has, in random order.
std::vector<std::string> UsualFields(std::mt19937& rng, Kind kind, int depth) {
  switch (kind) {
    case kDate:
      return {Number(rng, 1, {2019, 2023, 2024, 2025, 2025, 2026}),
              Number(rng, 2, {1, 2, 6, 11, 12}),
              Number(rng, 3, {1, 1, 15, 15, 28, 28, 29, 30, 31})};
    case kEvent: {
      std::vector<std::string> out = {Number(rng, 1, {9, 9, 12, 1, 10, 11}),
                                      Sub(rng, 2, kDate, depth), Text(rng, 3)};
      if (Chance(rng, 70)) out.push_back(Number(rng, 11, {1, 2, 3, 12, 21, 23, 24}));
      return out;
    }
    case kApplicant:
      return {Number(rng, 1, {1, 1, 2, 3, 4, 5, 6}), Text(rng, 2), Text(rng, 3)};
    case kApplication: {
      std::vector<std::string> out = {Text(rng, 1), Sub(rng, 3, kApplicant, depth),
                                      Sub(rng, 5, kDate, depth), Text(rng, 6)};
      const int events = Uniform(rng, 0, 6);
      for (int i = 0; i < events; ++i) out.push_back(Sub(rng, 8, kEvent, depth));
      return out;
    }
    case kOpaque:
      break;
  }
  return {};
}

std::string Message(std::mt19937& rng, Kind kind, int depth) {
  std::vector<std::string> fields;
  if (kind != kOpaque && Chance(rng, 90)) fields = UsualFields(rng, kind, depth);
  const int extra = kind == kApplication ? Uniform(rng, 0, 8)
                    : Chance(rng, 70)    ? 0
                                         : Uniform(rng, 1, 3);
  for (int i = 0; i < extra; ++i) fields.push_back(Field(rng, kind, depth));
  std::shuffle(fields.begin(), fields.end(), rng);
  std::string out;
  for (const std::string& f : fields) out += f;
  return out;
}

}  // namespace

std::string RandomApplicationWire(std::mt19937& rng) { return Message(rng, kApplication, 0); }

void Mutate(std::mt19937& rng, std::string* bytes) {
  static const char kSpecial[] = {'\x00', '\x80', '\xff', '\x0b', '\x0c', '\x0e', '\x42', '\x7f'};
  const int edits = Uniform(rng, 1, 3);
  for (int e = 0; e < edits; ++e) {
    const int n = static_cast<int>(bytes->size());
    const int at = n == 0 ? 0 : Uniform(rng, 0, n - 1);
    switch (Uniform(rng, 0, 5)) {
      case 0:
        if (n > 0) (*bytes)[at] = static_cast<char>(rng());
        break;
      case 1:
        if (n > 0) (*bytes)[at] = kSpecial[Uniform(rng, 0, 7)];
        break;
      case 2:
        bytes->insert(bytes->begin() + at, static_cast<char>(rng()));
        break;
      case 3:
        if (n > 0) bytes->erase(bytes->begin() + at);
        break;
      case 4:
        bytes->resize(at);
        break;
      default:
        if (n > 0) bytes->insert(at, bytes->substr(Uniform(rng, 0, n - 1), Uniform(rng, 1, 6)));
        break;
    }
  }
}

}  // namespace gongkai::cases::testing
