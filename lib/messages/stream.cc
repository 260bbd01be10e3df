#include "messages/stream.h"

#include <algorithm>
#include <cstring>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "common/coding.h"
#include "common/status_macros.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "messages/framer.h"
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

std::string DeterministicBytes(const pb::Message& message) {
  std::string out;
  {
    pb::io::StringOutputStream stream(&out);
    pb::io::CodedOutputStream coded(&stream);  // flushes into `out` when destroyed
    coded.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&coded);
  }
  return out;
}

namespace {

// What ForEachInStream and ForEachInReader do with each framed record: parse it into `scratch`
// and visit it.
class ParseAndVisit {
 public:
  ParseAndVisit(Encoding encoding, pb::Message* scratch,
                const std::function<absl::Status(size_t, const pb::Message&)>& visit)
      : encoding_(encoding), scratch_(scratch), visit_(visit) {}
  absl::Status operator()(const RawRecord& record) const {
    if (absl::Status s = ParseAs(encoding_, record.bytes, scratch_); !s.ok()) {
      return record.Located(s);
    }
    return visit_(record.index, *scratch_);
  }

 private:
  const Encoding encoding_;
  pb::Message* const scratch_;
  const std::function<absl::Status(size_t, const pb::Message&)>& visit_;
};

}  // namespace

absl::Status ForEachInStream(Encoding encoding, absl::string_view stream, pb::Message* scratch,
                             const std::function<absl::Status(size_t, const pb::Message&)>& visit) {
  const ParseAndVisit each(encoding, scratch, visit);
  return Framer(encoding).Consume(stream, /*at_end=*/true, each).status();
}

absl::Status ForEachInReader(Encoding encoding, ReadFn read, pb::Message* scratch,
                             const std::function<absl::Status(size_t, const pb::Message&)>& visit,
                             size_t block_size) {
  RETURN_IF_ERROR(CheckBlockSize(block_size));
  Framer framer(encoding);
  const ParseAndVisit each(encoding, scratch, visit);
  // buffer[0, held) is the stream not yet consumed (at most one unfinished record); the rest of
  // buffer is room for the next read. It grows (geometrically, as std::string does) only while
  // reads fill what they were asked, up to a block, or while a record longer than a block is
  // gathered, by the bytes that arrived.
  std::string buffer;
  size_t held = 0;
  ReadSize ask(block_size);
  while (true) {
    const size_t want = ask.next();
    if (buffer.size() < held + want) buffer.resize(held + want);
    ASSIGN_OR_RETURN(const size_t got, ReadBlock(read, buffer.data() + held, want));
    ask.Got(got);
    held += got;
    const bool at_end = got == 0;
    ASSIGN_OR_RETURN(const size_t consumed,
                     framer.Consume(absl::string_view(buffer.data(), held), at_end, each));
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
