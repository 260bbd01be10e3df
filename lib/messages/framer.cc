#include "messages/framer.h"

#include <algorithm>
#include <cstdint>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "common/coding.h"
#include "common/status_macros.h"

namespace gongkai::messages {

absl::Status RawRecord::Located(const absl::Status& status) const {
  return absl::Status(status.code(), absl::StrCat("message ", index, line ? " (line " : " (byte ",
                                                  position, "): ", status.message()));
}

absl::Status Framer::Located(const absl::Status& status, size_t byte) const {
  return RawRecord{index_, byte, false, {}}.Located(status);
}

absl::StatusOr<size_t> Framer::Consume(absl::string_view data, bool at_end, Visit visit) {
  ASSIGN_OR_RETURN(const size_t consumed, encoding_ == Encoding::kJson
                                              ? ConsumeLines(data, at_end, visit)
                                              : ConsumeDelimited(data, at_end, visit));
  offset_ += consumed;
  return consumed;
}

absl::StatusOr<size_t> Framer::ConsumeLines(absl::string_view data, bool at_end, Visit visit) {
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
    RETURN_IF_ERROR(visit(RawRecord{index_, line_, true, text}));
    ++index_;
  }
  return pos;
}

absl::StatusOr<size_t> Framer::ConsumeDelimited(absl::string_view data, bool at_end, Visit visit) {
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
      return Located(absl::InvalidArgumentError("bad length prefix"), offset_ + pos);
    }
    const size_t body = static_cast<size_t>(record - p);
    if (size > data.size() - body) {
      // Compared, never allocated: the record is gathered as its bytes arrive.
      if (!at_end) break;
      return Located(absl::InvalidArgumentError(absl::StrCat("length ", size,
                                                             " runs past the end of the stream (",
                                                             data.size() - body, " bytes left)")),
                     offset_ + body);
    }
    pos = body + size;
    RETURN_IF_ERROR(visit(RawRecord{index_, offset_ + body, false, data.substr(body, size)}));
    ++index_;
  }
  return pos;
}

absl::Status CheckBlockSize(size_t block_size) {
  if (block_size == 0) return absl::InvalidArgumentError("ForEachInReader: block_size is 0");
  // held + block_size must not wrap around (and a block must fit in a std::string).
  if (block_size > std::string().max_size() / 2) {
    return absl::InvalidArgumentError(
        absl::StrCat("ForEachInReader: block_size ", block_size, " is too large"));
  }
  return absl::OkStatus();
}

absl::StatusOr<size_t> ReadBlock(ReadFn read, char* buffer, size_t block_size) {
  ASSIGN_OR_RETURN(const size_t got, read(buffer, block_size));
  if (got > block_size) {
    return absl::InternalError(absl::StrCat("ForEachInReader: read returned ", got,
                                            " bytes, more than the ", block_size, " asked for"));
  }
  return got;
}

}  // namespace gongkai::messages
