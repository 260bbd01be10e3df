// Reading table 三's facts (aggregate/facts.h) straight from a serialized gongkai.v1.Application,
// without building the message: the fast path of Table3Aggregator::AddStream for
// length-delimited binary streams.
//
// The reader accepts exactly the bytes protobuf 3.21's ParseFromArray accepts for an
// Application, and reads the same values from them: every field is walked and checked (tags,
// varints of at most ten bytes, lengths that stay inside their message, wire types 6 and 7
// refused, unknown fields skipped, unknown groups matched to their end tag, nesting at most 100
// deep, every string field well-formed UTF-8); a scalar seen twice keeps the last value, a
// message seen twice is merged, an int32 or enum keeps the low 32 bits of its varint.
// tests/cases/aggregate/wire_test.cc compares it with protobuf on generated, mutated and random
// bytes, and its facts with FactsOf on the parsed message.
#ifndef GONGKAI_LIB_CASES_AGGREGATE_WIRE_H_
#define GONGKAI_LIB_CASES_AGGREGATE_WIRE_H_

#include <cstddef>
#include <cstdint>

#include "absl/strings/string_view.h"
#include "cases/aggregate/facts.h"

namespace gongkai::cases {

// Whether this CPU runs the reader (on x86-64 it needs SSSE3, port::HaveSsse3(), so not under
// GONGKAI_PORTABLE; elsewhere always). Where it does not, callers parse with protobuf instead.
bool WireReaderAvailable();

// Reads applications serialized in one buffer (a stream, or one record), one at a time.
class ApplicationReader {
 public:
  // The last string of one field found well-formed: the same bytes again (the office that
  // acted on every event, the agency's id on every record) need no second check.
  struct Memo {
    const uint8_t* text = nullptr;
    uint32_t size = UINT32_MAX;  // no string is this long: nothing remembered yet
  };

  // `buffer` holds the records to be read and must outlive the reader; bytes after a record,
  // up to the buffer's end, may be read ahead but never count.
  explicit ApplicationReader(absl::string_view buffer)
      : readable_end_(reinterpret_cast<const uint8_t*>(buffer.data() + buffer.size())) {}

  // Reads the application serialized in `record` (inside the buffer) into *facts, and its last
  // `id` into *id (a view into `record`). Returns false, with *facts unspecified, exactly when
  // protobuf would refuse the bytes.
  bool Read(absl::string_view record, ApplicationFacts* facts, absl::string_view* id);

 private:
  const uint8_t* readable_end_;
  Memo agency_, actor_, approver_;
};

// One record read by a fresh reader over `record` alone.
bool ReadApplicationFacts(absl::string_view record, ApplicationFacts* facts, absl::string_view* id);

// One record of a length-delimited stream: its varint length prefix read as
// messages::ForEachInStream reads it (at most ten bytes). On success returns true, sets
// *record to the record's bytes and advances *offset past them; false for a bad prefix or a
// length that runs past the end.
bool NextDelimited(absl::string_view stream, size_t* offset, absl::string_view* record);

}  // namespace gongkai::cases

#endif  // GONGKAI_LIB_CASES_AGGREGATE_WIRE_H_
