// FingerprintSet against std::set, the same operations in the same order.
#include "common/fingerprint_set.h"

#include <random>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "gtest/gtest.h"

namespace gongkai {
namespace {

TEST(FingerprintSet, BehavesAsASetOfItsFingerprints) {
  for (uint32_t seed = 0; seed < 20; ++seed) {
    SCOPED_TRACE(seed);
    std::mt19937_64 random(seed);
    FingerprintSet set;
    std::set<uint64_t> model;
    // Few distinct values for some seeds, so that erasing and re-adding hit long probe runs;
    // 0 and 1 are one value in the set (0 is stored as 1), so the model says so too.
    const uint64_t range = seed % 2 == 0 ? 3000 : ~uint64_t{0};
    auto canonical = [](uint64_t v) { return v == 0 ? 1 : v; };
    for (int step = 0; step < 20000; ++step) {
      const uint64_t v = random() % range;
      switch (random() % 4) {
        case 0:
        case 1:
          ASSERT_EQ(set.Insert(v), model.insert(canonical(v)).second);
          break;
        case 2:
          set.Erase(v);
          model.erase(canonical(v));
          break;
        case 3:
          ASSERT_EQ(set.Contains(v), model.count(canonical(v)) == 1);
          break;
      }
      ASSERT_EQ(set.size(), model.size());
    }
    EXPECT_EQ(set.Sorted(), std::vector<uint64_t>(model.begin(), model.end()));
    for (const uint64_t v : model) set.Erase(v);
    EXPECT_EQ(set.size(), 0u);
    EXPECT_TRUE(set.Sorted().empty());
  }
}

// The fingerprints are part of what makes a result: the same on every machine and run.
TEST(FingerprintSet, FingerprintsArePinned) {
  EXPECT_EQ(FingerprintSet::Of(""), FingerprintSet::Of(std::string()));
  EXPECT_NE(FingerprintSet::Of(""), FingerprintSet::Of(std::string(1, '\0')));
  EXPECT_NE(FingerprintSet::Of("abcdefgh"), FingerprintSet::Of(std::string("abcdefgh\0", 9)));
  EXPECT_EQ(absl::StrFormat("%016x", FingerprintSet::Of("")), "48218226ff3cd4bf");
  EXPECT_EQ(absl::StrFormat("%016x", FingerprintSet::Of("11110105MB0000000X/2025-00001")),
            "fb20f34b1afcb37d");
}

// Index numbers of one shape, a serial apart, as real ones are: no two of a million collide.
TEST(FingerprintSet, NoCollisionAmongAMillionIndexNumbers) {
  FingerprintSet set;
  for (int i = 0; i < 1000000; ++i) {
    ASSERT_TRUE(set.Insert(FingerprintSet::Of(
        absl::StrFormat("11110105MB0000000X/%04d-%05d", 2019 + i / 100000, i % 100000))))
        << i;
  }
  EXPECT_EQ(set.size(), 1000000u);
}

}  // namespace
}  // namespace gongkai
