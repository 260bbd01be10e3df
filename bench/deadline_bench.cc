// (d) Deadline arithmetic: n working days after a date, by the calendar's O(1) lookup
// (Calendar::AddWorkingDays: a cumulative count and the list of working days) against the walk
// an integrator would write with only IsWorkingDay: step a day, count it if it works. Spans of
// 20 (the reply period), 40 (with the extension) and 400 working days; start dates cycle through
// 2019–2024 so that neither path sees one date only.
//   deadline/lookup     Calendar::AddWorkingDays (lib/calendar)
//   deadline/walk       the day-by-day walk over Calendar::IsWorkingDay
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "absl/time/civil_time.h"
#include "bench_scale.h"
#include "benchmark/benchmark.h"
#include "calendar/calendar.h"

namespace gongkai::bench {
namespace {

const std::vector<absl::CivilDay>& Starts() {
  static const auto* starts = [] {
    auto* days = new std::vector<absl::CivilDay>;
    for (absl::CivilDay d(2019, 1, 1); days->size() < 2048; d += 1) days->push_back(d);
    return days;
  }();
  return *starts;
}

absl::CivilDay Walk(const calendar::Calendar& cal, absl::CivilDay day, int64_t n) {
  while (n > 0) {
    day += 1;
    if (cal.IsWorkingDay(day)) --n;
  }
  return day;
}

void BM_Lookup(benchmark::State& state) {
  const auto cal = calendar::Calendar::National();
  const std::vector<absl::CivilDay>& starts = Starts();
  const int64_t n = state.range(0);
  for (absl::CivilDay d : starts) {
    if (*cal->AddWorkingDays(d, n) != Walk(*cal, d, n)) std::abort();  // the same answer
  }
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(cal->AddWorkingDays(starts[i], n));
    i = (i + 1) & (starts.size() - 1);
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_Walk(benchmark::State& state) {
  const auto cal = calendar::Calendar::National();
  const std::vector<absl::CivilDay>& starts = Starts();
  const int64_t n = state.range(0);
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(Walk(*cal, starts[i], n));
    i = (i + 1) & (starts.size() - 1);
  }
  state.SetItemsProcessed(state.iterations());
}

}  // namespace

void RegisterDeadlineBenchmarks(Scale) {
  for (int64_t n : {20, 40, 400}) {
    benchmark::RegisterBenchmark("deadline/lookup", BM_Lookup)->Arg(n);
    benchmark::RegisterBenchmark("deadline/walk", BM_Walk)->Arg(n);
  }
}

}  // namespace gongkai::bench
