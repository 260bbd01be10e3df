#include "registry/cells.h"

#include <cstdint>

#include "absl/strings/str_cat.h"
#include "common/coding.h"
#include "common/status_macros.h"
#include "report/layout.h"

namespace gongkai::registry {

std::string EncodeCells(const report::Figures& f,
                        const google::protobuf::RepeatedPtrField<std::string>& member_ids) {
  std::string out;
  const std::string& id = f.layout->id();
  PutVarint64(&out, id.size());
  out.append(id);
  for (size_t c = 0; c < f.values.size(); ++c) {
    const uint8_t flags = static_cast<uint8_t>((f.present[c] ? 1 : 0) | (f.units[c] & 3) << 1 |
                                               (f.values[c].scale & 7) << 3);
    out.push_back(static_cast<char>(flags));
    if (!f.present[c]) continue;
    const int64_t v = f.values[c].units;
    PutVarint64(&out, (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
  }
  PutVarint64(&out, static_cast<uint64_t>(member_ids.size()));
  for (const std::string& id : member_ids) {
    PutVarint64(&out, id.size());
    out.append(id);
  }
  return out;
}

absl::Status DecodeCells(absl::string_view blob, report::Figures* f,
                         std::vector<std::string>* member_ids) {
  const auto* p = reinterpret_cast<const uint8_t*>(blob.data());
  const uint8_t* limit = p + blob.size();
  auto damaged = [](absl::string_view what) {
    return absl::DataLossError(absl::StrCat("compact cells: ", what));
  };
  uint64_t length = 0;
  p = GetVarint64Ptr(p, limit, &length);
  if (p == nullptr || length > static_cast<uint64_t>(limit - p)) return damaged("no layout id");
  const absl::string_view id(reinterpret_cast<const char*>(p), length);
  p += length;
  if (f->layout == nullptr || f->layout->id() != id) {
    ASSIGN_OR_RETURN(f->layout, report::FindLayout(id));
  }
  const size_t n = f->layout->cells().size();
  f->values.resize(n);
  f->present.resize(n);
  f->units.resize(n);
  for (size_t c = 0; c < n; ++c) {
    if (p >= limit) return damaged("too short");
    const uint8_t flags = *p++;
    f->present[c] = flags & 1;
    f->units[c] = static_cast<v1::MoneyUnit>(flags >> 1 & 3);
    int64_t units = 0;
    if (flags & 1) {
      uint64_t z = 0;
      p = GetVarint64Ptr(p, limit, &z);
      if (p == nullptr) return damaged("a value does not end");
      units = static_cast<int64_t>(z >> 1) ^ -static_cast<int64_t>(z & 1);
    }
    f->values[c] = report::Dec{units, flags >> 3 & 7};
  }
  uint64_t members = 0;
  p = GetVarint64Ptr(p, limit, &members);
  if (p == nullptr || members > static_cast<uint64_t>(limit - p)) return damaged("no members");
  if (member_ids != nullptr) member_ids->clear();
  for (uint64_t m = 0; m < members; ++m) {
    p = GetVarint64Ptr(p, limit, &length);
    if (p == nullptr || length > static_cast<uint64_t>(limit - p)) return damaged("a member id");
    if (member_ids != nullptr) member_ids->emplace_back(reinterpret_cast<const char*>(p), length);
    p += length;
  }
  if (p != limit) return damaged("bytes after the members");
  return absl::OkStatus();
}

}  // namespace gongkai::registry
