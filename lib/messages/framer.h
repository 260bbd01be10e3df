// Internal to lib/messages: the one framing of record streams (stream.h), shared by the
// sequential readers (stream.cc) and the parallel one (parallel_stream.cc).
#ifndef GONGKAI_LIB_MESSAGES_FRAMER_H_
#define GONGKAI_LIB_MESSAGES_FRAMER_H_

#include <cstddef>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "messages/stream.h"

namespace gongkai::messages {

// One framed record, not yet parsed: its index among the stream's messages, and where it is
// (the line for JSON, the byte offset of its body for binary), for errors.
struct RawRecord {
  size_t index;
  size_t position;
  bool line;
  absl::string_view bytes;
  // `status` (a parse error) as the stream reports it: "message N (line L): …".
  absl::Status Located(const absl::Status& status) const;
};

// Visits the complete records at the front of the bytes it is given and says how many bytes they
// took. It keeps the stream's absolute byte offset, line and message index across calls, so
// errors read the same however the stream was cut into blocks.
class Framer {
 public:
  using Visit = absl::FunctionRef<absl::Status(const RawRecord&)>;
  explicit Framer(Encoding encoding) : encoding_(encoding) {}

  // `data` is the stream from the first byte not yet consumed (so it starts with what the last
  // call left); `at_end` says it runs to the stream's end. Returns the bytes consumed: before
  // the end, up to the first incomplete record; at the end, all of them (or an error). A
  // framing error (a bad length prefix, a length past the end) comes after the visits of the
  // records before it; an error of `visit` is returned as it is.
  absl::StatusOr<size_t> Consume(absl::string_view data, bool at_end, Visit visit);

 private:
  absl::StatusOr<size_t> ConsumeLines(absl::string_view data, bool at_end, Visit visit);
  absl::StatusOr<size_t> ConsumeDelimited(absl::string_view data, bool at_end, Visit visit);
  absl::Status Located(const absl::Status& status, size_t byte) const;

  const Encoding encoding_;
  size_t index_ = 0;   // of the next message
  size_t offset_ = 0;  // of data[0] in the stream
  size_t line_ = 0;    // lines consumed
  // JSON: the first so many bytes not consumed are known to hold no '\n'.
  size_t unscanned_from_ = 0;
};

// ForEachInReader's checks of its block size: InvalidArgument for 0 or one too large.
absl::Status CheckBlockSize(size_t block_size);
// One call of `read` into `buffer`, refusing a count over `block_size` (Internal).
absl::StatusOr<size_t> ReadBlock(ReadFn read, char* buffer, size_t block_size);

// How much the readers ask `read` for: at first at most kFirstRead bytes, then twice as much
// after each read that filled what it was asked, up to the block size. A short stream so never
// allocates, nor zeroes, a whole block (1 MiB by default) for a few records.
class ReadSize {
 public:
  static constexpr size_t kFirstRead = 64 << 10;
  explicit ReadSize(size_t block_size)
      : block_size_(block_size), next_(block_size < kFirstRead ? block_size : kFirstRead) {}
  size_t next() const { return next_; }
  void Got(size_t got) {
    if (got == next_) next_ = next_ > block_size_ / 2 ? block_size_ : 2 * next_;
  }

 private:
  const size_t block_size_;
  size_t next_;
};

}  // namespace gongkai::messages

#endif  // GONGKAI_LIB_MESSAGES_FRAMER_H_
