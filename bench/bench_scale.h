// How big a run is: `--gongkai_scale=smoke` (the test command: tiny sizes, a few seconds),
// `default` (10^3 .. 10^6 records), `full` (10^3 .. 10^7: bench/run-full.sh). Each benchmark
// file registers its benchmarks for the scale from bench_main.cc.
#ifndef GONGKAI_BENCH_BENCH_SCALE_H_
#define GONGKAI_BENCH_BENCH_SCALE_H_

#include <cstdint>
#include <vector>

namespace gongkai::bench {

enum class Scale { kSmoke, kDefault, kFull };

// Record counts for the table 三 curves at `scale`.
std::vector<int64_t> RecordCounts(Scale scale);

void RegisterTable3Benchmarks(Scale scale);
void RegisterDeadlineBenchmarks(Scale scale);
void RegisterReportBenchmarks(Scale scale);
void RegisterImportBenchmarks(Scale scale);
void RegisterNoticeBenchmarks(Scale scale);
void RegisterRegistryBenchmarks(Scale scale);

}  // namespace gongkai::bench

#endif  // GONGKAI_BENCH_BENCH_SCALE_H_
