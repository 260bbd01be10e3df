// AnnualBuilder: records from streams, all or nothing.
#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "annual/builder.h"
#include "common/status_macros.h"

namespace gongkai::annual {

// Undoes what a stream added unless told to keep it, also while an exception unwinds. The
// fixed-size state (the three counters, the counts) is copied before the stream, which is all
// that may allocate; what grows with the records is cut back to its size before the stream
// (problems, traces, links) or has the stream's entries taken out again (the journal).
class AnnualBuilder::StreamUndo {
 public:
  explicit StreamUndo(AnnualBuilder* b)
      : b_(b),
        t3_(*b->t3_),
        disclosures_(*b->disclosures_),
        t4_(*b->t4_),
        records_(b->records_),
        problem_count_(b->problems_.count),
        problems_kept_(b->problems_.kept.size()),
        traced_(b->trace_.size()),
        links_(b->links_.size()) {
    if (b_->undo_failed_streams_) b_->journal_ = &journal_;
  }
  StreamUndo(const StreamUndo&) = delete;
  StreamUndo& operator=(const StreamUndo&) = delete;
  ~StreamUndo() {
    b_->journal_ = nullptr;
    if (keep_) return;
    if (b_->undo_failed_streams_) {
      Undo();
    } else {
      b_->broken_ = true;
    }
  }
  void Keep() { keep_ = true; }

 private:
  void Undo() noexcept {
    // Each allocates nothing: moves, truncations and erasures.
    *b_->t3_ = std::move(t3_);
    *b_->disclosures_ = std::move(disclosures_);
    *b_->t4_ = std::move(t4_);
    b_->records_.Swap(&records_);
    b_->problems_.count = problem_count_;
    Truncate(b_->problems_.kept, problems_kept_);
    Truncate(b_->trace_, traced_);
    b_->links_.Truncate(links_);
    for (const uint64_t index : journal_.indexes) b_->indexes_.Erase(index);
    for (const auto& slip : journal_.slips) b_->slips_.erase(slip);
  }
  template <typename T>
  static void Truncate(std::vector<T>& v, size_t size) {
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(size), v.end());
  }

  AnnualBuilder* b_;
  cases::Table3Aggregator t3_;
  disclosure::DisclosureCounter disclosures_;
  remedy::Table4Counter t4_;
  v1::RecordCounts records_;
  int64_t problem_count_;
  size_t problems_kept_;
  size_t traced_;
  size_t links_;
  Journal journal_;
  bool keep_ = false;
};

absl::Status AnnualBuilder::CheckNotBroken() const {
  if (!broken_) return absl::OkStatus();
  return absl::FailedPreconditionError(
      "a stream failed part-way and was not undone (set_undo_failed_streams(false)); start a "
      "new builder");
}

template <typename ForEach>
absl::Status AnnualBuilder::AddRecords(RecordKind kind, ForEach for_each) {
  RETURN_IF_ERROR(CheckNotBroken());
  StreamUndo undo(this);
  // `scratch` gives the type; the records come as `visit` gets them (parsed into it, or into
  // messages of its type on other threads).
  auto each = [&](auto scratch, auto add) {
    return for_each(&scratch, [&](size_t, const google::protobuf::Message& record) {
      add(static_cast<const decltype(scratch)&>(record));
      return absl::OkStatus();
    });
  };
  absl::Status status;
  switch (kind) {
    case RecordKind::kDisclosure:
      status = each(v1::Disclosure(), [&](const v1::Disclosure& r) { AddDisclosure(r); });
      break;
    case RecordKind::kSlip:
      status = each(v1::IssuanceSlip(), [&](const v1::IssuanceSlip& r) { AddSlip(r); });
      break;
    case RecordKind::kApplication:
      status = each(v1::Application(), [&](const v1::Application& r) { AddApplication(r); });
      break;
    case RecordKind::kRemedy:
      status = each(v1::Remedy(), [&](const v1::Remedy& r) { AddRemedy(r); });
      break;
  }
  if (!status.ok()) {
    return absl::Status(status.code(),
                        absl::StrCat(RecordKindName(kind), " stream: ", status.message()));
  }
  undo.Keep();
  return absl::OkStatus();
}

absl::Status AnnualBuilder::AddStream(RecordKind kind, messages::Encoding encoding,
                                      absl::string_view stream, int threads) {
  if (threads != 1) {
    // The parallel reader takes blocks: copying them out of memory costs little beside parsing.
    return AddReader(
        kind, encoding,
        [&stream](char* buffer, size_t size) -> absl::StatusOr<size_t> {
          const size_t n = std::min(size, stream.size());
          if (n > 0) std::memcpy(buffer, stream.data(), n);
          stream.remove_prefix(n);
          return n;
        },
        messages::kDefaultBlockSize, threads);
  }
  return AddRecords(kind, [&](google::protobuf::Message* scratch, const auto& visit) {
    return messages::ForEachInStream(encoding, stream, scratch, visit);
  });
}

absl::Status AnnualBuilder::AddReader(RecordKind kind, messages::Encoding encoding,
                                      messages::ReadFn read, size_t block_size, int threads) {
  return AddRecords(kind, [&](google::protobuf::Message* scratch, const auto& visit) {
    return messages::ForEachInReaderParallel(encoding, read, *scratch, visit, threads, block_size);
  });
}

}  // namespace gongkai::annual
