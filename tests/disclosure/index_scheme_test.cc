#include "disclosure/index_scheme.h"

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::disclosure {
namespace {

using ::testing::HasSubstr;

IndexScheme Scheme(const std::string& tmpl, const std::string& org) {
  v1::IndexScheme spec;
  spec.set_template_(tmpl);
  spec.set_organisation_code(org);
  absl::StatusOr<IndexScheme> s = IndexScheme::Create(spec);
  EXPECT_TRUE(s.ok()) << s.status();
  return *s;
}

TEST(IndexScheme, DefaultShapeFormatsAndParses) {
  const IndexScheme s = Scheme("", "0142768-8");
  EXPECT_EQ(s.text(), "{org}/{yyyy}-{nnnnn}");
  EXPECT_EQ(*s.Format(absl::CivilDay(2022, 3, 4), 185), "0142768-8/2022-00185");
  const auto parsed = s.Parse("0142768-8/2022-00185");
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->year, 2022);
  EXPECT_EQ(parsed->month, 0);
  EXPECT_EQ(parsed->serial, 185);
}

TEST(IndexScheme, MonthlyShapeOfTheSpec) {
  const IndexScheme s = Scheme("{org}/{yyyy}{mm}-{nnnnn}", "11341702486344515H");
  EXPECT_TRUE(s.monthly());
  EXPECT_EQ(*s.Format(absl::CivilDay(2021, 10, 9), 13), "11341702486344515H/202110-00013");
  const auto parsed = s.Parse("11341702486344515H/202110-00013");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->month, 10);
  EXPECT_EQ(parsed->serial, 13);
}

TEST(IndexScheme, EmptyCodeParsesAnyCodeButCannotFormat) {
  const IndexScheme s = Scheme("", "");
  EXPECT_TRUE(s.Parse("ABC-1/2024-00001").ok());
  EXPECT_FALSE(s.Parse("/2024-00001").ok());
  EXPECT_EQ(s.Format(absl::CivilDay(2024, 1, 1), 1).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST(IndexScheme, RejectsIndexesThatDoNotFit) {
  const IndexScheme s = Scheme("{org}/{yyyy}{mm}-{nnnnn}", "ORG");
  for (const char* bad : {"ORG/202113-00001", "ORG/2021-00001", "ORG/202101-0001",
                          "ORG/202101-000012", "XRG/202101-00001", "ORG/20210100001", ""}) {
    const auto parsed = s.Parse(bad);
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument) << bad;
    EXPECT_THAT(parsed.status().message(), HasSubstr("does not fit the scheme")) << bad;
  }
}

TEST(IndexScheme, BadTemplatesNameTheField) {
  for (const char* bad :
       {"{org}/{yyyy}", "{org}-{nnnnn}", "{org}/{yyyy}-{nnnnn}-{nnn}", "{org}/{yyyy}-{x}",
        "{org}/{yyyy}-{nnnnn", "{org}}{yyyy}-{nn}", "{yyyy}{org}{nnnnn}",
        "{org}/{yyyy}-{nnnnnnnnnn}", "{mm}{mm}{org}/{yyyy}-{nn}"}) {
    v1::IndexScheme spec;
    spec.set_template_(bad);
    spec.set_organisation_code("ORG");
    const auto s = IndexScheme::Create(spec);
    EXPECT_EQ(s.status().code(), absl::StatusCode::kInvalidArgument) << bad;
    EXPECT_THAT(s.status().message(), HasSubstr("index_scheme.template")) << bad;
  }
}

TEST(IndexScheme, SerialOutOfRange) {
  const IndexScheme s = Scheme("{org}/{yyyy}-{nn}", "ORG");
  EXPECT_TRUE(s.Format(absl::CivilDay(2024, 1, 1), 99).ok());
  EXPECT_EQ(s.Format(absl::CivilDay(2024, 1, 1), 100).status().code(),
            absl::StatusCode::kOutOfRange);
  EXPECT_EQ(s.Format(absl::CivilDay(2024, 1, 1), 0).status().code(), absl::StatusCode::kOutOfRange);
}

TEST(IndexScheme, UnpaddedSerialOfADocumentNumber) {
  v1::IndexScheme spec;
  spec.set_template_("临政依申〔{yyyy}〕{#}号");
  const auto s = IndexScheme::Create(spec, "template.number_template", "文号");
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ(*s->Format(absl::CivilDay(2025, 3, 28), 7), "临政依申〔2025〕7号");
  EXPECT_EQ(*s->Format(absl::CivilDay(2025, 3, 28), 123456789), "临政依申〔2025〕123456789号");
  const auto too_big = s->Format(absl::CivilDay(2025, 3, 28), 1000000000);
  EXPECT_EQ(too_big.status().code(), absl::StatusCode::kOutOfRange);
  EXPECT_THAT(too_big.status().message(), HasSubstr("文号 serial"));
  const auto parsed = s->Parse("临政依申〔2025〕18号");
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->serial, 18);
  for (const char* bad :
       {"临政依申〔2025〕号", "临政依申〔2025〕018号", "临政依申〔2025〕1234567890号"}) {
    EXPECT_THAT(s->Parse(bad).status().message(), HasSubstr("文号")) << bad;
  }
  // Digits right after {#} could not be told from the serial's own.
  spec.set_template_("{yyyy}{#}{mm}");
  const auto ambiguous = IndexScheme::Create(spec, "template.number_template", "文号");
  EXPECT_THAT(ambiguous.status().message(), HasSubstr("template.number_template"));
  EXPECT_THAT(ambiguous.status().message(), HasSubstr("needs literal text after {#}"));
}

TEST(IndexRegistry, RefusesDuplicatesNamingBothRecords) {
  IndexRegistry r(Scheme("", "ORG"));
  ASSERT_TRUE(r.Add("ORG/2024-00001", "doc-1").ok());
  const absl::Status dup = r.Add("ORG/2024-00001", "doc-2");
  EXPECT_EQ(dup.code(), absl::StatusCode::kAlreadyExists);
  EXPECT_THAT(dup.message(), HasSubstr("doc-2"));
  EXPECT_THAT(dup.message(), HasSubstr("doc-1"));
  EXPECT_EQ(r.size(), 1u);
  EXPECT_EQ(r.Add("", "doc-3").code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(r.Add("ORG/24-1", "doc-4").code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(r.size(), 1u);
}

TEST(IndexRegistry, NextContinuesThePeriodsHighestSerial) {
  IndexRegistry r(Scheme("{org}/{yyyy}{mm}-{nnn}", "ORG"));
  ASSERT_TRUE(r.Add("ORG/202403-007", "old").ok());
  EXPECT_EQ(*r.Next(absl::CivilDay(2024, 3, 15), "a"), "ORG/202403-008");
  EXPECT_EQ(*r.Next(absl::CivilDay(2024, 3, 16), "b"), "ORG/202403-009");
  EXPECT_EQ(*r.Next(absl::CivilDay(2024, 4, 1), "c"), "ORG/202404-001");
  EXPECT_EQ(r.size(), 4u);
}

TEST(IndexRegistry, NextFailsWhenThePeriodIsFull) {
  IndexRegistry r(Scheme("{org}/{yyyy}-{n}", "ORG"));
  ASSERT_TRUE(r.Add("ORG/2024-9", "last").ok());
  EXPECT_EQ(r.Next(absl::CivilDay(2024, 5, 1), "x").status().code(), absl::StatusCode::kOutOfRange);
  EXPECT_EQ(r.size(), 1u);
}

TEST(IndexRegistry, MergeReportsDuplicatesInSortedOrder) {
  IndexRegistry a(Scheme("", "ORG")), b(Scheme("", "ORG"));
  ASSERT_TRUE(a.Add("ORG/2024-00002", "a2").ok());
  ASSERT_TRUE(a.Add("ORG/2024-00001", "a1").ok());
  ASSERT_TRUE(b.Add("ORG/2024-00002", "b2").ok());
  ASSERT_TRUE(b.Add("ORG/2024-00001", "b1").ok());
  ASSERT_TRUE(b.Add("ORG/2024-00009", "b9").ok());
  std::vector<std::string> seen;
  a.Merge(b, [&](absl::string_view index, absl::string_view here, absl::string_view there) {
    seen.push_back(absl::StrCat(index, " ", here, " ", there));
  });
  EXPECT_THAT(seen, ::testing::ElementsAre("ORG/2024-00001 a1 b1", "ORG/2024-00002 a2 b2"));
  EXPECT_EQ(a.size(), 3u);
  EXPECT_EQ(*a.Next(absl::CivilDay(2024, 6, 1), "n"), "ORG/2024-00010");
}

}  // namespace
}  // namespace gongkai::disclosure
