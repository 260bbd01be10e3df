// The data every benchmark shares, made once per process by the seeded generator (tools/gen)
// and cached: length-delimited streams of applications on disk, so that the 10^7-record
// stream (4.7 GB) is generated once per machine, not once per run.
#ifndef GONGKAI_BENCH_BENCH_DATA_H_
#define GONGKAI_BENCH_BENCH_DATA_H_

#include <cstdint>
#include <string>
#include <vector>

#include "columns.h"
#include "gongkai/v1/application.pb.h"

namespace gongkai::bench {

// The report year of every generated record set, and the generator's seed.
inline constexpr int kYear = 2025;
inline constexpr uint64_t kSeed = 1;

// Where streams are cached: $GONGKAI_BENCH_DATA, else the build's bench/data directory.
std::string DataDir();

// The path of the cached stream of `records` generated applications, generating and writing
// it first if it is missing (atomically: a temporary file, then a rename).
std::string ApplicationStreamFile(int64_t records);

// The stream of `records` generated applications, in memory (read from the cache; kept for the
// life of the process).
const std::string& ApplicationStream(int64_t records);

// The same records in the library's compact form (built once from the stream).
const ApplicationColumns& ApplicationColumnsOf(int64_t records);

// The same records as protobuf objects (only for small sets: about 2 KB each).
const std::vector<v1::Application>& ApplicationMessages(int64_t records);

// Peak resident set size of this process so far (VmHWM), in bytes.
int64_t PeakRssBytes();
// Current resident set size (VmRSS), in bytes.
int64_t RssBytes();

}  // namespace gongkai::bench

#endif  // GONGKAI_BENCH_BENCH_DATA_H_
