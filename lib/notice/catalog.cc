#include "notice/catalog.h"

#include "common/embedded.h"

namespace gongkai::notice {
namespace {

constexpr const char* kCatalogTexts[] = {
#include "notices.inc"
};

}  // namespace

const v1::NoticeCatalog& Catalog() {
  static const v1::NoticeCatalog* const catalog = [] {
    auto* c = new v1::NoticeCatalog();
    ParseEmbeddedOrDie(kCatalogTexts[0], c);
    return c;
  }();
  return *catalog;
}

const v1::NoticeKindRule* FindKindRule(v1::NoticeKind kind) {
  for (const v1::NoticeKindRule& rule : Catalog().kinds()) {
    if (rule.kind() == kind) return &rule;
  }
  return nullptr;
}

const v1::NoticeOutcomeRule* FindOutcomeRule(v1::Outcome outcome) {
  for (const v1::NoticeOutcomeRule& rule : Catalog().outcomes()) {
    if (rule.outcome() == outcome) return &rule;
  }
  return nullptr;
}

absl::string_view ElementLabel(absl::string_view name) {
  for (const v1::NoticeElement& element : Catalog().elements()) {
    if (element.name() == name) return element.label();
  }
  return "";
}

absl::string_view FixedText(const v1::NoticeKindRule& rule, absl::string_view element,
                            v1::ConsultationParty party) {
  for (const v1::NoticeFixedText& text : rule.texts()) {
    if (text.element() != element) continue;
    if (text.party() == v1::CONSULTATION_PARTY_UNSPECIFIED || text.party() == party) {
      return text.text();
    }
  }
  return "";
}

bool ReconsiderationFirst(const v1::NoticeOutcomeRule& rule, const v1::NoticeTemplate& t) {
  if (rule.reconsideration_first_open()) {
    for (const v1::NoticeOutcomeTemplate& o : t.outcomes()) {
      if (o.outcome() == rule.outcome() && o.has_reconsideration_first()) {
        return o.reconsideration_first();
      }
    }
  }
  return rule.reconsideration_first();
}

}  // namespace gongkai::notice
