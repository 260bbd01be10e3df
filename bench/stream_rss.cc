// Streaming aggregation and its memory: table 三 of 10^7 applications (by default) read from
// the cached stream file in fixed chunks through Table3Aggregator::AddStream, as an integrator
// streams a file or a socket. Prints one JSON object: records, bytes, seconds, records and
// bytes per second, and the growth of peak RSS (VmHWM) over the process before streaming.
//
//   gongkai_bench_stream [--records=N] [--chunk_mb=M] [--generate_only]
// --generate_only makes sure the cached stream of N records exists and prints its path.
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "bench_data.h"
#include "cases/aggregate/aggregate.h"
#include "cases/aggregate/wire.h"
#include "report/layout.h"

namespace {

using gongkai::bench::ApplicationStreamFile;

bool Flag(const char* arg, const char* name, std::string* value) {
  const size_t n = std::strlen(name);
  if (std::strncmp(arg, name, n) != 0 || arg[n] != '=') return false;
  *value = arg + n + 1;
  return true;
}

// The stream file of `records`, generated in a child process when missing, so that the
// generator's memory never counts in this process's peak.
std::string EnsureStream(int64_t records) {
  const pid_t child = fork();
  if (child == 0) {
    ApplicationStreamFile(records);
    std::_Exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "gongkai_bench_stream: generating %lld records failed\n",
                 static_cast<long long>(records));
    std::exit(2);
  }
  return ApplicationStreamFile(records);  // exists now
}

}  // namespace

int main(int argc, char** argv) {
  int64_t records = 10000000;
  size_t chunk = 4 << 20;
  bool generate_only = false;
  for (int i = 1; i < argc; ++i) {
    std::string value;
    if (Flag(argv[i], "--records", &value)) {
      records = std::atoll(value.c_str());
    } else if (Flag(argv[i], "--chunk_mb", &value)) {
      chunk = static_cast<size_t>(std::atoll(value.c_str())) << 20;
    } else if (std::strcmp(argv[i], "--generate_only") == 0) {
      generate_only = true;
    } else {
      std::fprintf(stderr,
                   "usage: gongkai_bench_stream [--records=N] [--chunk_mb=M] [--generate_only]\n");
      return 2;
    }
  }
  const std::string path = EnsureStream(records);
  if (generate_only) {
    std::printf("%s\n", path.c_str());
    return 0;
  }
  const gongkai::report::Layout& layout =
      *gongkai::report::LayoutFor("", gongkai::bench::kYear).value();
  gongkai::cases::Table3Aggregator aggregator =
      gongkai::cases::Table3Aggregator::Create(gongkai::bench::kYear, layout).value();
  // The baseline: the library loaded and its tables built, nothing of the stream read. The
  // chunk buffer counts in the growth.
  const int64_t rss_before = gongkai::bench::RssBytes();
  const int64_t peak_before = gongkai::bench::PeakRssBytes();
  std::string buffer(chunk, '\0');

  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    std::fprintf(stderr, "gongkai_bench_stream: cannot read %s\n", path.c_str());
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  size_t held = 0;  // bytes in buffer not yet added (a record cut by the chunk's end)
  int64_t bytes = 0;
  for (;;) {
    const size_t got = std::fread(buffer.data() + held, 1, buffer.size() - held, f);
    bytes += static_cast<int64_t>(got);
    held += got;
    if (held == 0) break;
    // The complete records in the buffer.
    const absl::string_view data(buffer.data(), held);
    size_t complete = 0, offset = 0;
    absl::string_view record;
    while (offset < data.size() && gongkai::cases::NextDelimited(data, &offset, &record))
      complete = offset;
    if (complete == 0) {
      if (got == 0) {
        std::fprintf(stderr, "gongkai_bench_stream: the stream ends inside a record\n");
        return 1;
      }
      buffer.resize(buffer.size() * 2);  // a record longer than the buffer
      continue;
    }
    if (absl::Status s =
            aggregator.AddStream(gongkai::messages::Encoding::kBinary, data.substr(0, complete));
        !s.ok()) {
      std::fprintf(stderr, "gongkai_bench_stream: %s\n", s.ToString().c_str());
      return 1;
    }
    std::memmove(buffer.data(), buffer.data() + complete, held - complete);
    held -= complete;
    if (got == 0 && held == 0) break;
  }
  std::fclose(f);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const int64_t peak_after = gongkai::bench::PeakRssBytes();
  std::printf(
      "{\"name\": \"stream_rss\", \"records\": %lld, \"records_seen\": %lld, "
      "\"records_counted\": %lld, \"bytes\": %lld, \"chunk_bytes\": %zu, \"seconds\": %.6f, "
      "\"records_per_second\": %.1f, \"bytes_per_second\": %.1f, \"rss_before_bytes\": %lld, "
      "\"peak_rss_before_bytes\": %lld, \"peak_rss_after_bytes\": %lld, "
      "\"peak_rss_growth_bytes\": %lld}\n",
      static_cast<long long>(records), static_cast<long long>(aggregator.records_seen()),
      static_cast<long long>(aggregator.records_counted()), static_cast<long long>(bytes),
      buffer.size(), seconds, static_cast<double>(aggregator.records_seen()) / seconds,
      static_cast<double>(bytes) / seconds, static_cast<long long>(rss_before),
      static_cast<long long>(peak_before), static_cast<long long>(peak_after),
      static_cast<long long>(peak_after - peak_before));
  return aggregator.records_seen() == records ? 0 : 1;
}
