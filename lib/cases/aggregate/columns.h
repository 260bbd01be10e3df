// Applications in the library's own compact form for table 三: the four facts placement needs
// (aggregate/facts.h), one column each, read once from messages or a stream and then counted
// into any year, layout and mapping at memory speed (Table3Aggregator::AddColumns).
//
// A record takes 10 bytes in the hot columns (receipt day, conclusion day: int32; category,
// decisive outcome: uint8) plus, for problem messages only, its id and the index of its
// decisive event. A record whose facts do not fit (no receipt date, a concluding event without
// a date, concluded before received, a category or outcome outside its enum) is kept whole,
// serialized, and counted through Table3Aggregator::Add: such records are rare and always need
// their full text for the problem message.
#ifndef GONGKAI_LIB_CASES_AGGREGATE_COLUMNS_H_
#define GONGKAI_LIB_CASES_AGGREGATE_COLUMNS_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "cases/aggregate/facts.h"
#include "gongkai/v1/application.pb.h"

namespace gongkai::cases {

class ApplicationColumns {
 public:
  // received() of a record kept whole (see above).
  static constexpr int32_t kKeptWhole = -2;

  // Appends one application.
  void Append(const v1::Application& application);
  // Appends each application of a length-delimited binary stream, read by the wire reader.
  // InvalidArgument naming the message index for a malformed stream (as
  // Table3Aggregator::AddStream); then nothing of the stream is appended.
  absl::Status AppendStream(absl::string_view stream);
  // Reserves room for `records` more records.
  void Reserve(size_t records);

  size_t size() const { return received_.size(); }
  // Bytes held (capacity of every column and the kept records).
  size_t MemoryBytes() const;

  // The columns, by record. received: day key (yyyymmdd) or kKeptWhole; concluded: day key or
  // kNever; category: ApplicantCategory; outcome: the decisive Outcome.
  const std::vector<int32_t>& received() const { return received_; }
  const std::vector<int32_t>& concluded() const { return concluded_; }
  const std::vector<uint8_t>& category() const { return category_; }
  const std::vector<uint8_t>& outcome() const { return outcome_; }
  // Record i's id and the index of its decisive event (for messages).
  absl::string_view id(size_t i) const;
  int32_t decisive_at(size_t i) const { return decisive_at_[i]; }
  // The records kept whole, as (record index, serialized Application), by index.
  const std::vector<std::pair<size_t, std::string>>& kept_whole() const { return kept_; }

 private:
  // Appends a record from its facts; `serialized` is called for a record kept whole.
  template <typename Serialize>
  void AppendFacts(const ApplicationFacts& facts, absl::string_view id, Serialize serialized);
  void Truncate(size_t records);

  std::vector<int32_t> received_;
  std::vector<int32_t> concluded_;
  std::vector<uint8_t> category_;
  std::vector<uint8_t> outcome_;
  std::string ids_;
  std::vector<uint64_t> id_end_;  // record i's id is ids_[id_end_[i-1], id_end_[i])
  std::vector<int32_t> decisive_at_;
  std::vector<std::pair<size_t, std::string>> kept_;
};

}  // namespace gongkai::cases

#endif  // GONGKAI_LIB_CASES_AGGREGATE_COLUMNS_H_
