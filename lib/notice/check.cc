// CheckNoticeText: a notice written elsewhere against the notice the case composes. The text is
// read by heuristics (check_text.h), deterministic and documented there: dates as 年月日, the
// 条例's citations, the remedy's phrases. Findings name elements and quote only dates and
// citations, never the applicant or the request.
#include <set>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/status_macros.h"
#include "common/utf8.h"
#include "notice/catalog.h"
#include "notice/check_text.h"
#include "notice/notice.h"
#include "notice/text.h"

namespace gongkai::notice {
namespace {

void Placeholder(std::string* value, absl::string_view name) {
  if (!value->empty()) return;
  const absl::string_view label = ElementLabel(name);
  *value = absl::StrCat("（", label.empty() ? name : label, "）");
}

// `request` with placeholders for what only the wording needs (the agency, the 复议机关, the
// details, the applicant's name, the request): the text is written, so no template is needed.
v1::NoticeRequest Completed(const v1::NoticeRequest& request) {
  v1::NoticeRequest r = request;
  r.set_format(v1::NOTICE_FORMAT_TEXT);
  v1::NoticeTemplate* t = r.mutable_template_();
  Placeholder(t->mutable_agency_name(), "agency");
  Placeholder(t->mutable_reconsideration_body(), "reconsideration_body");
  v1::NoticeDetails* d = r.mutable_details();
  if (d->correction_items().empty()) d->add_correction_items();
  for (std::string& item : *d->mutable_correction_items()) Placeholder(&item, "correction_items");
  const google::protobuf::Descriptor* desc = d->GetDescriptor();
  for (int i = 0; i < desc->field_count(); ++i) {
    const google::protobuf::FieldDescriptor* f = desc->field(i);
    if (f->is_repeated() || f->type() != google::protobuf::FieldDescriptor::TYPE_STRING) continue;
    std::string value = d->GetReflection()->GetString(*d, f);
    Placeholder(&value, f->name());
    d->GetReflection()->SetString(d, f, value);
  }
  v1::Application* a = r.mutable_application();
  if (a->applicant().organisation().empty()) {
    Placeholder(a->mutable_applicant()->mutable_name(), "applicant");
  }
  Placeholder(a->mutable_request(), "request");
  return r;
}

class Checker {
 public:
  Checker(absl::string_view text, const v1::Notice& expected, const v1::NoticeRequest& request,
          v1::NoticeCheck* out)
      : text_(text),
        expected_(expected),
        app_(request.application()),
        template_(request.template_()),
        out_(out) {}

  void Dates();
  void Articles();
  void Remedy();

 private:
  void Add(absl::string_view code, absl::string_view element, absl::string_view expected,
           absl::string_view found, std::string message) {
    v1::NoticeFinding* f = out_->add_findings();
    f->set_code(std::string(code));
    f->set_element(std::string(element));
    f->set_expected(std::string(expected));
    f->set_found(std::string(found));
    f->set_message(std::move(message));
  }
  void Know(const v1::Date& date) {
    if (absl::StatusOr<absl::CivilDay> day = calendar::FromProto(date, "date"); day.ok()) {
      known_.insert(*day);
    }
  }

  absl::string_view text_;
  const v1::Notice& expected_;
  const v1::Application& app_;
  const v1::NoticeTemplate& template_;
  v1::NoticeCheck* out_;
  std::set<absl::CivilDay> known_;
};

void Checker::Dates() {
  const std::vector<WrittenDate> found = FindDates(text_);
  std::set<absl::CivilDay> stated;
  for (const WrittenDate& d : found) stated.insert(d.day);
  for (const v1::NoticeDate& d : expected_.dates()) {
    Know(d.date());
    absl::StatusOr<absl::CivilDay> day = calendar::FromProto(d.date(), "date");
    if (!day.ok() || !absl::EndsWith(d.element(), "_due") || stated.count(*day) != 0) continue;
    const std::string want = ChineseDate(*day);
    Add("missing-date", d.element(), want, "",
        absl::StrCat(d.element(), ": the text does not state ", want,
                     ", the date the case engine computes"));
  }
  // Also the case's own dates, and any the composed wording states (an earlier reply's date).
  Know(expected_.date());
  Know(app_.received());
  for (const v1::Event& e : app_.events()) {
    Know(e.date());
    if (e.has_fee_notice_received()) Know(e.fee_notice_received());
  }
  for (const std::string& p : expected_.paragraphs()) {
    for (const WrittenDate& d : FindDates(p)) known_.insert(d.day);
  }
  std::set<std::string> reported;
  for (const WrittenDate& d : found) {
    if (known_.count(d.day) != 0 || !reported.insert(d.written).second) continue;
    Add("unknown-date", "", "", d.written,
        absl::StrCat("the text states ", d.written,
                     ", which is none of the case's dates (received, notice, due or event dates)"));
  }
}

// A decision provision: an item of 第三十六条, or 第三十、三十五、三十七至三十九条.
bool Decision(const Citation& c) {
  return (c.article == 36 && c.item > 0) || c.article == 30 || c.article == 35 ||
         (c.article >= 37 && c.article <= 39);
}

bool CitesAny(const Citation& c, const std::vector<Citation>& among) {
  for (const Citation& a : among) {
    if (Cites(c, a)) return true;
  }
  return false;
}

void Checker::Articles() {
  const bool reply = expected_.kind() == v1::NOTICE_KIND_REPLY;
  const absl::string_view element = reply ? "decision" : "basis";
  std::vector<Citation> want;
  for (const std::string& a : expected_.articles()) {
    for (Citation& c : FindCitations(a)) want.push_back(std::move(c));
  }
  const std::vector<Citation> found = FindCitations(text_);
  for (const Citation& w : want) {
    bool cited = false;
    for (const Citation& f : found) cited = cited || Cites(f, w);
    if (cited) continue;
    Add("missing-article", element, w.written, "",
        absl::StrCat(element, ": the text does not cite ", w.written, " of the 条例"));
  }
  if (!reply) return;
  // What the composed wording cites is right too (a legal_basis the caller gave).
  std::vector<Citation> allowed = want;
  for (const std::string& p : expected_.paragraphs()) {
    for (Citation& c : FindCitations(p)) allowed.push_back(std::move(c));
  }
  std::vector<Citation> others;
  for (const v1::NoticeOutcomeRule& rule : Catalog().outcomes()) {
    if (rule.outcome() == expected_.outcome()) continue;
    for (const std::string& a : rule.articles()) {
      for (Citation& c : FindCitations(a)) others.push_back(std::move(c));
    }
  }
  std::vector<std::string> right;
  for (const Citation& w : want) {
    if (Decision(w)) right.push_back(w.written);
  }
  const std::string expected = absl::StrJoin(right, "、");
  std::set<std::string> reported;
  for (const Citation& f : found) {
    if (!Decision(f) || CitesAny(f, allowed) || !CitesAny(f, others)) continue;
    if (!reported.insert(f.written).second) continue;
    Add("wrong-article", element, expected, f.written,
        absl::StrCat(element, ": the text cites ", f.written, ", a provision of another outcome; ",
                     v1::Outcome_Name(expected_.outcome()), " cites ",
                     expected.empty() ? "no decision provision of the 条例" : expected));
  }
}

void Checker::Remedy() {
  const v1::NoticeOutcomeRule* rule = FindOutcomeRule(expected_.outcome());
  if (expected_.kind() != v1::NOTICE_KIND_REPLY || rule == nullptr) return;
  const v1::NoticeRemedyRule& r = Catalog().remedy();
  const auto mention = [&](absl::string_view word, absl::string_view what) {
    if (absl::StrContains(text_, word)) return;
    Add("missing-remedy", "remedy", word, "",
        absl::StrCat("remedy: the text does not mention ", word, " (", what, ")"));
  };
  mention("行政复议", "administrative reconsideration");
  if (rule->lawsuit()) mention("行政诉讼", "an administrative lawsuit");
  const auto period = [&](absl::string_view element, const std::string& words) {
    if (StatesPeriod(text_, words)) return;
    Add("missing-remedy-period", element, words, "",
        absl::StrCat(element, ": the text does not state the period ", words));
  };
  period("reconsideration_period", r.reconsideration_period());
  if (ReconsiderationFirst(*rule, template_)) {
    period("after_reconsideration_period", r.after_reconsideration_period());
    if (!StatesReconsiderationFirst(text_)) {
      Add("missing-reconsideration-first", "remedy", "应当先申请行政复议", "",
          absl::StrCat("remedy: the text does not say that the applicant must first seek "
                       "reconsideration (复议前置, ",
                       r.reconsideration_first_basis(), ")"));
    }
  } else if (rule->lawsuit()) {
    period("lawsuit_period", r.lawsuit_period());
  }
  // The old choice of body survives in many agencies' templates (shared/spec/notices.md, §3).
  absl::StatusOr<absl::CivilDay> since =
      calendar::FromProto(r.single_body_since(), "remedy.single_body_since");
  absl::StatusOr<absl::CivilDay> dated = calendar::FromProto(expected_.date(), "notice.date");
  if (since.ok() && dated.ok() && *dated >= *since && OffersOldReconsiderationChoice(text_)) {
    Add("old-reconsideration-choice", "reconsideration_body", r.single_body_basis(),
        "上级主管部门…或…人民政府",
        absl::StrCat("reconsideration_body: the text offers the choice of 上级主管部门 or "
                     "人民政府, which the 行政复议法 as revised in 2023 replaced from ",
                     calendar::FormatDay(*since), " with one competent body (",
                     r.single_body_basis(), ")"));
  }
}

}  // namespace

absl::StatusOr<v1::NoticeCheck> CheckNoticeText(absl::string_view text,
                                                const v1::NoticeRequest& request,
                                                const calendar::Calendar& cal) {
  // The offset only: the bytes around it are the notice's, and may be personal data.
  if (std::optional<size_t> bad = FindInvalidUtf8(text)) {
    return absl::InvalidArgumentError(absl::StrCat("text: not UTF-8 at byte ", *bad));
  }
  const v1::NoticeRequest completed = Completed(request);
  ASSIGN_OR_RETURN(v1::Notice expected, ComposeNotice(completed, cal));
  v1::NoticeCheck check;
  check.set_application_id(expected.application_id());
  check.set_kind(expected.kind());
  Checker checker(text, expected, completed, &check);
  checker.Dates();
  checker.Articles();
  checker.Remedy();
  return check;
}

}  // namespace gongkai::notice
