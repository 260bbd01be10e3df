#include "disclosure/counter.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "records.h"

namespace gongkai::disclosure {
namespace {

using testing::D;
using ::testing::HasSubstr;
using testing::Publish;
using testing::Record;

int64_t Cell(const DisclosureCounter& c, const report::Layout& layout, const std::string& key) {
  const std::optional<int> cell = layout.FindCell(key);
  EXPECT_TRUE(cell.has_value()) << key;
  return c.Value(*cell).value_or(-1);
}

DisclosureCounter Counter(int year, const report::Layout& layout) {
  auto c = DisclosureCounter::Create(year, layout, calendar::Calendar::National());
  EXPECT_TRUE(c.ok()) << c.status();
  return *std::move(c);
}

// Five normative documents around 2025: issued before and in the year, repealed in it, after.
std::vector<v1::Disclosure> Normative() {
  std::vector<v1::Disclosure> out;
  v1::Disclosure old = Record("old", D(2023, 5, 4), v1::DOCUMENT_KIND_NORMATIVE_DOCUMENT);
  *old.mutable_written() = D(2023, 5, 4);
  Publish(&old, v1::PUBLICATION_CHANNEL_PORTAL, D(2023, 5, 10));
  out.push_back(old);
  v1::Disclosure repealed = old;
  repealed.set_id("repealed");
  *repealed.mutable_repealed() = D(2025, 7, 1);
  out.push_back(repealed);
  v1::Disclosure fresh = Record("fresh", D(2025, 3, 3), v1::DOCUMENT_KIND_NORMATIVE_DOCUMENT);
  *fresh.mutable_written() = D(2025, 3, 3);
  Publish(&fresh, v1::PUBLICATION_CHANNEL_PORTAL, D(2025, 3, 10));
  Publish(&fresh, v1::PUBLICATION_CHANNEL_GAZETTE, D(2025, 4, 1));
  v1::Companion* c = fresh.add_companions();
  c->set_kind(v1::COMPANION_KIND_INTERPRETATION);
  v1::Publication* p = c->add_publications();
  p->set_channel(v1::PUBLICATION_CHANNEL_PORTAL);
  *p->mutable_date() = D(2025, 3, 10);
  out.push_back(fresh);
  v1::Disclosure rule = Record("rule", D(2025, 8, 1), v1::DOCUMENT_KIND_RULE);
  Publish(&rule, v1::PUBLICATION_CHANNEL_PORTAL, D(2025, 9, 30));  // late: due 2025-08-29
  out.push_back(rule);
  v1::Disclosure next = Record("next", D(2026, 1, 5), v1::DOCUMENT_KIND_NORMATIVE_DOCUMENT);
  out.push_back(next);
  v1::Disclosure unpublished = Record("unpublished", D(2025, 11, 3));  // due 2025-12-01
  out.push_back(unpublished);
  return out;
}

TEST(DisclosureCounter, Table2Item1In2021Layout) {
  const report::Layout& layout = **report::FindLayout("2021");
  DisclosureCounter c = Counter(2025, layout);
  for (const v1::Disclosure& r : Normative()) ASSERT_TRUE(c.Add(r).ok()) << r.id();
  EXPECT_EQ(Cell(c, layout, "t2.item1.normative_documents.issued"), 1);
  EXPECT_EQ(Cell(c, layout, "t2.item1.normative_documents.repealed"), 1);
  EXPECT_EQ(Cell(c, layout, "t2.item1.normative_documents.in_force"), 2);  // old, fresh
  EXPECT_EQ(Cell(c, layout, "t2.item1.rules.issued"), 1);
  EXPECT_EQ(Cell(c, layout, "t2.item1.rules.in_force"), 1);
  EXPECT_EQ(c.derived_cells().size(), 6u);
  EXPECT_FALSE(c.Value(*layout.FindCell("t2.item5.licensing.decisions")).has_value());
}

TEST(DisclosureCounter, Table2Item1In2019Layout) {
  const report::Layout& layout = **report::FindLayout("2019");
  DisclosureCounter c = Counter(2020, layout);
  std::vector<v1::Disclosure> records = Normative();
  for (v1::Disclosure& r : records) {
    // Shift the story back five years onto the 2019 layout's years.
    for (v1::Date* d : {r.mutable_generated(), r.mutable_written(), r.mutable_repealed()}) {
      if (d->year() != 0) d->set_year(d->year() - 5);
    }
    for (v1::Publication& p : *r.mutable_publications())
      p.mutable_date()->set_year(p.date().year() - 5);
    for (v1::Companion& comp : *r.mutable_companions()) {
      for (v1::Publication& p : *comp.mutable_publications())
        p.mutable_date()->set_year(p.date().year() - 5);
    }
    if (r.written().year() == 0) r.clear_written();
    if (r.repealed().year() == 0) r.clear_repealed();
    ASSERT_TRUE(c.Add(r).ok()) << r.id();
  }
  EXPECT_EQ(Cell(c, layout, "t2.item1.normative_documents.made"), 1);
  EXPECT_EQ(Cell(c, layout, "t2.item1.normative_documents.published"), 1);
  EXPECT_EQ(Cell(c, layout, "t2.item1.normative_documents.published_total"), 3);
  EXPECT_EQ(Cell(c, layout, "t2.item1.rules.made"), 1);
}

TEST(DisclosureCounter, HeadlineCountsItemsChannelsLateAndOverdue) {
  const report::Layout& layout = **report::FindLayout("2021");
  DisclosureCounter c = Counter(2025, layout);
  for (const v1::Disclosure& r : Normative()) ASSERT_TRUE(c.Add(r).ok());
  v1::Headline h;
  c.AddToHeadline(&h);
  EXPECT_EQ(h.documents_published(), 2);        // fresh, rule
  EXPECT_EQ(h.interpretations_published(), 1);  // fresh's 政策解读
  EXPECT_EQ(h.items_published(), 3);
  EXPECT_EQ(h.late_publications(), 1);    // rule
  EXPECT_EQ(h.overdue_at_year_end(), 1);  // unpublished
  ASSERT_EQ(h.channels_size(), 2);
  EXPECT_EQ(h.channels(0).channel(), v1::PUBLICATION_CHANNEL_PORTAL);
  EXPECT_EQ(h.channels(0).publications(), 3);
  EXPECT_EQ(h.channels(1).publications(), 1);
}

TEST(DisclosureCounter, MergeOfShardsEqualsOneCounter) {
  const report::Layout& layout = **report::FindLayout("2021");
  DisclosureCounter all = Counter(2025, layout), a = Counter(2025, layout),
                    b = Counter(2025, layout);
  const std::vector<v1::Disclosure> records = Normative();
  for (size_t i = 0; i < records.size(); ++i) {
    ASSERT_TRUE(all.Add(records[i]).ok());
    ASSERT_TRUE((i % 2 ? a : b).Add(records[i]).ok());
  }
  ASSERT_TRUE(a.Merge(b).ok());
  for (int cell : all.derived_cells()) EXPECT_EQ(all.Value(cell), a.Value(cell));
  v1::Headline h1, h2;
  all.AddToHeadline(&h1);
  a.AddToHeadline(&h2);
  EXPECT_EQ(h1.SerializeAsString(), h2.SerializeAsString());
  EXPECT_EQ(a.Merge(Counter(2024, layout)).code(), absl::StatusCode::kInvalidArgument);
}

TEST(DisclosureCounter, BadRecordsCountNothing) {
  const report::Layout& layout = **report::FindLayout("2021");
  DisclosureCounter c = Counter(2025, layout);
  struct Case {
    const char* what;
    void (*mutate)(v1::Disclosure*);
    const char* message;
  };
  const Case cases[] = {
      {"no id", [](v1::Disclosure* r) { r->clear_id(); }, "id: empty"},
      {"kind", [](v1::Disclosure* r) { r->set_kind(static_cast<v1::DocumentKind>(9)); }, "kind"},
      {"attribute",
       [](v1::Disclosure* r) { r->set_attribute(static_cast<v1::PublicAttribute>(7)); },
       "attribute"},
      {"item", [](v1::Disclosure* r) { r->set_article20_item(16); }, "article20_item"},
      {"written", [](v1::Disclosure* r) { r->mutable_written()->set_year(2025); }, "written"},
      {"repealed",
       [](v1::Disclosure* r) {
         *r->mutable_written() = D(2025, 4, 1);
         *r->mutable_repealed() = D(2025, 3, 1);
       },
       "repealed: before written"},
      {"channel",
       [](v1::Disclosure* r) { Publish(r, v1::PUBLICATION_CHANNEL_UNSPECIFIED, D(2025, 4, 1)); },
       "publications[0].channel"},
      {"companion", [](v1::Disclosure* r) { r->add_companions(); }, "companions[0].kind"},
  };
  for (const Case& k : cases) {
    v1::Disclosure r = Record("bad", D(2025, 3, 3), v1::DOCUMENT_KIND_RULE);
    k.mutate(&r);
    const auto added = c.Add(r);
    EXPECT_EQ(added.status().code(), absl::StatusCode::kInvalidArgument) << k.what;
    EXPECT_THAT(added.status().message(), HasSubstr(k.message)) << k.what;
  }
  EXPECT_EQ(c.records(), 0);
  EXPECT_EQ(Cell(c, layout, "t2.item1.rules.issued"), 0);
}

}  // namespace
}  // namespace gongkai::disclosure
