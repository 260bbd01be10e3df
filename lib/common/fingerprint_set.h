// A set of strings kept only as 64-bit fingerprints, 8 bytes each: for checking that ids are
// unique over millions of records in flat memory (the annual builder's 索引号 check), where a
// set of the strings themselves would grow by a hundred bytes and more a record.
//
// Two different strings share a fingerprint with probability about n²/2^65 among n strings
// (3·10^-7 at 3.5 million); such a pair counts as one string. Fingerprints are the same on
// every platform and in every run, so a result never depends on the process.
#ifndef GONGKAI_LIB_COMMON_FINGERPRINT_SET_H_
#define GONGKAI_LIB_COMMON_FINGERPRINT_SET_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"

namespace gongkai {

class FingerprintSet {
 public:
  static uint64_t Of(absl::string_view s);

  // Adds `fingerprint`; false when it is there already. On std::bad_alloc nothing changed.
  bool Insert(uint64_t fingerprint);
  bool Contains(uint64_t fingerprint) const;
  // Takes out `fingerprint`, if there. Allocates nothing: it undoes an Insert while an
  // exception unwinds.
  void Erase(uint64_t fingerprint) noexcept;
  size_t size() const { return size_; }
  // Every fingerprint, in an order that depends only on the set's contents.
  std::vector<uint64_t> Sorted() const;

 private:
  // Segments by the fingerprint's top bits, each grown alone by half again when 4/5 full: the
  // set stays between about 53% and 80% full, and growing never holds two copies of it all.
  static constexpr int kSegmentBits = 6;
  struct Segment {
    std::vector<uint64_t> slots;  // kEmpty or a stored fingerprint; linear probing
    size_t used = 0;
  };
  static constexpr uint64_t kEmpty = 0;
  // 0 marks an empty slot: the one fingerprint that is 0 is stored as 1, sharing it.
  static uint64_t Stored(uint64_t fingerprint) { return fingerprint == kEmpty ? 1 : fingerprint; }
  static size_t Home(const Segment& s, uint64_t stored) {
    // The low bits (the top ones chose the segment) scaled onto any size, not only powers of 2.
    return static_cast<size_t>(
        (static_cast<unsigned __int128>(stored << kSegmentBits) * s.slots.size()) >> 64);
  }
  static void Grow(Segment& s);
  Segment& SegmentOf(uint64_t stored) { return segments_[stored >> (64 - kSegmentBits)]; }
  const Segment& SegmentOf(uint64_t stored) const {
    return segments_[stored >> (64 - kSegmentBits)];
  }

  std::array<Segment, size_t{1} << kSegmentBits> segments_;
  size_t size_ = 0;
};

}  // namespace gongkai

#endif  // GONGKAI_LIB_COMMON_FINGERPRINT_SET_H_
