#include "report/decimal.h"

#include <cstdint>

#include "gtest/gtest.h"

namespace gongkai::report {
namespace {

TEST(Decimal, ParsesAndFormatsKeepingTheScale) {
  for (const char* text : {"0", "12", "-3", "12.5", "3021.4567", "0.000001", "12.50", "-0.25"}) {
    auto d = Parse(text);
    ASSERT_TRUE(d.ok()) << text << ": " << d.status();
    EXPECT_EQ(Format(*d), text);
  }
  EXPECT_EQ(Format(*Parse("+4")), "4");
  EXPECT_EQ(Parse("3021.4567")->units, 30214567);
  EXPECT_EQ(Parse("3021.4567")->scale, 4);
}

TEST(Decimal, RejectsWhatIsNotANumber) {
  for (const char* text : {"", "-", "1.", ".5", "1..2", "1e3", "١٢", "12 ", "0x10", "1,000"}) {
    auto d = Parse(text);
    EXPECT_FALSE(d.ok()) << text;
    EXPECT_EQ(d.status().code(), absl::StatusCode::kInvalidArgument) << text;
  }
  EXPECT_EQ(Parse("1.1234567").status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(Parse("9223372036854775808").status().code(), absl::StatusCode::kOutOfRange);
  EXPECT_EQ(Parse("99999999999999999999999").status().code(), absl::StatusCode::kOutOfRange);
  EXPECT_TRUE(Parse("-9223372036854775808").ok());
  EXPECT_EQ(Format(*Parse("-9223372036854775808")), "-9223372036854775808");
}

TEST(Decimal, AddsAtTheLargerScale) {
  auto sum = Add(Dec{125, 1}, Dec{3, 0});  // 12.5 + 3
  ASSERT_TRUE(sum.ok());
  EXPECT_EQ(Format(*sum), "15.5");
  EXPECT_EQ(Format(*Subtract(Dec{1, 2}, Dec{1, 0})), "-0.99");
  EXPECT_EQ(Compare(Dec{150, 2}, Dec{15, 1}), 0);
  EXPECT_EQ(Compare(Dec{-1, 0}, Dec{1, 6}), -1);
}

TEST(Decimal, SumsNeverWrap) {
  EXPECT_EQ(Add(Dec{INT64_MAX, 0}, Dec{1, 0}).status().code(), absl::StatusCode::kOutOfRange);
  EXPECT_EQ(Subtract(Dec{INT64_MIN, 0}, Dec{1, 0}).status().code(), absl::StatusCode::kOutOfRange);
  // Rescaling can overflow too: 2^62 at scale 0 is beyond 64 bits at scale 6.
  EXPECT_EQ(Add(Dec{int64_t{1} << 62, 0}, Dec{1, 6}).status().code(),
            absl::StatusCode::kOutOfRange);
}

}  // namespace
}  // namespace gongkai::report
