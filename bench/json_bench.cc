// Records as JSON lines (#19 item 2): ParseJson, which tries the fast reader (simdjson and
// reflection, lib/messages/json_fast.h) first, against protobuf's parser alone on the same
// generated Disclosure lines, as `gongkai report --data` reads them. Bytes per second of JSON.
// Registered statically; main() is bench_main.cc's (and gate.cc's, for the pair in gate.tsv).
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "gen/generate.h"
#include "gongkai/v1/disclosure.pb.h"
#include "messages/registry.h"

namespace {

// 2,000 disclosures of the generator's default agency, compact JSON as gongkai-gen writes them.
const std::vector<std::string>& DisclosureLines() {
  static const std::vector<std::string>* lines = [] {
    auto* out = new std::vector<std::string>;
    gongkai::gen::GenOptions options;
    options.disclosures = 2000;
    (void)gongkai::gen::GenerateDisclosures(options, [&](const gongkai::v1::Disclosure& d) {
      out->push_back(*gongkai::messages::MessageToJson(d, {}));
    });
    return out;
  }();
  return *lines;
}

template <bool kFast>
void BM_Records(benchmark::State& state) {
  const std::vector<std::string>& lines = DisclosureLines();
  size_t bytes = 0;
  for (const std::string& line : lines) bytes += line.size();
  gongkai::v1::Disclosure d;
  for (auto _ : state) {
    for (const std::string& line : lines) {
      const absl::Status s = kFast ? gongkai::messages::ParseJson(line, false, &d)
                                   : gongkai::messages::ParseJsonWithProtobuf(line, false, &d);
      if (!s.ok()) state.SkipWithError("a generated line does not parse");
      benchmark::DoNotOptimize(d);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * lines.size()));
}

[[maybe_unused]] const bool kRegistered = [] {
  benchmark::RegisterBenchmark("json/records_fast", BM_Records<true>)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("json/records_protobuf", BM_Records<false>)
      ->Unit(benchmark::kMillisecond);
  return true;
}();

}  // namespace
