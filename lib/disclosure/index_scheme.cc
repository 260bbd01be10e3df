#include "disclosure/index_scheme.h"

#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/strip.h"
#include "common/status_macros.h"
#include "common/utf8.h"

namespace gongkai::disclosure {
namespace {

absl::Status SchemeError(absl::string_view field, absl::string_view text, absl::string_view why) {
  return absl::InvalidArgumentError(
      absl::StrFormat("%s: \"%s\" %s", field, absl::CHexEscape(text), why));
}

// The widest serial: 9 digits keep it inside int64 with room to spare.
constexpr int kMaxSerialDigits = 9;

// Consumes 1..kMaxSerialDigits ASCII digits from the front of `*rest` ({#}).
bool TakeSerial(absl::string_view* rest, int64_t* value) {
  size_t n = 0;
  while (n < rest->size() && n < kMaxSerialDigits &&
         absl::ascii_isdigit(static_cast<unsigned char>((*rest)[n]))) {
    ++n;
  }
  if (n == 0 || (*rest)[0] == '0') return false;
  int64_t v = 0;
  for (size_t i = 0; i < n; ++i) v = v * 10 + ((*rest)[i] - '0');
  rest->remove_prefix(n);
  *value = v;
  return true;
}

// Consumes exactly `width` ASCII digits from the front of `*rest`.
bool TakeDigits(absl::string_view* rest, int width, int64_t* value) {
  if (rest->size() < static_cast<size_t>(width)) return false;
  int64_t v = 0;
  for (int i = 0; i < width; ++i) {
    const char c = (*rest)[i];
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
    v = v * 10 + (c - '0');
  }
  rest->remove_prefix(width);
  *value = v;
  return true;
}

int64_t Power10(int n) {
  int64_t p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

// A control character (a NUL above all) would make 索引号 that C callers, who pass them back as
// NUL-terminated strings, and one-line messages cannot carry.
bool HasControl(absl::string_view text) { return FindAsciiControl(text).has_value(); }

}  // namespace

absl::StatusOr<IndexScheme> IndexScheme::Create(const v1::IndexScheme& spec,
                                                absl::string_view field, absl::string_view noun) {
  IndexScheme s;
  s.field_ = std::string(field);
  s.noun_ = std::string(noun);
  const auto TemplateError = [&s](absl::string_view text, absl::string_view why) {
    return SchemeError(s.field_, text, why);
  };
  s.template_ = spec.template_().empty() ? std::string(kDefaultIndexTemplate) : spec.template_();
  if (HasControl(s.template_)) return TemplateError(s.template_, "has a control character");
  if (HasControl(spec.organisation_code())) {
    return absl::InvalidArgumentError(
        absl::StrFormat("index_scheme.organisation_code: \"%s\" has a control character",
                        absl::CHexEscape(spec.organisation_code())));
  }
  absl::string_view rest = s.template_;
  int orgs = 0, years = 0, months = 0, serials = 0;
  while (!rest.empty()) {
    const size_t open = rest.find('{');
    if (open != 0) {
      const size_t n = open == absl::string_view::npos ? rest.size() : open;
      if (rest.substr(0, n).find('}') != absl::string_view::npos) {
        return TemplateError(s.template_, "has a '}' without its '{'");
      }
      s.parts_.push_back({Kind::kLiteral, std::string(rest.substr(0, n))});
      rest.remove_prefix(n);
      continue;
    }
    const size_t close = rest.find('}');
    if (close == absl::string_view::npos) return TemplateError(s.template_, "has an unclosed '{'");
    const absl::string_view name = rest.substr(1, close - 1);
    rest.remove_prefix(close + 1);
    if (name == "org") {
      ++orgs;
      s.parts_.push_back({Kind::kOrg, spec.organisation_code()});
    } else if (name == "yyyy") {
      ++years;
      s.parts_.push_back({Kind::kYear, ""});
    } else if (name == "mm") {
      ++months;
      s.parts_.push_back({Kind::kMonth, ""});
    } else if (name == "#") {
      ++serials;
      s.parts_.push_back({Kind::kSerial, "", 0});
    } else if (!name.empty() && name.find_first_not_of('n') == absl::string_view::npos) {
      ++serials;
      if (name.size() > kMaxSerialDigits) {
        return TemplateError(s.template_, "has a serial wider than 9 digits");
      }
      s.parts_.push_back({Kind::kSerial, "", static_cast<int>(name.size())});
    } else {
      return TemplateError(
          s.template_, absl::StrCat("has an unknown placeholder {", absl::CHexEscape(name), "}"));
    }
  }
  if (years != 1) return TemplateError(s.template_, "must have {yyyy} exactly once");
  if (serials != 1) {
    return TemplateError(s.template_, "must have one serial such as {nnnnn} or {#}");
  }
  if (orgs > 1 || months > 1) return TemplateError(s.template_, "uses a placeholder twice");
  for (size_t i = 0; i < s.parts_.size(); ++i) {
    // Without a literal after it, an unknown code's end could not be found when parsing.
    if (s.parts_[i].kind == Kind::kOrg &&
        (i + 1 == s.parts_.size() || s.parts_[i + 1].kind != Kind::kLiteral)) {
      return TemplateError(s.template_, "needs literal text after {org}");
    }
    // An unpadded serial ends at the first non-digit: digits right after it could not be told
    // apart from its own.
    if (s.parts_[i].kind == Kind::kSerial && s.parts_[i].width == 0 && i + 1 < s.parts_.size() &&
        s.parts_[i + 1].kind != Kind::kLiteral) {
      return TemplateError(s.template_, "needs literal text after {#}");
    }
  }
  s.monthly_ = months == 1;
  return s;
}

absl::StatusOr<std::string> IndexScheme::Format(absl::CivilDay day, int64_t serial) const {
  std::string out;
  for (const Part& p : parts_) {
    switch (p.kind) {
      case Kind::kOrg:
        if (p.literal.empty()) {
          return absl::FailedPreconditionError(
              "index_scheme.organisation_code: empty, but the template has {org}");
        }
        out += p.literal;
        break;
      case Kind::kLiteral:
        out += p.literal;
        break;
      case Kind::kYear:
        absl::StrAppendFormat(&out, "%04d", day.year());
        break;
      case Kind::kMonth:
        absl::StrAppendFormat(&out, "%02d", day.month());
        break;
      case Kind::kSerial: {
        const int width = p.width == 0 ? kMaxSerialDigits : p.width;
        if (serial < 1 || serial >= Power10(width)) {
          return absl::OutOfRangeError(
              absl::StrFormat("%s serial %d does not fit %d digits of the scheme \"%s\"", noun_,
                              serial, width, template_));
        }
        absl::StrAppendFormat(&out, "%0*d", p.width, serial);
        break;
      }
    }
  }
  return out;
}

absl::StatusOr<IndexScheme::Parsed> IndexScheme::Parse(absl::string_view index) const {
  const auto mismatch = [&](absl::string_view why) {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s \"%s\" does not fit the scheme \"%s\": %s", noun_,
                        absl::CHexEscape(index), template_, why));
  };
  Parsed parsed;
  absl::string_view rest = index;
  for (size_t i = 0; i < parts_.size(); ++i) {
    const Part& p = parts_[i];
    int64_t v = 0;
    switch (p.kind) {
      case Kind::kOrg:
        if (p.literal.empty()) {  // any code: up to the literal that follows (Create checked)
          const size_t end = rest.find(parts_[i + 1].literal);
          if (end == 0 || end == absl::string_view::npos) {
            return mismatch("expected an organisation code");
          }
          rest.remove_prefix(end);
          break;
        }
        [[fallthrough]];
      case Kind::kLiteral:
        if (!absl::ConsumePrefix(&rest, p.literal)) {
          return mismatch(absl::StrCat("expected \"", p.literal, "\""));
        }
        break;
      case Kind::kYear:
        if (!TakeDigits(&rest, 4, &v)) return mismatch("expected a 4-digit year");
        parsed.year = static_cast<int>(v);
        break;
      case Kind::kMonth:
        if (!TakeDigits(&rest, 2, &v) || v < 1 || v > 12) return mismatch("expected a month 01-12");
        parsed.month = static_cast<int>(v);
        break;
      case Kind::kSerial:
        if (p.width == 0) {
          if (!TakeSerial(&rest, &v)) return mismatch("expected a serial of 1 to 9 digits");
        } else if (!TakeDigits(&rest, p.width, &v)) {
          return mismatch(absl::StrCat("expected a ", p.width, "-digit serial"));
        }
        parsed.serial = v;
        break;
    }
  }
  if (!rest.empty()) return mismatch("text after the serial");
  return parsed;
}

absl::Status IndexRegistry::Add(absl::string_view index, absl::string_view owner,
                                bool check_scheme) {
  if (index.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("disclosure ", absl::CHexEscape(owner), ": index_number is empty"));
  }
  int period = -1;
  int64_t serial = 0;
  if (check_scheme) {
    absl::StatusOr<IndexScheme::Parsed> parsed = scheme_.Parse(index);
    if (!parsed.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("disclosure ", absl::CHexEscape(owner), ": ", parsed.status().message()));
    }
    period = parsed->year * 100 + parsed->month;
    serial = parsed->serial;
  }
  std::string key(index);
  if (const auto it = owners_.find(key); it != owners_.end()) {
    return absl::AlreadyExistsError(absl::StrFormat(
        "disclosure %s: index_number \"%s\" is already used by disclosure %s",
        absl::CHexEscape(owner), absl::CHexEscape(index), absl::CHexEscape(it->second)));
  }
  // The period's entry first: left behind by a failed insertion below, a highest serial of 0
  // means what no entry means.
  int64_t* highest = period >= 0 ? &highest_serial_[period] : nullptr;
  owners_.emplace(std::move(key), std::string(owner));
  if (highest != nullptr && serial > *highest) *highest = serial;
  return absl::OkStatus();
}

absl::StatusOr<std::string> IndexRegistry::Next(absl::CivilDay day, absl::string_view owner) {
  const int period = static_cast<int>(day.year()) * 100 + (scheme_.monthly() ? day.month() : 0);
  const auto it = highest_serial_.find(period);
  const int64_t next = (it == highest_serial_.end() ? 0 : it->second) + 1;
  ASSIGN_OR_RETURN(std::string index, scheme_.Format(day, next));
  RETURN_IF_ERROR(Add(index, owner));
  return index;
}

}  // namespace gongkai::disclosure
