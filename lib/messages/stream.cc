#include "messages/stream.h"

#include <algorithm>
#include <cstring>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "common/coding.h"
#include "common/status_macros.h"
#include "messages/registry.h"

namespace gongkai::messages {

namespace pb = google::protobuf;

absl::Status ParseAs(Encoding encoding, absl::string_view data, pb::Message* message) {
  if (encoding == Encoding::kJson) return ParseJson(data, /*ignore_unknown_fields=*/false, message);
  message->Clear();
  return ParseBinary(data, message);
}

absl::StatusOr<std::string> SerializeAs(Encoding encoding, const pb::Message& message) {
  if (encoding == Encoding::kJson) return MessageToJson(message, {});
  std::string bytes;
  if (!message.SerializeToString(&bytes)) {
    return absl::InternalError(absl::StrCat("serializing ", message.GetDescriptor()->full_name()));
  }
  return bytes;
}

namespace {

// The one framing of both encodings, for ForEachInStream (the whole stream at once) and
// ForEachInReader (block by block): it visits the complete records at the front of the bytes it
// is given and says how many bytes they took. It keeps the stream's absolute byte offset, line and
// message index across calls, so errors read the same however the stream was cut into blocks.
class Framer {
 public:
  Framer(Encoding encoding, pb::Message* scratch,
         const std::function<absl::Status(size_t, const pb::Message&)>& visit)
      : encoding_(encoding), scratch_(scratch), visit_(visit) {}

  // `data` is the stream from the first byte not yet consumed (so it starts with what the last
  // call left); `at_end` says it runs to the stream's end. Returns the bytes consumed: before
  // the end, up to the first incomplete record; at the end, all of them (or an error).
  absl::StatusOr<size_t> Consume(absl::string_view data, bool at_end) {
    ASSIGN_OR_RETURN(const size_t consumed, encoding_ == Encoding::kJson
                                                ? ConsumeLines(data, at_end)
                                                : ConsumeDelimited(data, at_end));
    offset_ += consumed;
    return consumed;
  }

 private:
  absl::Status Located(const absl::Status& status, absl::string_view where) const {
    return absl::Status(status.code(),
                        absl::StrCat("message ", index_, where, ": ", status.message()));
  }

  absl::StatusOr<size_t> ConsumeLines(absl::string_view data, bool at_end) {
    size_t pos = 0;
    while (pos < data.size()) {
      // Resume the search for '\n' past the bytes the last call already scanned: a line much
      // longer than a block is then scanned once, not once per block.
      size_t end = data.find('\n', pos + std::min(unscanned_from_, data.size() - pos));
      size_t next = end + 1;
      if (end == absl::string_view::npos) {
        if (!at_end) {
          unscanned_from_ = data.size() - pos;
          break;
        }
        end = next = data.size();  // the last line, without '\n'
      }
      unscanned_from_ = 0;
      const absl::string_view text = data.substr(pos, end - pos);
      pos = next;
      ++line_;
      if (absl::StripAsciiWhitespace(text).empty()) continue;
      if (absl::Status s = ParseAs(encoding_, text, scratch_); !s.ok()) {
        return Located(s, absl::StrCat(" (line ", line_, ")"));
      }
      RETURN_IF_ERROR(visit_(index_, *scratch_));
      ++index_;
    }
    return pos;
  }

  absl::StatusOr<size_t> ConsumeDelimited(absl::string_view data, bool at_end) {
    const auto* p = reinterpret_cast<const uint8_t*>(data.data());
    const uint8_t* const limit = p + data.size();
    size_t pos = 0;
    while (pos < data.size()) {
      uint64_t size = 0;
      const uint8_t* const record = GetVarint64Ptr(p + pos, limit, &size);
      if (record == nullptr) {
        // Fewer than kMaxVarint64Length bytes, all with the continuation bit: the prefix may
        // go on in the next block. Ten of them are malformed wherever the stream is cut.
        if (!at_end && data.size() - pos < static_cast<size_t>(kMaxVarint64Length)) break;
        return Located(absl::InvalidArgumentError("bad length prefix"),
                       absl::StrCat(" (byte ", offset_ + pos, ")"));
      }
      const size_t body = static_cast<size_t>(record - p);
      if (size > data.size() - body) {
        // Compared, never allocated: the record is gathered as its bytes arrive.
        if (!at_end) break;
        return Located(absl::InvalidArgumentError(absl::StrCat("length ", size,
                                                               " runs past the end of the stream (",
                                                               data.size() - body, " bytes left)")),
                       absl::StrCat(" (byte ", offset_ + body, ")"));
      }
      if (absl::Status s = ParseAs(encoding_, data.substr(body, size), scratch_); !s.ok()) {
        return Located(s, absl::StrCat(" (byte ", offset_ + body, ")"));
      }
      pos = body + size;
      RETURN_IF_ERROR(visit_(index_, *scratch_));
      ++index_;
    }
    return pos;
  }

  const Encoding encoding_;
  pb::Message* const scratch_;
  const std::function<absl::Status(size_t, const pb::Message&)>& visit_;
  size_t index_ = 0;   // of the next message
  size_t offset_ = 0;  // of data[0] in the stream
  size_t line_ = 0;    // lines consumed
  // JSON: the first so many bytes not consumed are known to hold no '\n'.
  size_t unscanned_from_ = 0;
};

}  // namespace

absl::Status ForEachInStream(Encoding encoding, absl::string_view stream, pb::Message* scratch,
                             const std::function<absl::Status(size_t, const pb::Message&)>& visit) {
  return Framer(encoding, scratch, visit).Consume(stream, /*at_end=*/true).status();
}

absl::Status ForEachInReader(Encoding encoding, ReadFn read, pb::Message* scratch,
                             const std::function<absl::Status(size_t, const pb::Message&)>& visit,
                             size_t block_size) {
  if (block_size == 0) return absl::InvalidArgumentError("ForEachInReader: block_size is 0");
  // held + block_size below must not wrap around (and a block must fit in a std::string).
  if (block_size > std::string().max_size() / 2) {
    return absl::InvalidArgumentError(
        absl::StrCat("ForEachInReader: block_size ", block_size, " is too large"));
  }
  Framer framer(encoding, scratch, visit);
  // buffer[0, held) is the stream not yet consumed (at most one unfinished record); the rest of
  // buffer is room for the next block. It grows (geometrically, as std::string does) only while a
  // record longer than a block is gathered, by the bytes that arrived.
  std::string buffer;
  size_t held = 0;
  while (true) {
    if (buffer.size() < held + block_size) buffer.resize(held + block_size);
    ASSIGN_OR_RETURN(const size_t got, read(buffer.data() + held, block_size));
    if (got > block_size) {
      return absl::InternalError(absl::StrCat("ForEachInReader: read returned ", got,
                                              " bytes, more than the ", block_size, " asked for"));
    }
    held += got;
    const bool at_end = got == 0;
    ASSIGN_OR_RETURN(const size_t consumed,
                     framer.Consume(absl::string_view(buffer.data(), held), at_end));
    if (at_end) return absl::OkStatus();  // at the end Consume takes everything or fails
    if (consumed > 0) {
      held -= consumed;
      std::memmove(buffer.data(), buffer.data() + consumed, held);
      // Give back what a long record took once it is done, but not for every record a little
      // over a block (that would reallocate for each).
      if (buffer.capacity() > 4 * (held + block_size)) {
        std::string(buffer.data(), held + block_size).swap(buffer);
      }
    }
  }
}

absl::Status AppendToStream(Encoding encoding, const pb::Message& message, std::string* stream) {
  ASSIGN_OR_RETURN(std::string bytes, SerializeAs(encoding, message));
  if (encoding == Encoding::kJson) {
    absl::StrAppend(stream, bytes, "\n");
    return absl::OkStatus();
  }
  PutVarint64(stream, bytes.size());
  stream->append(bytes);
  return absl::OkStatus();
}

}  // namespace gongkai::messages
