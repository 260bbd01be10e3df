#include "report/check/check.h"

#include <map>
#include <utility>

#include "report/check/narrative.h"
#include "report/validate.h"

namespace gongkai::report::check {
namespace {

std::string AgencyOf(const v1::AnnualReport& report) {
  if (!report.agency().id().empty()) return "id:" + report.agency().id();
  if (!report.agency().name().empty()) return "name:" + report.agency().name();
  return "";
}

void Count(const v1::Finding& f, v1::DocumentCheck* d) {
  if (f.severity() == v1::SEVERITY_ERROR) d->set_error_count(d->error_count() + 1);
  if (f.severity() == v1::SEVERITY_WARNING) d->set_warning_count(d->warning_count() + 1);
}

}  // namespace

v1::CheckResult CheckDocuments(absl::Span<const NamedDocument> documents,
                               const DocumentImportOptions& options) {
  v1::CheckResult result;
  // (agency, year) -> index of the first document read for it.
  std::map<std::pair<std::string, int>, int> by_year;
  for (const NamedDocument& doc : documents) {
    v1::DocumentCheck* d = result.add_documents();
    d->set_source(doc.source);
    DocumentImportOptions one = options;
    one.source_name = doc.source;
    absl::StatusOr<v1::ImportResult> imported = ImportDocument(doc.bytes, one);
    if (!imported.ok()) {
      d->set_unreadable(std::string(imported.status().message()));
      continue;
    }
    *d->mutable_imported() = *std::move(imported);
    const std::string agency = AgencyOf(d->imported().report());
    if (!agency.empty()) {
      by_year.emplace(std::make_pair(agency, d->imported().report().year()),
                      result.documents_size() - 1);
    }
  }
  for (v1::DocumentCheck& d : *result.mutable_documents()) {
    if (!d.unreadable().empty()) {
      result.set_unreadable_count(result.unreadable_count() + 1);
      continue;
    }
    const v1::AnnualReport& report = d.imported().report();
    ValidationContext context;
    auto previous = by_year.find({AgencyOf(report), report.year() - 1});
    if (previous != by_year.end() && !AgencyOf(report).empty()) {
      const v1::DocumentCheck& p = result.documents(previous->second);
      context.previous = &p.imported().report();
      d.set_previous_source(p.source());
    }
    absl::StatusOr<v1::ValidationResult> validation = Validate(report, context);
    if (!validation.ok() && context.previous != nullptr) {
      // A previous report that cannot be compared (another layout's keys, say) must not hide
      // this report's own findings.
      d.clear_previous_source();
      validation = Validate(report);
    }
    if (!validation.ok()) {
      d.set_unreadable(std::string(validation.status().message()));
      result.set_unreadable_count(result.unreadable_count() + 1);
      continue;
    }
    for (v1::Finding& f : *validation->mutable_findings()) *d.add_findings() = std::move(f);
    if (absl::StatusOr<std::vector<v1::Finding>> narrative = CheckNarrative(report);
        narrative.ok()) {
      for (v1::Finding& f : *narrative) *d.add_findings() = std::move(f);
    }
    for (const v1::Finding& f : d.imported().warnings()) Count(f, &d);
    for (const v1::Finding& f : d.findings()) Count(f, &d);
    result.set_error_count(result.error_count() + d.error_count());
    result.set_warning_count(result.warning_count() + d.warning_count());
  }
  return result;
}

}  // namespace gongkai::report::check
