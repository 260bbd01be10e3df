// Reports of districts, made once from generated records (tools/gen, lib/annual): a handful of
// distinct district-years, repeated under different agency ids up to the count needed.
//   report/merge/3000      (e) the roll-up of 3,000 district reports (China's county-level
//                          divisions) into one, report::Merge, each report its own object
//   report/merge_cached    the same over 8 report objects repeated (all in cache): the merge's
//                          own cost without the memory traffic
//   report/validate/N      (f) report::Validate of district reports, N distinct ones in turn:
//                          8 (all in cache) or 3,000 (each fetched from memory)
//   report/validate_prev   (f) the same with the previous year's report (cross-year rules)
//   report/read            report::ReadFigures alone (provenance copied): what both start with
//   report/import_grid/T/0 report::ImportGrid of table T (2, 3, 4) of a district report as the
//                          CSV renderer writes it with its label columns
//   report/import_grid/T/1 the same grid as copies print it, half-width brackets in its labels:
//                          each label cell is compared with the statutory text in canonical form
//   report/read_csv/T      the baseline: the grid through the CSV reader alone
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "annual/builder.h"
#include "bench_scale.h"
#include "benchmark/benchmark.h"
#include "document/csv.h"
#include "gen/generate.h"
#include "report/figures.h"
#include "report/import/grid.h"
#include "report/merge.h"
#include "report/render/csv.h"
#include "report/validate.h"

namespace gongkai::bench {
namespace {

constexpr int kDistinct = 8;

// District report `seed` of `year`, from about 800 generated records of each kind.
v1::AnnualReport DistrictReport(uint64_t seed, int year) {
  gen::GenOptions options;
  options.seed = seed;
  options.year = year;
  options.disclosures = 600;
  options.applications = 150;
  options.remedies = 20;
  options.agency_id = absl::StrCat("1111010", seed % 10, "MB0000000X");
  v1::AnnualRequest request;
  *request.mutable_agency() = gen::GenerateAgency(options).value();
  request.set_year(year);
  *request.mutable_entered() = gen::GenerateEntered(options).value();
  absl::StatusOr<annual::AnnualBuilder> builder = annual::AnnualBuilder::Create(request);
  if (!builder.ok()) {
    std::fprintf(stderr, "report bench: %s\n", builder.status().ToString().c_str());
    std::abort();
  }
  (void)gen::GenerateDisclosuresAndSlips(
      options, [&](const v1::Disclosure& d) { builder->AddDisclosure(d); },
      [&](const v1::IssuanceSlip& s) { builder->AddSlip(s); });
  (void)gen::GenerateApplications(options,
                                  [&](const v1::Application& a) { builder->AddApplication(a); });
  (void)gen::GenerateRemedies(options, [&](const v1::Remedy& r) { builder->AddRemedy(r); });
  return builder->Finish().value().report();
}

// `count` district reports of 2025 (kDistinct distinct ones, each under its own agency id).
const std::vector<v1::AnnualReport>& Districts(int count) {
  static auto* reports = new std::vector<v1::AnnualReport>;
  static auto* base = [] {
    auto* b = new std::vector<v1::AnnualReport>;
    for (int i = 0; i < kDistinct; ++i) b->push_back(DistrictReport(i + 1, 2025));
    return b;
  }();
  while (static_cast<int>(reports->size()) < count) {
    v1::AnnualReport r = (*base)[reports->size() % kDistinct];
    r.mutable_agency()->set_id(absl::StrCat("district-", reports->size()));
    reports->push_back(std::move(r));
  }
  return *reports;
}

const v1::AnnualReport& PreviousYear() {
  static const auto* report = [] {
    auto* r = new v1::AnnualReport(DistrictReport(1, 2024));
    r->mutable_agency()->set_id(Districts(1)[0].agency().id());
    return r;
  }();
  return *report;
}

void BM_Merge(benchmark::State& state) {
  const std::vector<v1::AnnualReport>& all = Districts(static_cast<int>(state.range(0)));
  // Argument 1: the distinct reports again and again (cache-resident: the cost of merging);
  // else 3,000 distinct report objects (about 200 MB, far more than the caches hold).
  const bool cached = state.range(1) == 1;
  std::vector<const v1::AnnualReport*> reports;
  int64_t memory = 0;
  for (int i = 0; i < state.range(0); ++i) {
    reports.push_back(cached ? &all[i % kDistinct] : &all[i]);
    if (!cached || i < kDistinct) memory += static_cast<int64_t>(reports.back()->SpaceUsedLong());
  }
  state.counters["object_bytes"] = static_cast<double>(memory);
  v1::Agency city;
  city.set_id("city");
  int64_t bytes = 0;
  for (const v1::AnnualReport* r : reports) bytes += static_cast<int64_t>(r->ByteSizeLong());
  for (auto _ : state) {
    absl::StatusOr<v1::AnnualReport> merged = report::Merge(reports, city);
    if (!merged.ok()) return state.SkipWithError(merged.status().ToString().c_str());
    benchmark::DoNotOptimize(merged->cells_size());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetBytesProcessed(state.iterations() * bytes);
}

// Argument 0: how many distinct reports to validate in turn (8: all in cache; 3,000: each
// fetched from memory, as when a city's office checks its districts' reports). Argument 1: 1
// to give each the previous year's report too.
void BM_Validate(benchmark::State& state) {
  const std::vector<v1::AnnualReport>& all = Districts(static_cast<int>(state.range(0)));
  const size_t count = static_cast<size_t>(state.range(0));
  report::ValidationContext context;
  if (state.range(1) == 1) context.previous = &PreviousYear();
  int64_t bytes = 0;
  for (size_t i = 0; i < count; ++i) bytes += static_cast<int64_t>(all[i].ByteSizeLong());
  size_t i = 0;
  for (auto _ : state) {
    const v1::AnnualReport& r = context.previous != nullptr ? all[0] : all[i];
    absl::StatusOr<v1::ValidationResult> result = report::Validate(r, context);
    if (!result.ok()) return state.SkipWithError(result.status().ToString().c_str());
    benchmark::DoNotOptimize(result->error_count());
    if (++i == count) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
  // The mean size of the reports validated.
  state.SetBytesProcessed(state.iterations() * bytes / static_cast<int64_t>(count));
}

void BM_Read(benchmark::State& state) {
  const std::vector<v1::AnnualReport>& reports = Districts(kDistinct);
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(report::ReadFigures(reports[i]));
    if (++i == kDistinct) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}

// Table `number` (2, 3 or 4) of a district report as the CSV renderer writes it, with labels;
// `printed`: with half-width brackets, as many published copies have them.
struct Grid {
  const report::Layout* layout;
  std::string key;
  std::string csv;
};

Grid DistrictGrid(int number, bool printed) {
  const absl::StatusOr<report::Figures> figures = report::ReadFigures(Districts(1)[0]);
  if (!figures.ok()) {
    std::fprintf(stderr, "report bench: %s\n", figures.status().ToString().c_str());
    std::abort();
  }
  const std::string key = absl::StrCat("t", number);
  const v1::TableSpec* table = figures->layout->FindTable(key);
  std::string csv = report::RenderCsvTable(*figures, *table, /*with_labels=*/true);
  if (printed) csv = absl::StrReplaceAll(csv, {{"（", "("}, {"）", ")"}});
  return {figures->layout, key, std::move(csv)};
}

void BM_ImportGrid(benchmark::State& state) {
  const Grid grid = DistrictGrid(static_cast<int>(state.range(0)), state.range(1) == 1);
  for (auto _ : state) {
    absl::StatusOr<report::ImportResult> result =
        report::ImportGrid(*grid.layout, grid.key, grid.csv, "bench.csv");
    if (!result.ok()) return state.SkipWithError(result.status().ToString().c_str());
    benchmark::DoNotOptimize(result->figures.values.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(grid.csv.size()));
}

void BM_ReadCsv(benchmark::State& state) {
  const Grid grid = DistrictGrid(static_cast<int>(state.range(0)), /*printed=*/false);
  for (auto _ : state) {
    absl::StatusOr<document::CsvText> csv = document::SplitCsv(grid.csv, "bench.csv");
    if (!csv.ok()) return state.SkipWithError(csv.status().ToString().c_str());
    benchmark::DoNotOptimize(csv->records.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(grid.csv.size()));
}

}  // namespace

void RegisterReportBenchmarks(Scale scale) {
  const int districts = scale == Scale::kSmoke ? 300 : 3000;
  benchmark::RegisterBenchmark("report/merge", BM_Merge)
      ->Args({districts, 0})
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("report/merge_cached", BM_Merge)
      ->Args({districts, 1})
      ->Unit(benchmark::kMillisecond);
  for (int count : {kDistinct, districts}) {
    benchmark::RegisterBenchmark("report/validate", BM_Validate)
        ->Args({count, 0})
        ->Unit(benchmark::kMicrosecond);
  }
  benchmark::RegisterBenchmark("report/validate_prev", BM_Validate)
      ->Args({kDistinct, 1})
      ->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("report/read", BM_Read)->Unit(benchmark::kMicrosecond);
  for (int table : {2, 3, 4}) {
    for (int printed : {0, 1}) {
      benchmark::RegisterBenchmark("report/import_grid", BM_ImportGrid)
          ->Args({table, printed})
          ->Unit(benchmark::kMicrosecond);
    }
    benchmark::RegisterBenchmark("report/read_csv", BM_ReadCsv)
        ->Arg(table)
        ->Unit(benchmark::kMicrosecond);
  }
}

}  // namespace gongkai::bench
