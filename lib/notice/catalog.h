// The catalogue of notices (data/notices.textproto, embedded): what the law asks of each kind
// and of the reply for each outcome. Code walks it; no statutory wording lives elsewhere.
#ifndef GONGKAI_LIB_NOTICE_CATALOG_H_
#define GONGKAI_LIB_NOTICE_CATALOG_H_

#include "absl/strings/string_view.h"
#include "gongkai/v1/notice.pb.h"

namespace gongkai::notice {

// The embedded catalogue, parsed once.
const v1::NoticeCatalog& Catalog();

// The rule of `kind`, or nullptr for a kind the catalogue lacks.
const v1::NoticeKindRule* FindKindRule(v1::NoticeKind kind);
// The reply rule of `outcome`, or nullptr.
const v1::NoticeOutcomeRule* FindOutcomeRule(v1::Outcome outcome);
// The label of element `name` ("补正期限的最后一日"), or "" if there is no such element.
absl::string_view ElementLabel(absl::string_view name);
// The statutory text of `element` in `rule` for `party` (a text for any party matches too), or
// "" if the rule words no such element.
absl::string_view FixedText(const v1::NoticeKindRule& rule, absl::string_view element,
                            v1::ConsultationParty party = v1::CONSULTATION_PARTY_UNSPECIFIED);

// Whether a reply with `rule`'s outcome tells the applicant to seek reconsideration first: the
// template's choice where the law leaves it open, else the catalogue's.
bool ReconsiderationFirst(const v1::NoticeOutcomeRule& rule, const v1::NoticeTemplate& t);

}  // namespace gongkai::notice

#endif  // GONGKAI_LIB_NOTICE_CATALOG_H_
