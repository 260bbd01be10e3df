// The benchmark program: Google Benchmark's flags, plus --gongkai_scale (bench_scale.h).
#include <cstdio>
#include <cstring>
#include <string>

#include "bench_scale.h"
#include "benchmark/benchmark.h"

int main(int argc, char** argv) {
  using gongkai::bench::Scale;
  Scale scale = Scale::kDefault;
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    constexpr char kFlag[] = "--gongkai_scale=";
    if (std::strncmp(argv[i], kFlag, sizeof(kFlag) - 1) == 0) {
      const std::string value = argv[i] + sizeof(kFlag) - 1;
      if (value == "smoke") {
        scale = Scale::kSmoke;
      } else if (value == "default") {
        scale = Scale::kDefault;
      } else if (value == "full") {
        scale = Scale::kFull;
      } else {
        std::fprintf(stderr, "--gongkai_scale: smoke, default or full, not \"%s\"\n",
                     value.c_str());
        return 2;
      }
      continue;
    }
    argv[kept++] = argv[i];
  }
  argc = kept;
  gongkai::bench::RegisterTable3Benchmarks(scale);
  gongkai::bench::RegisterDeadlineBenchmarks(scale);
  gongkai::bench::RegisterReportBenchmarks(scale);
  gongkai::bench::RegisterImportBenchmarks(scale);
  gongkai::bench::RegisterNoticeBenchmarks(scale);
  gongkai::bench::RegisterRegistryBenchmarks(scale);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
