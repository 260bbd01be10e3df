// The fast JSON reader (lib/messages/json_fast.h) against protobuf's parser, differentially.
//
// Input: selector, then the JSON text. Selector bit 0: ignore unknown fields; bit 1 clear: a
// record type (bits 2-3: Disclosure, IssuanceSlip, Application, Remedy), set: any Gongkai type,
// picked by the next byte (modulo the number of types).
// Promises checked beyond fuzz_support.h: whatever the fast reader takes, protobuf takes too and
// gives the same message (equal, and the same bytes); ParseJson, which tries the fast reader
// first, gives protobuf's status, error text and message on every input.
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "common/utf8.h"
#include "fuzz_support.h"
#include "google/protobuf/util/message_differencer.h"
#include "messages/json_fast.h"
#include "messages/registry.h"
#include "messages/stream.h"

namespace {

namespace pb = google::protobuf;
using gongkai::fuzz::Fail;
using gongkai::messages::DeterministicBytes;

constexpr const char* kRecordTypes[] = {"gongkai.v1.Disclosure", "gongkai.v1.IssuanceSlip",
                                        "gongkai.v1.Application", "gongkai.v1.Remedy"};

std::unique_ptr<pb::Message> New(const std::string& type) {
  auto m = gongkai::messages::NewMessage(type);
  if (!m.ok()) Fail("NewMessage", type.c_str());
  return std::move(*m);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  gongkai::fuzz::Input in(data, size);
  const uint8_t selector = in.Byte();
  const bool ignore_unknown = selector & 1;
  static const std::vector<std::string> all = gongkai::messages::MessageTypeNames();
  const std::string type =
      selector & 2 ? all[in.Byte() % all.size()] : kRecordTypes[(selector >> 2) & 3];
  const std::string json = in.Rest();

  auto reference = New(type);
  const absl::Status expected =
      gongkai::messages::ParseJsonWithProtobuf(json, ignore_unknown, reference.get());

  // The fast reader as ParseJson calls it: on UTF-8, after a byte order mark.
  absl::string_view text = json;
  if (absl::StartsWith(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  if (!gongkai::FindInvalidUtf8(text)) {
    auto fast = New(type);
    if (gongkai::messages::ParseJsonFast(text, ignore_unknown, fast.get())) {
      if (!expected.ok()) Fail("fast reader", "took an input protobuf refuses");
      if (!pb::util::MessageDifferencer::Equals(*fast, *reference) ||
          DeterministicBytes(*fast) != DeterministicBytes(*reference)) {
        Fail("fast reader", "gave another message than protobuf");
      }
    }
  }

  auto via = New(type);
  const absl::Status got = gongkai::messages::ParseJson(json, ignore_unknown, via.get());
  if (got != expected) Fail("ParseJson", "status or error text differs from protobuf's");
  if (got.ok() && DeterministicBytes(*via) != DeterministicBytes(*reference)) {
    Fail("ParseJson", "gave another message than protobuf");
  }
  return 0;
}
