// The full annual report from records (docs/annual.md): one builder takes an agency, a year,
// the entered figures and options (gongkai.v1.AnnualRequest), then any number of disclosure,
// slip, application and remedy records, and returns the report with tables 二 三 四 derived,
// the entered figures and narratives attached, its validation findings, the headline figures
// of section 一, the records it skipped or found wrong, and, on request, the records behind a
// cell.
//
// A bad record never fails a call: it becomes a RecordProblem and, unless the rule says
// otherwise, is left out. Streams are all or nothing: a malformed stream adds none of its
// records (undone from a journal of what it changed, not by copying the builder, so a stream
// costs no more memory than its records' compact state). Builders over shards of the same records
// merge into the same result as one builder over all of them (problems and traces in shard order).
// Not thread-safe: one builder per thread, then Merge.
#ifndef GONGKAI_LIB_ANNUAL_BUILDER_H_
#define GONGKAI_LIB_ANNUAL_BUILDER_H_

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "annual/slip_links.h"
#include "calendar/calendar.h"
#include "cases/aggregate/aggregate.h"
#include "common/fingerprint_set.h"
#include "disclosure/counter.h"
#include "disclosure/index_scheme.h"
#include "gongkai/v1/annual.pb.h"
#include "messages/stream.h"
#include "remedy/table4.h"
#include "report/counter.h"
#include "report/figures.h"
#include "slip/slip.h"

namespace gongkai::annual {

enum class RecordKind { kDisclosure, kSlip, kApplication, kRemedy };

// "disclosure", "slip", "application", "remedy".
absl::string_view RecordKindName(RecordKind kind);
// The inverse; InvalidArgument listing the names otherwise.
absl::StatusOr<RecordKind> ParseRecordKind(absl::string_view name);

class AnnualBuilder {
 public:
  // Checks the request: an agency with an id; a year in 2019..2100; a known layout
  // (NotFound); entered figures readable in that layout and none of them a derived cell
  // (InvalidArgument naming "entered.cells[i]" and the key); valid options (workflows,
  // trace_cell naming a cell of the layout, a limit in 0..365, a known day_one rule).
  static absl::StatusOr<AnnualBuilder> Create(
      const v1::AnnualRequest& request,
      std::shared_ptr<const calendar::Calendar> cal = calendar::Calendar::National());

  void AddDisclosure(const v1::Disclosure& record);
  void AddSlip(const v1::IssuanceSlip& record);
  void AddApplication(const v1::Application& record);
  void AddRemedy(const v1::Remedy& record);
  // Parses `stream` (messages::ForEachInStream) as records of `kind` and adds them. On a
  // malformed stream: InvalidArgument naming the message index, and nothing is added. With
  // `threads` > 1, parses on that many threads as AddReader does.
  absl::Status AddStream(RecordKind kind, messages::Encoding encoding, absl::string_view stream,
                         int threads = 1);
  // AddStream over a stream read in blocks by `read` (messages::ForEachInReader), never held
  // whole: memory does not grow with the stream, only with what the builder keeps of each
  // record. Errors of `read` are returned unchanged (prefixed like stream errors), and, like a
  // malformed stream, add nothing. With `threads` > 1, that many threads (this one among them)
  // parse the records while this one adds them in order (messages::ForEachInReaderParallel):
  // the same result and the same errors as one thread. InvalidArgument for threads outside
  // 1..messages::kMaxStreamThreads.
  absl::Status AddReader(RecordKind kind, messages::Encoding encoding, messages::ReadFn read,
                         size_t block_size = messages::kDefaultBlockSize, int threads = 1);

  // Whether a stream that fails part-way is undone (the default), so that the builder can go
  // on. The undo keeps a journal of the 索引号 and slip ids the stream takes, 8 bytes a
  // disclosure while the stream lasts (28 MB over 3.5 million). A caller that gives up at the
  // first failed stream, as `gongkai report` does, turns it off: a stream that fails then leaves
  // the builder broken, and AddStream, AddReader, Merge and Finish refuse it (FailedPrecondition).
  void set_undo_failed_streams(bool undo) { undo_failed_streams_ = undo; }

  // Adds the records `other` has seen, as if they had been added to this builder after its
  // own. InvalidArgument unless both were made from the same request.
  absl::Status Merge(const AnnualBuilder& other);

  // The report and everything found. Can be called more than once; adding may continue.
  // Errors only if the derived report cannot be checked (INTERNAL: a bug), or for a broken
  // builder (set_undo_failed_streams).
  absl::StatusOr<v1::AnnualResult> Finish() const;

 private:
  static constexpr size_t kMaxProblems = 1000;
  struct SlipFacts {
    v1::PublicAttribute signed_attribute;
    bool may_publish;
  };

  // Every problem counted, the first kMaxProblems kept.
  struct Problems {
    std::vector<v1::RecordProblem> kept;
    int64_t count = 0;
    void Add(absl::string_view kind, absl::string_view id, absl::string_view rule,
             v1::Severity severity, std::string message);
  };

  // The entries a stream being added has made in indexes_ and slips_, so that StreamUndo can
  // take them out again; null when no stream is being added.
  struct Journal {
    std::vector<uint64_t> indexes;
    std::vector<std::map<std::string, SlipFacts, std::less<>>::iterator> slips;
  };
  class StreamUndo;
  // Adds every record of the stream `for_each` walks (ForEachInStream or ForEachInReader).
  template <typename ForEach>
  absl::Status AddRecords(RecordKind kind, ForEach for_each);

  AnnualBuilder() = default;
  void Problem(absl::string_view kind, absl::string_view id, absl::string_view rule,
               v1::Severity severity, std::string message) {
    problems_.Add(kind, id, rule, severity, std::move(message));
  }
  bool OtherAgency(absl::string_view kind, absl::string_view id, absl::string_view agency_id);
  // The three table counters (二 三 四), alike.
  std::array<const report::TableCounter*, 3> counters() const {
    return {&*disclosures_, &*t3_, &*t4_};
  }
  // The traced cell's value in the counter that derives it (nullopt if none does).
  std::optional<int64_t> TracedValue() const;
  template <typename AddFn>
  void Traced(absl::string_view id, AddFn add);

  v1::AnnualRequest request_;
  std::shared_ptr<const calendar::Calendar> cal_;
  const report::Layout* layout_ = nullptr;
  report::Figures entered_;
  slip::Workflows workflows_;
  std::optional<cases::Table3Aggregator> t3_;
  std::optional<disclosure::DisclosureCounter> disclosures_;
  std::optional<remedy::Table4Counter> t4_;
  std::optional<disclosure::IndexScheme> index_scheme_;
  bool check_index_scheme_ = false;
  // The 索引号 taken so far, as fingerprints: 8 bytes a disclosure, not the strings
  // (docs/performance.md, "Streaming"), so a duplicate can name only itself.
  FingerprintSet indexes_;
  int trace_cell_ = -1;
  int traced_counter_ = -1;  // index in counters() of the one deriving trace_cell_, or -1
  v1::RecordCounts records_;
  Problems problems_;
  std::vector<std::string> trace_;
  // A node-based map: a failed allocation leaves it intact (this Abseil's flat_hash_map is left
  // broken), and shards merge in id order.
  std::map<std::string, SlipFacts, std::less<>> slips_;
  SlipLinks links_;  // disclosures that name a slip: checked against it in Finish
  Journal* journal_ = nullptr;
  bool undo_failed_streams_ = true;
  bool broken_ = false;  // a stream failed part-way and was not undone
  absl::Status CheckNotBroken() const;
};

}  // namespace gongkai::annual

#endif  // GONGKAI_LIB_ANNUAL_BUILDER_H_
