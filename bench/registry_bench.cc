// The filing registry at a province's scale (tools/gen/province.h), beside today's merge of the
// same reports through protobuf objects, in the same run (docs/performance.md, "The registry"):
//   registry/status/N        Registry::Status of the last year over the whole tree of N agencies
//   registry/rollup_tree/N   Registry::Rollup of every agency that has children, for the last
//                            year: each accepted report is summed once, from the stored compact
//                            cells
//   registry/merge_tree/N    the baseline: report::Merge, for every parent, of the same latest
//                            accepted reports as protobuf objects already in memory
//   registry/merge_tree_from_store/N  the same reports read from the store as protobuf
//                            reports (Registry::GetReport) and merged: a roll-up without the
//                            compact cells
// N is 300 agencies and one year for the smoke run, 2,000 and two years by default, 20,000,
// five years and three versions each (300,000 versions) at full scale. The store is made once
// and cached in DataDir() (the full one takes long: each filing is its own transaction).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "bench_data.h"
#include "bench_scale.h"
#include "benchmark/benchmark.h"
#include "gen/province.h"
#include "registry/registry.h"
#include "report/merge.h"

namespace gongkai::bench {
namespace {

[[noreturn]] void Die(const absl::Status& status) {
  std::fprintf(stderr, "registry bench: %s\n", status.ToString().c_str());
  std::abort();
}

gen::ProvinceOptions Options(int agencies) {
  gen::ProvinceOptions o;
  o.agencies = agencies;
  if (agencies >= 20000) {
    o.all_versions = true;  // the 300,000 versions
  } else {
    o.years = agencies >= 2000 ? 2 : 1;
    o.versions = 2;
  }
  return o;
}

// The province of `agencies`, made into the cache the first time (a temporary file, then a
// rename, so an interrupted run leaves no half-made store behind).
registry::Registry& Province(int agencies) {
  static auto* stores = new std::map<int, std::unique_ptr<registry::Registry>>;
  auto& store = (*stores)[agencies];
  if (store != nullptr) return *store;
  const gen::ProvinceOptions o = Options(agencies);
  const std::string path =
      absl::StrCat(DataDir(), "/province-", agencies, "-", o.years, "y", o.versions,
                   o.all_versions ? "v" : "max", "-schema", registry::kSchemaVersion, ".db");
  if (!std::filesystem::exists(path)) {
    std::filesystem::create_directories(DataDir());
    const std::string temporary = path + ".tmp";
    std::filesystem::remove(temporary);
    registry::OpenOptions create;
    create.create = true;
    auto made = registry::Registry::Open(temporary, create);
    if (!made.ok()) Die(made.status());
    std::fprintf(stderr, "registry bench: making a province of %d agencies in %s\n", agencies,
                 path.c_str());
    if (absl::Status s = gen::FileProvince(o, **made); !s.ok()) Die(s);
    made->reset();  // closed: the WAL is checkpointed into the file
    std::filesystem::rename(temporary, path);
  }
  auto opened = registry::Registry::Open(path);
  if (!opened.ok()) Die(opened.status());
  store = *std::move(opened);
  return *store;
}

int LastYear(int agencies) { return Options(agencies).last_year; }

void BM_Status(benchmark::State& state) {
  const int agencies = static_cast<int>(state.range(0));
  registry::Registry& store = Province(agencies);
  for (auto _ : state) {
    auto status = store.Status(LastYear(agencies));
    if (!status.ok()) return state.SkipWithError(status.status().ToString().c_str());
    benchmark::DoNotOptimize(status->accepted());
  }
  state.SetItemsProcessed(state.iterations() * agencies);
}

void BM_RollupTree(benchmark::State& state) {
  const int agencies = static_cast<int>(state.range(0));
  registry::Registry& store = Province(agencies);
  const std::vector<std::string> parents = gen::ProvinceParents(Options(agencies));
  int64_t summed = 0;
  for (auto _ : state) {
    summed = 0;
    for (const std::string& parent : parents) {
      auto rollup = store.Rollup(parent, LastYear(agencies));
      if (!rollup.ok()) return state.SkipWithError(rollup.status().ToString().c_str());
      summed += rollup->report().member_ids_size();
    }
  }
  state.counters["parents"] = static_cast<double>(parents.size());
  state.counters["reports_summed"] = static_cast<double>(summed);
  state.SetItemsProcessed(state.iterations() * summed);
}

// For every parent, the latest accepted reports of its children, as Rollup sums them.
const std::vector<std::vector<v1::AnnualReport>>& AcceptedChildren(int agencies) {
  static auto* cache = new std::map<int, std::vector<std::vector<v1::AnnualReport>>>;
  auto& children = (*cache)[agencies];
  if (!children.empty()) return children;
  registry::Registry& store = Province(agencies);
  const int year = LastYear(agencies);
  for (const std::string& parent : gen::ProvinceParents(Options(agencies))) {
    auto rollup = store.Rollup(parent, year);
    if (!rollup.ok()) Die(rollup.status());
    children.emplace_back();
    for (const v1::RollupMember& m : rollup->members()) {
      if (m.state() != v1::RollupMember::STATE_ACCEPTED) continue;
      auto report = store.GetReport(m.agency_id(), year, m.number());
      if (!report.ok()) Die(report.status());
      children.back().push_back(*std::move(report));
    }
  }
  return children;
}

void BM_MergeTree(benchmark::State& state) {
  const int agencies = static_cast<int>(state.range(0));
  const auto& children = AcceptedChildren(agencies);
  std::vector<std::vector<const v1::AnnualReport*>> pointers;
  int64_t summed = 0;
  for (const auto& reports : children) {
    pointers.emplace_back();
    for (const v1::AnnualReport& r : reports) pointers.back().push_back(&r);
    summed += static_cast<int64_t>(reports.size());
  }
  v1::Agency parent;
  parent.set_id("parent");
  for (auto _ : state) {
    for (const auto& reports : pointers) {
      if (reports.empty()) continue;
      auto merged = report::Merge(reports, parent);
      if (!merged.ok()) return state.SkipWithError(merged.status().ToString().c_str());
      benchmark::DoNotOptimize(merged->cells_size());
    }
  }
  state.counters["reports_summed"] = static_cast<double>(summed);
  state.SetItemsProcessed(state.iterations() * summed);
}

void BM_MergeTreeFromStore(benchmark::State& state) {
  const int agencies = static_cast<int>(state.range(0));
  registry::Registry& store = Province(agencies);
  const int year = LastYear(agencies);
  // The members each parent's roll-up sums, found once, outside the timing.
  std::vector<std::vector<std::pair<std::string, int>>> members;
  int64_t summed = 0;
  for (const std::string& parent : gen::ProvinceParents(Options(agencies))) {
    auto rollup = store.Rollup(parent, year);
    if (!rollup.ok()) Die(rollup.status());
    members.emplace_back();
    for (const v1::RollupMember& m : rollup->members()) {
      if (m.state() != v1::RollupMember::STATE_ACCEPTED) continue;
      members.back().emplace_back(m.agency_id(), m.number());
      ++summed;
    }
  }
  v1::Agency parent;
  parent.set_id("parent");
  for (auto _ : state) {
    for (const auto& list : members) {
      if (list.empty()) continue;
      std::vector<v1::AnnualReport> reports;
      reports.reserve(list.size());
      for (const auto& [id, number] : list) {
        auto report = store.GetReport(id, year, number);
        if (!report.ok()) return state.SkipWithError(report.status().ToString().c_str());
        reports.push_back(*std::move(report));
      }
      std::vector<const v1::AnnualReport*> pointers;
      for (const v1::AnnualReport& r : reports) pointers.push_back(&r);
      auto merged = report::Merge(pointers, parent);
      if (!merged.ok()) return state.SkipWithError(merged.status().ToString().c_str());
      benchmark::DoNotOptimize(merged->cells_size());
    }
  }
  state.counters["reports_summed"] = static_cast<double>(summed);
  state.SetItemsProcessed(state.iterations() * summed);
}

}  // namespace

void RegisterRegistryBenchmarks(Scale scale) {
  const int agencies = scale == Scale::kSmoke ? 300 : scale == Scale::kDefault ? 2000 : 20000;
  benchmark::RegisterBenchmark("registry/status", BM_Status)
      ->Arg(agencies)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("registry/rollup_tree", BM_RollupTree)
      ->Arg(agencies)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("registry/merge_tree", BM_MergeTree)
      ->Arg(agencies)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("registry/merge_tree_from_store", BM_MergeTreeFromStore)
      ->Arg(agencies)
      ->Unit(benchmark::kMillisecond);
}

}  // namespace gongkai::bench
