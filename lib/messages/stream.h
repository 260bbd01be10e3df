// Streams of messages: length-delimited binary (varint size, then the message, as protobuf's
// writeDelimitedTo writes them) or JSON lines (one message per line; blank lines skipped),
// walked whole in memory (ForEachInStream) or read block by block (ForEachInReader).
#ifndef GONGKAI_LIB_MESSAGES_STREAM_H_
#define GONGKAI_LIB_MESSAGES_STREAM_H_

#include <functional>
#include <string>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"

namespace gongkai::messages {

enum class Encoding { kBinary, kJson };

// Parses `data` as a message of `message`'s type in `encoding`. Errors name the type and,
// for JSON, the field (never the input text).
absl::Status ParseAs(Encoding encoding, absl::string_view data, google::protobuf::Message* message);

// Serializes `message` in `encoding` (compact JSON for kJson).
absl::StatusOr<std::string> SerializeAs(Encoding encoding,
                                        const google::protobuf::Message& message);

// `message` serialized with map entries in key order, so that equal messages give equal bytes
// (for comparing messages, and for the registry's canonical form).
std::string DeterministicBytes(const google::protobuf::Message& message);

// Calls `visit(index, message)` for each message of the stream in turn, reusing `scratch`
// (cleared before each parse). Stops at the first error, from the stream (InvalidArgument
// naming the message index, and for JSON the line) or from `visit`.
absl::Status ForEachInStream(
    Encoding encoding, absl::string_view stream, google::protobuf::Message* scratch,
    const std::function<absl::Status(size_t index, const google::protobuf::Message&)>& visit);

// Reads up to `size` bytes of a stream into `buffer`; returns how many were read, 0 only at
// the stream's end, or an error (passed on unchanged by ForEachInReader). Short reads are fine.
using ReadFn = absl::FunctionRef<absl::StatusOr<size_t>(char* buffer, size_t size)>;
inline constexpr size_t kDefaultBlockSize = 1 << 20;

// ForEachInStream over a stream read in blocks of `block_size` bytes by `read`, for streams too
// large to hold (the first reads ask for less, 64 KiB, doubling while `read` fills what it was
// asked: framer.h's ReadSize): holds one block plus the unfinished record that spans blocks (a
// record longer than a block is gathered whole, growing the buffer only as its bytes arrive, never
// by its claimed length). The same visits and the same errors, byte for byte (offsets and lines
// counted from the stream's start), as ForEachInStream on the whole stream; both share one framing.
// A length running past the end is reported only once `read` returns 0. Errors from `read` are
// returned as they are, after the visits of the records read before them. A block_size of 0,
// or one too large for a buffer, is InvalidArgument.
absl::Status ForEachInReader(
    Encoding encoding, ReadFn read, google::protobuf::Message* scratch,
    const std::function<absl::Status(size_t index, const google::protobuf::Message&)>& visit,
    size_t block_size = kDefaultBlockSize);

// The most threads ForEachInReaderParallel takes.
inline constexpr int kMaxStreamThreads = 64;

// OK for 1..kMaxStreamThreads threads, else a status of `code` saying "NAME: N is outside
// 1..64": one wording for the library, the C API (OutOfRange) and the CLI ("--threads").
absl::Status CheckStreamThreads(int threads,
                                absl::StatusCode code = absl::StatusCode::kInvalidArgument,
                                absl::string_view name = "threads");

// ForEachInReader with `threads` threads parsing, the calling one among them: the calling
// thread reads and frames the stream and visits the messages in the stream's order, while up to
// threads - 1 others parse later blocks (messages of `prototype`'s type). The same visits and the
// same errors as ForEachInReader; `read` and `visit` are called on the calling thread only. Holds
// at most 2 × threads blocks with their messages. CheckStreamThreads' InvalidArgument for
// threads outside 1..kMaxStreamThreads; 1 is ForEachInReader.
absl::Status ForEachInReaderParallel(
    Encoding encoding, ReadFn read, const google::protobuf::Message& prototype,
    const std::function<absl::Status(size_t index, const google::protobuf::Message&)>& visit,
    int threads, size_t block_size = kDefaultBlockSize);

// Appends one message to a stream in `encoding`.
absl::Status AppendToStream(Encoding encoding, const google::protobuf::Message& message,
                            std::string* stream);

}  // namespace gongkai::messages

#endif  // GONGKAI_LIB_MESSAGES_STREAM_H_
