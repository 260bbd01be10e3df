// JSON <-> wire conversion through the registry, against protobuf's own generated-code calls
// on the same message (the baseline): the ratio is the cost of looking a type up by name.
// Registered statically; main() is bench_main.cc's.
#include <string>

#include "benchmark/benchmark.h"
#include "gongkai/v1/common.pb.h"
#include "google/protobuf/util/json_util.h"
#include "messages/registry.h"

namespace {

gongkai::v1::Agency SampleAgency() {
  gongkai::v1::Agency agency;
  agency.set_id("11110105MB0000000X");
  agency.set_name("北京市示例区人民政府");
  agency.set_level(gongkai::v1::AGENCY_LEVEL_COUNTY);
  agency.set_parent_id("11110000000000000X");
  return agency;
}

void BM_Baseline_GeneratedJsonToBinary(benchmark::State& state) {
  std::string json;
  (void)google::protobuf::util::MessageToJsonString(SampleAgency(), &json);
  for (auto _ : state) {
    gongkai::v1::Agency agency;
    (void)google::protobuf::util::JsonStringToMessage(json, &agency);
    benchmark::DoNotOptimize(agency.SerializeAsString());
  }
  state.SetBytesProcessed(state.iterations() * json.size());
}
BENCHMARK(BM_Baseline_GeneratedJsonToBinary);

void BM_RegistryJsonToBinary(benchmark::State& state) {
  std::string json;
  (void)google::protobuf::util::MessageToJsonString(SampleAgency(), &json);
  for (auto _ : state) {
    benchmark::DoNotOptimize(gongkai::messages::JsonToBinary("gongkai.v1.Agency", json, false));
  }
  state.SetBytesProcessed(state.iterations() * json.size());
}
BENCHMARK(BM_RegistryJsonToBinary);

void BM_Baseline_GeneratedBinaryToJson(benchmark::State& state) {
  const std::string bytes = SampleAgency().SerializeAsString();
  for (auto _ : state) {
    gongkai::v1::Agency agency;
    agency.ParseFromString(bytes);
    std::string json;
    (void)google::protobuf::util::MessageToJsonString(agency, &json);
    benchmark::DoNotOptimize(json);
  }
  state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_Baseline_GeneratedBinaryToJson);

void BM_RegistryBinaryToJson(benchmark::State& state) {
  const std::string bytes = SampleAgency().SerializeAsString();
  for (auto _ : state) {
    benchmark::DoNotOptimize(gongkai::messages::BinaryToJson("gongkai.v1.Agency", bytes, {}));
  }
  state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_RegistryBinaryToJson);

}  // namespace
