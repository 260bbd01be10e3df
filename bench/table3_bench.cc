// Table 三 for report year 2025 from generated applications, four ways, each beside the others
// in the same run (docs/performance.md, "Table 三"):
//   table3/stream            (a) a length-delimited stream in memory, parsing included
//   table3/columns           (b) the records already in memory in a compact form (columns.h)
//   table3/sqlite            (c) one GROUP BY query over an indexed SQLite table: the index
//                            (category, outcome, received, concluded) covers the query and
//                            gives the GROUP BY its order (the baseline of the ratios)
//   table3/sqlite_by_date    the same query over the index (received, concluded, category,
//                            outcome) instead: a range scan, then a sort for the GROUP BY
//   table3/stream_messages   the reference path: each record parsed into a protobuf message
//   table3/messages          records in memory as protobuf messages (AddAll), up to 10^5
//   table3/columns_build     the one-time conversion of the stream into the compact form
// Every benchmark counts records (items) and the bytes of the form it reads.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "bench_data.h"
#include "bench_scale.h"
#include "benchmark/benchmark.h"
#include "cases/aggregate/aggregate.h"
#include "cases/aggregate/outcome.h"
#include "columns.h"
#include "report/layout.h"
#include "sqlite_table3.h"

namespace gongkai::bench {
namespace {

const report::Layout& Layout() { return *report::LayoutFor("", kYear).value(); }

// An empty aggregator. Each iteration copies one made before the timing (2 KB), so that what
// is timed is the counting, not the resolving of the layout (as the SQLite side prepares its
// statement once).
const cases::Table3Aggregator& Empty() {
  static const auto* empty =
      new cases::Table3Aggregator(cases::Table3Aggregator::Create(kYear, Layout()).value());
  return *empty;
}

cases::Table3Aggregator NewAggregator() { return Empty(); }

// The hot bytes of the compact form: received, concluded (4 each), category, outcome (1 each).
constexpr int64_t kColumnBytes = 10;

void Fail(benchmark::State& state, const std::string& what) { state.SkipWithError(what.c_str()); }

void BM_Stream(benchmark::State& state) {
  const std::string& stream = ApplicationStream(state.range(0));
  for (auto _ : state) {
    cases::Table3Aggregator aggregator = NewAggregator();
    if (absl::Status s = aggregator.AddStream(messages::Encoding::kBinary, stream); !s.ok()) {
      return Fail(state, s.ToString());
    }
    benchmark::DoNotOptimize(aggregator.records_counted());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(stream.size()));
}

void BM_StreamMessages(benchmark::State& state) {
  const std::string& stream = ApplicationStream(state.range(0));
  for (auto _ : state) {
    cases::Table3Aggregator aggregator = NewAggregator();
    absl::Status s = aggregator.AddStreamByMessages(messages::Encoding::kBinary, stream);
    if (!s.ok()) return Fail(state, s.ToString());
    benchmark::DoNotOptimize(aggregator.records_counted());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(stream.size()));
}

void BM_Columns(benchmark::State& state) {
  const ApplicationColumns& columns = ApplicationColumnsOf(state.range(0));
  const cases::Table3Index index = cases::IndexTable3(Layout()).value();
  const cases::ReportYearDays days = cases::ReportYearDays::Of(kYear);
  for (auto _ : state) {
    const ColumnCounts counts = CountColumns(columns, days, index);
    benchmark::DoNotOptimize(counts.counted);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetBytesProcessed(state.iterations() * state.range(0) * kColumnBytes);
}

void BM_ColumnsBuild(benchmark::State& state) {
  const std::string& stream = ApplicationStream(state.range(0));
  for (auto _ : state) {
    ApplicationColumns columns;
    columns.Reserve(static_cast<size_t>(state.range(0)));
    if (absl::Status s = columns.AppendStream(stream); !s.ok()) return Fail(state, s.ToString());
    benchmark::DoNotOptimize(columns.size());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(stream.size()));
}

void BM_Messages(benchmark::State& state) {
  const std::vector<v1::Application>& records = ApplicationMessages(state.range(0));
  int64_t bytes = 0;
  for (const v1::Application& a : records) bytes += static_cast<int64_t>(a.SpaceUsedLong());
  for (auto _ : state) {
    cases::Table3Aggregator aggregator = NewAggregator();
    aggregator.AddAll(records);
    benchmark::DoNotOptimize(aggregator.records_counted());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetBytesProcessed(state.iterations() * bytes);
}

// The SQLite database for `records` with `index`; the first time, the query's table and the
// columns' are checked against the library's (AddStream), cell by cell.
SqliteTable3& Database(int64_t records, SqliteTable3::Index index_kind, int64_t* bytes) {
  static auto* cache = new std::map<std::pair<int64_t, int>, std::unique_ptr<SqliteTable3>>;
  static auto* sizes = new std::map<std::pair<int64_t, int>, int64_t>;
  const std::pair<int64_t, int> key(records, static_cast<int>(index_kind));
  auto& slot = (*cache)[key];
  if (slot == nullptr) {
    const ApplicationColumns& columns = ApplicationColumnsOf(records);
    slot = std::make_unique<SqliteTable3>(columns, index_kind);
    (*sizes)[key] = slot->DatabaseBytes();
    const cases::Table3Index index = cases::IndexTable3(Layout()).value();
    cases::Table3Aggregator aggregator = NewAggregator();
    if (absl::Status s =
            aggregator.AddStream(messages::Encoding::kBinary, ApplicationStream(records));
        !s.ok()) {
      std::fprintf(stderr, "%s\n", s.ToString().c_str());
      std::abort();
    }
    const std::vector<int64_t> grid = slot->Count(kYear, index);
    const ColumnCounts counted = CountColumns(columns, cases::ReportYearDays::Of(kYear), index);
    const report::Section& section = Layout().sections()[index.section];
    for (int r = 0; r < section.rows(); ++r) {
      if (r == index.total_row) continue;
      for (int category = 1; category < cases::Table3Index::kCategories; ++category) {
        const int column = index.column_of_category[category];
        const int64_t library = aggregator.Value(section.CellAt(r, column)).value();
        const int at = r * cases::Table3Index::kCategories + category;
        if (grid[at] != library || counted.counts[at] != library) {
          std::fprintf(stderr,
                       "sqlite, columns and the library differ at %s.%s: %lld, %lld, %lld\n",
                       section.row(r).key().c_str(), section.column(column).key().c_str(),
                       static_cast<long long>(grid[at]), static_cast<long long>(counted.counts[at]),
                       static_cast<long long>(library));
          std::abort();
        }
      }
    }
  }
  *bytes = (*sizes)[key];
  return *slot;
}

void BM_Sqlite(benchmark::State& state) {
  int64_t bytes = 0;
  SqliteTable3& db =
      Database(state.range(0), static_cast<SqliteTable3::Index>(state.range(1)), &bytes);
  const cases::Table3Index index = cases::IndexTable3(Layout()).value();
  for (auto _ : state) benchmark::DoNotOptimize(db.Count(kYear, index));
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetBytesProcessed(state.iterations() * bytes);
}

}  // namespace

void RegisterTable3Benchmarks(Scale scale) {
  for (int64_t n : RecordCounts(scale)) {
    benchmark::RegisterBenchmark("table3/stream", BM_Stream)->Arg(n)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("table3/columns", BM_Columns)
        ->Arg(n)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("table3/sqlite", BM_Sqlite)
        ->Args({n, static_cast<int64_t>(SqliteTable3::Index::kGroupColumns)})
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("table3/sqlite_by_date", BM_Sqlite)
        ->Args({n, static_cast<int64_t>(SqliteTable3::Index::kReceived)})
        ->Unit(benchmark::kMillisecond);
    // The reference path takes a minute at 10^7: the curve stops at 10^6.
    if (n <= 1000000) {
      benchmark::RegisterBenchmark("table3/stream_messages", BM_StreamMessages)
          ->Arg(n)
          ->Unit(benchmark::kMillisecond);
    }
    benchmark::RegisterBenchmark("table3/columns_build", BM_ColumnsBuild)
        ->Arg(n)
        ->Unit(benchmark::kMillisecond);
    // About 2 KB a message: 10^5 of them is 200 MB already.
    if (n <= 100000) {
      benchmark::RegisterBenchmark("table3/messages", BM_Messages)
          ->Arg(n)
          ->Unit(benchmark::kMillisecond);
    }
  }
}

}  // namespace gongkai::bench
