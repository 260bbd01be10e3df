// The ratio gate (docs/performance.md, "The ratio gate (CI)"). For each pair of a pairs file
// (bench/gate.tsv), a fast path and its reference, both benchmarks of gongkai_bench, it runs the
// two alternately in this one process (fast, reference, fast, reference, ...) on the same
// generated data, takes the median CPU time an iteration of each, and fails when reference / fast
// falls below the pair's floor. Absolute times are never compared: a slower or busier machine
// slows both sides of a pair. A pair below its floor is measured once more before it fails, so
// that one busy spell of a shared machine does not fail a run.
//
//   gongkai_bench_gate [--pairs=FILE] [--repetitions=N] [--min_time=SECONDS]
//
// Exit status: 0 when every pair is at or above its floor; 1 when one is below it after the
// second measurement, or a benchmark failed; 2 on a usage error (a bad flag, a pairs file that
// cannot be read or parsed, a benchmark that does not exist).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "bench_scale.h"
#include "benchmark/benchmark.h"

namespace gongkai::bench {
namespace {

constexpr char kUsage[] =
    "usage: gongkai_bench_gate [--pairs=FILE] [--repetitions=N] [--min_time=SECONDS]\n"
    "  --pairs        the pairs and their floors (default: " GONGKAI_GATE_PAIRS
    ")\n"
    "  --repetitions  runs of each side of a pair, alternating; the medians are compared (5)\n"
    "  --min_time     CPU seconds of each run (Google Benchmark's min_time; 0.1)\n"
    "exit status: 0 every ratio at or above its floor, 1 one below it (measured twice) or a\n"
    "benchmark failed, 2 usage error\n";

struct Options {
  std::string pairs = GONGKAI_GATE_PAIRS;
  int repetitions = 5;
  double min_time = 0.1;
};

struct Pair {
  std::string name;
  std::string fast;        // a benchmark's full name, as gongkai_bench --benchmark_list_tests
  std::string reference;   // prints it
  std::string documented;  // the ratio docs/performance.md gives, as text
  double floor = 0;
};

// The pairs file: '#' comments, blank lines, and lines of five tab-separated fields: name, fast
// benchmark, reference benchmark, documented ratio, floor (a number > 0).
absl::StatusOr<std::vector<Pair>> ReadPairs(const std::string& path) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::vector<Pair> pairs;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> fields = absl::StrSplit(line, '\t');
    Pair pair;
    if (fields.size() != 5 || !absl::SimpleAtod(fields[4], &pair.floor) || !(pair.floor > 0)) {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ":", number,
          ": expected name, fast, reference, documented ratio and a floor > 0, tab-separated"));
    }
    pair.name = fields[0];
    pair.fast = fields[1];
    pair.reference = fields[2];
    pair.documented = fields[3];
    pairs.push_back(std::move(pair));
  }
  if (pairs.empty()) return absl::InvalidArgumentError(absl::StrCat(path, ": no pairs"));
  return pairs;
}

// Keeps the runs Google Benchmark reports, and prints nothing.
class Collector : public benchmark::BenchmarkReporter {
 public:
  bool ReportContext(const Context&) override { return true; }
  void ReportRuns(const std::vector<Run>& runs) override {
    runs_.insert(runs_.end(), runs.begin(), runs.end());
  }
  const std::vector<Run>& runs() const { return runs_; }

 private:
  std::vector<Run> runs_;
};

// A benchmark's name as a regular expression that matches it alone.
std::string Exactly(const std::string& name) {
  std::string pattern = "^";
  for (char c : name) {
    if (std::string_view(".[]()*+?{}|^$\\").find(c) != std::string_view::npos) pattern += '\\';
    pattern += c;
  }
  return pattern + "$";
}

// One run of `name` for --min_time: the CPU seconds of an iteration (the benchmark thread's CPU
// clock, Google Benchmark's default). NotFound when no benchmark has that name.
absl::StatusOr<double> CpuSecondsPerIteration(const std::string& name) {
  Collector collector;
  if (benchmark::RunSpecifiedBenchmarks(&collector, Exactly(name)) == 0) {
    return absl::NotFoundError(
        absl::StrCat("no benchmark named ", name, " (gongkai_bench --benchmark_list_tests)"));
  }
  if (collector.runs().size() != 1) {
    return absl::InternalError(absl::StrCat(name, ": ", collector.runs().size(), " runs"));
  }
  const benchmark::BenchmarkReporter::Run& run = collector.runs()[0];
  if (run.error_occurred) return absl::InternalError(absl::StrCat(name, ": ", run.error_message));
  if (run.iterations <= 0) return absl::InternalError(absl::StrCat(name, ": no iterations"));
  return run.cpu_accumulated_time / static_cast<double>(run.iterations);
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Measured {
  double fast = 0;       // median CPU seconds an iteration
  double reference = 0;  // the same, of the reference
  double ratio() const { return reference / fast; }
};

// Both sides of `pair` in turn, `repetitions` times each, so that a busy spell of the machine
// falls on both alike.
absl::StatusOr<Measured> Measure(const Pair& pair, int repetitions) {
  std::vector<double> fast, reference;
  for (int i = 0; i < repetitions; ++i) {
    absl::StatusOr<double> f = CpuSecondsPerIteration(pair.fast);
    if (!f.ok()) return f.status();
    fast.push_back(*f);
    absl::StatusOr<double> r = CpuSecondsPerIteration(pair.reference);
    if (!r.ok()) return r.status();
    reference.push_back(*r);
  }
  return Measured{Median(fast), Median(reference)};
}

std::string Time(double seconds) {
  if (seconds >= 1) return absl::StrFormat("%.3g s", seconds);
  if (seconds >= 1e-3) return absl::StrFormat("%.3g ms", seconds * 1e3);
  if (seconds >= 1e-6) return absl::StrFormat("%.3g us", seconds * 1e6);
  return absl::StrFormat("%.3g ns", seconds * 1e9);
}

bool ParseFlags(int argc, char** argv, Options* options) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&](std::string_view flag, std::string_view* out) {
      if (arg.substr(0, flag.size()) != flag) return false;
      *out = arg.substr(flag.size());
      return true;
    };
    std::string_view v;
    if (value("--pairs=", &v) && !v.empty()) {
      options->pairs = std::string(v);
    } else if (value("--repetitions=", &v)) {
      if (!absl::SimpleAtoi(std::string(v), &options->repetitions) || options->repetitions < 1 ||
          options->repetitions > 100) {
        return false;
      }
    } else if (value("--min_time=", &v)) {
      if (!absl::SimpleAtod(std::string(v), &options->min_time) || !(options->min_time > 0) ||
          options->min_time > 60) {
        return false;
      }
    } else {
      return false;
    }
  }
  return true;
}

int Run(int argc, char** argv) {
  Options options;
  if (argc == 2 && std::string_view(argv[1]) == "--help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (!ParseFlags(argc, argv, &options)) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  absl::StatusOr<std::vector<Pair>> pairs = ReadPairs(options.pairs);
  if (!pairs.ok()) {
    std::fprintf(stderr, "gongkai_bench_gate: %s\n", std::string(pairs.status().message()).c_str());
    return 2;
  }

  // Every benchmark of gongkai_bench at smoke scale, and table 三 at every size: nothing is
  // generated until a benchmark that needs it runs.
  RegisterTable3Benchmarks(Scale::kFull);
  RegisterDeadlineBenchmarks(Scale::kSmoke);
  RegisterReportBenchmarks(Scale::kSmoke);
  RegisterImportBenchmarks(Scale::kSmoke);
  RegisterNoticeBenchmarks(Scale::kSmoke);
  RegisterRegistryBenchmarks(Scale::kSmoke);
  std::string min_time = absl::StrCat("--benchmark_min_time=", options.min_time);
  std::vector<char*> benchmark_argv = {argv[0], min_time.data()};
  int benchmark_argc = static_cast<int>(benchmark_argv.size());
  benchmark::Initialize(&benchmark_argc, benchmark_argv.data());

  const auto wall_start = std::chrono::steady_clock::now();
  std::printf("%-28s %10s %10s %8s %7s %13s  %s\n", "pair", "fast", "reference", "ratio", "floor",
              "documented", "");
  std::fflush(stdout);
  std::vector<std::string> failures;
  for (const Pair& pair : *pairs) {
    absl::StatusOr<Measured> measured = Measure(pair, options.repetitions);
    if (measured.ok() && measured->ratio() < pair.floor) {
      std::fprintf(stderr, "%s: %.3gx below its floor %gx; measuring it again\n", pair.name.c_str(),
                   measured->ratio(), pair.floor);
      measured = Measure(pair, options.repetitions);
    }
    if (!measured.ok()) {
      std::fprintf(stderr, "%s: %s\n", pair.name.c_str(), measured.status().ToString().c_str());
      if (absl::IsNotFound(measured.status())) return 2;
      failures.push_back(absl::StrCat(pair.name, ": ", measured.status().message()));
      continue;
    }
    const bool ok = measured->ratio() >= pair.floor;
    std::printf("%-28s %10s %10s %7.3gx %6gx %13s  %s\n", pair.name.c_str(),
                Time(measured->fast).c_str(), Time(measured->reference).c_str(), measured->ratio(),
                pair.floor, pair.documented.c_str(), ok ? "ok" : "BELOW");
    std::fflush(stdout);
    if (!ok) {
      failures.push_back(absl::StrFormat(
          "%s below its floor, twice: %s %s and %s %s (medians of %d, CPU), ratio %.3gx < floor "
          "%gx",
          pair.name, pair.fast, Time(measured->fast), pair.reference, Time(measured->reference),
          options.repetitions, measured->ratio(), pair.floor));
    }
  }
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
  std::printf("%zu pairs, %zu failed; %.1f s CPU, %.1f s wall (data generation included)\n",
              pairs->size(), failures.size(), static_cast<double>(std::clock()) / CLOCKS_PER_SEC,
              wall);
  for (const std::string& failure : failures) std::fprintf(stderr, "FAILED %s\n", failure.c_str());
  benchmark::Shutdown();
  return failures.empty() ? 0 : 1;
}

}  // namespace
}  // namespace gongkai::bench

int main(int argc, char** argv) { return gongkai::bench::Run(argc, argv); }
