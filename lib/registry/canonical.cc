// The canonical form of a report and the fingerprint of a finding: what digests cover.
//
// The canonical form keeps the report's own cells (an absent cell stays absent; WriteFigures
// would write every cell, absent ones as zero, and so blur "not reported" with "0"), sorted in
// the layout's statutory order, with the layout id filled in; everything else is as given.
#include "registry/canonical.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "common/status_macros.h"
#include "messages/stream.h"
#include "registry/hash.h"
#include "registry/registry.h"

namespace gongkai::registry {

absl::StatusOr<CanonicalReport> Canonicalize(const v1::AnnualReport& report) {
  CanonicalReport out;
  ASSIGN_OR_RETURN(out.figures, report::ReadFigures(report));
  const report::Layout& layout = *out.figures.layout;
  // ReadFigures refused unknown and repeated keys: every cell has its own index.
  std::vector<std::pair<int, int>> order;  // (cell index in the layout, position in the report)
  order.reserve(report.cells_size());
  for (int i = 0; i < report.cells_size(); ++i) {
    order.emplace_back(*layout.FindCell(report.cells(i).key()), i);
  }
  std::sort(order.begin(), order.end());
  out.report = report;
  out.report.set_layout(layout.id());
  out.report.clear_cells();
  out.report.mutable_cells()->Reserve(report.cells_size());
  for (const auto& [index, position] : order) *out.report.add_cells() = report.cells(position);
  out.bytes = messages::DeterministicBytes(out.report);
  out.digest = Sha256Hex(out.bytes);
  return out;
}

absl::StatusOr<std::string> CanonicalBytes(const v1::AnnualReport& report) {
  ASSIGN_OR_RETURN(CanonicalReport canonical, Canonicalize(report));
  return std::move(canonical.bytes);
}

std::string Fingerprint(const v1::Finding& finding) {
  // The rule, its cells with their values, what was expected and found (a carried-over figure
  // expects the previous year's): not the wording, which a later library may improve.
  Canonical c;
  c.Add(finding.rule());
  for (const v1::CellRef& cell : finding.cells()) c.Add(cell.key()).Add(cell.value());
  c.Add(finding.expected()).Add(finding.actual());
  return c.Sha256().substr(0, 32);
}

}  // namespace gongkai::registry
