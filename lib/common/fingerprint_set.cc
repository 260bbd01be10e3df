#include "common/fingerprint_set.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace gongkai {
namespace {

// splitmix64's finalizer: every input bit reaches every output bit.
uint64_t Mix(uint64_t x) {
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

}  // namespace

uint64_t FingerprintSet::Of(absl::string_view s) {
  // Eight bytes at a time, each word mixed into the running state, the length last so that
  // trailing zero bytes count. Little-endian loads: big-endian machines would need a swap to
  // give the same fingerprints (only x86-64 and arm64 are built, docs/platforms.md).
  uint64_t h = 0x9e3779b97f4a7c15ULL;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) h = Mix(h ^ Load64(s.data() + i));
  uint64_t tail = 0;
  if (i < s.size()) std::memcpy(&tail, s.data() + i, s.size() - i);  // never from a null view
  h = Mix(h ^ tail);
  return Mix(h ^ s.size());
}

bool FingerprintSet::Contains(uint64_t fingerprint) const {
  const uint64_t stored = Stored(fingerprint);
  const Segment& s = SegmentOf(stored);
  if (s.slots.empty()) return false;
  for (size_t i = Home(s, stored);; i = i + 1 == s.slots.size() ? 0 : i + 1) {
    if (s.slots[i] == stored) return true;
    if (s.slots[i] == kEmpty) return false;
  }
}

void FingerprintSet::Grow(Segment& s) {
  std::vector<uint64_t> old(std::max<size_t>(16, s.slots.size() + s.slots.size() / 2), kEmpty);
  old.swap(s.slots);  // the only allocation is above: from here on nothing can fail
  for (const uint64_t stored : old) {
    if (stored == kEmpty) continue;
    size_t i = Home(s, stored);
    while (s.slots[i] != kEmpty) i = i + 1 == s.slots.size() ? 0 : i + 1;
    s.slots[i] = stored;
  }
}

bool FingerprintSet::Insert(uint64_t fingerprint) {
  const uint64_t stored = Stored(fingerprint);
  Segment& s = SegmentOf(stored);
  // Grown first, when the insertion might fill it past 4/5, so that one probe both looks for
  // the fingerprint and finds its slot (growing a set that then gains nothing is harmless).
  if ((s.used + 1) * 5 > s.slots.size() * 4) Grow(s);
  size_t i = Home(s, stored);
  for (; s.slots[i] != kEmpty; i = i + 1 == s.slots.size() ? 0 : i + 1) {
    if (s.slots[i] == stored) return false;
  }
  s.slots[i] = stored;
  ++s.used;
  ++size_;
  return true;
}

void FingerprintSet::Erase(uint64_t fingerprint) noexcept {
  const uint64_t stored = Stored(fingerprint);
  Segment& s = SegmentOf(stored);
  if (s.slots.empty()) return;
  const size_t n = s.slots.size();
  size_t hole = Home(s, stored);
  while (s.slots[hole] != stored) {
    if (s.slots[hole] == kEmpty) return;
    hole = hole + 1 == n ? 0 : hole + 1;
  }
  // Backward shift: move up each later entry of the run whose home is not between the hole and
  // it, so that every lookup still finds its entry before an empty slot.
  for (size_t j = hole + 1 == n ? 0 : hole + 1; s.slots[j] != kEmpty; j = j + 1 == n ? 0 : j + 1) {
    const size_t home = Home(s, s.slots[j]);
    const bool stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
    if (stays) continue;
    s.slots[hole] = s.slots[j];
    hole = j;
  }
  s.slots[hole] = kEmpty;
  --s.used;
  --size_;
}

std::vector<uint64_t> FingerprintSet::Sorted() const {
  std::vector<uint64_t> all;
  all.reserve(size_);
  for (const Segment& s : segments_) {
    for (const uint64_t stored : s.slots) {
      if (stored != kEmpty) all.push_back(stored);
    }
  }
  std::sort(all.begin(), all.end());
  return all;
}

}  // namespace gongkai
