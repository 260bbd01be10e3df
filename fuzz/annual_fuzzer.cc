// The annual-report builder: gongkai_annual_new (a request), _add (length-delimited streams and
// JSON lines of each record kind), _add_reader, _set_threads, _merge and _finish.
//
// Input: selector, then parts. Selector bit 0: JSON or binary; bits 1-2: the record kind
// (disclosure, slip, application, remedy); bit 3: the request is the input's first part
// (REQUEST \ STREAM) rather than a fixed one; bits 4-5: the fixed request's year and options;
// bit 6: check the promises below (finishing is costly: the fuzzer runs faster without); bit 7,
// with bit 6: the reader parses on two threads.
// Promises checked beyond fuzz_support.h: finish works after any add; with bit 6, a failed add
// leaves the builder's result exactly as it was, a builder merged into an empty one from the
// same request gives the same result, and the same stream given by a reader in small pieces
// gives the same code, message and result as the whole.
#include <algorithm>
#include <cstring>
#include <string>

#include "fuzz_support.h"

namespace {

using gongkai::fuzz::Bytes;
using gongkai::fuzz::CallForBuffer;
using gongkai::fuzz::Checked;
using gongkai::fuzz::Fail;
using gongkai::fuzz::Required;

const gongkai_record_kind kKinds[] = {GONGKAI_RECORD_DISCLOSURE, GONGKAI_RECORD_SLIP,
                                      GONGKAI_RECORD_APPLICATION, GONGKAI_RECORD_REMEDY};
const char* const kRequests[] = {
    R"({"agency":{"id":"11110105MB0000000X","name":"示范区人民政府"},"year":2025})",
    R"({"agency":{"id":"11110105MB0000000X"},"year":2024,"options":{"traceCell":"t3.granted.total"}})",
    R"({"agency":{"id":"11110105MB0000000X"},"year":2020,"options":{"layout":"2019","dayOne":"DAY_ONE_RULE_SAME_DAY"}})",
    R"({"agency":{"id":"11110105MB0000000X"},"year":2025,"options":{"indexScheme":{"template":"{org}/{yyyy}-{nnnnn}","organisationCode":"11110105MB0000000X"},"publicationLimitDays":3}})",
};

std::string InFormat(gongkai_format format, const char* json) {
  if (format == GONGKAI_FORMAT_JSON) return json;
  std::string bytes;
  if (CallForBuffer(
          "gongkai_message_from_json",
          [&](gongkai_buffer** out) {
            return gongkai_message_from_json(out, 0, "gongkai.v1.AnnualRequest", json,
                                             std::strlen(json));
          },
          &bytes) != GONGKAI_OK) {
    Fail("fixed request", gongkai_last_error_message());
  }
  return bytes;
}

gongkai_annual* New(gongkai_format format, const std::string& request) {
  gongkai_annual* a = reinterpret_cast<gongkai_annual*>(gongkai::fuzz::Sentinel());
  if (Checked(gongkai_annual_new(&a, nullptr, format, Bytes(request), request.size()),
              "gongkai_annual_new") != GONGKAI_OK) {
    if (a != reinterpret_cast<gongkai_annual*>(gongkai::fuzz::Sentinel())) {
      Fail("gongkai_annual_new", "a failed call changed its output argument");
    }
    return nullptr;
  }
  return a;
}

std::string Finish(const gongkai_annual* a) {
  return Required("gongkai_annual_finish", [&](gongkai_buffer** out) {
    return gongkai_annual_finish(out, a, GONGKAI_FORMAT_BINARY);
  });
}

// A gongkai_read_fn over a string, giving at most 1 + (stream size % 13) bytes a call: pieces
// that cut records, varints and UTF-8 sequences at every place.
struct Pieces {
  const std::string* stream;
  size_t given = 0;
};
int64_t ReadPieces(void* context, uint8_t* buffer, size_t capacity) {
  Pieces* p = static_cast<Pieces*>(context);
  size_t n = std::min({capacity, p->stream->size() - p->given, 1 + p->stream->size() % 13});
  std::memcpy(buffer, p->stream->data() + p->given, n);
  p->given += n;
  return static_cast<int64_t>(n);
}

// The stream through gongkai_annual_add_reader on a new builder: the same code and message as
// the whole stream's add, and the same result.
void CheckReader(gongkai_format format, const std::string& request, gongkai_record_kind kind,
                 const std::string& stream, int threads, gongkai_code added,
                 const std::string& message, const std::string& after) {
  gongkai_annual* b = New(format, request);
  if (b == nullptr) Fail("gongkai_annual_new", "refused a request it accepted before");
  if (Checked(gongkai_annual_set_threads(b, threads), "gongkai_annual_set_threads") != GONGKAI_OK) {
    Fail("gongkai_annual_set_threads", gongkai_last_error_message());
  }
  const std::string before = Finish(b);
  Pieces pieces{&stream};
  const gongkai_code read = Checked(gongkai_annual_add_reader(b, format, kind, ReadPieces, &pieces),
                                    "gongkai_annual_add_reader");
  if (read != added) Fail("gongkai_annual_add_reader", "a different code than gongkai_annual_add");
  if (read != GONGKAI_OK) {
    std::string reader_message = gongkai_last_error_message();
    const std::string add = "gongkai_annual_add:", add_reader = "gongkai_annual_add_reader:";
    if (reader_message.compare(0, add_reader.size(), add_reader) == 0) {
      reader_message.replace(0, add_reader.size(), add);
    }
    if (reader_message != message) {
      Fail("gongkai_annual_add_reader", "a different message than gongkai_annual_add");
    }
  }
  if (Finish(b) != (read == GONGKAI_OK ? after : before)) {
    Fail("gongkai_annual_add_reader", "a different result than gongkai_annual_add");
  }
  gongkai_annual_free(b);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  gongkai::fuzz::Input in(data, size);
  const uint8_t selector = in.Byte();
  const gongkai_format format = gongkai::fuzz::FormatOf(selector);
  const gongkai_record_kind kind = kKinds[(selector >> 1) & 3];
  const std::string request =
      (selector & 8) ? in.Part() : InFormat(format, kRequests[(selector >> 4) & 3]);
  const std::string stream = in.Rest();

  gongkai_annual* a = New(format, request);
  if (a == nullptr) {
    if (!(selector & 8)) Fail("gongkai_annual_new", "refused a fixed request");
    return 0;
  }
  if (!(selector & 0x40)) {
    if (Checked(gongkai_annual_add(a, format, kind, Bytes(stream), stream.size()),
                "gongkai_annual_add") == GONGKAI_OK) {
      Finish(a);
    }
    gongkai_annual_free(a);
    return 0;
  }
  // The result of a fixed request's empty builder is computed once.
  static std::string fixed_empty[2][4];
  std::string computed;
  const std::string& before = (selector & 8)
                                  ? (computed = Finish(a))
                                  : (fixed_empty[format][(selector >> 4) & 3].empty()
                                         ? (fixed_empty[format][(selector >> 4) & 3] = Finish(a))
                                         : fixed_empty[format][(selector >> 4) & 3]);
  const gongkai_code added = Checked(
      gongkai_annual_add(a, format, kind, Bytes(stream), stream.size()), "gongkai_annual_add");
  const std::string message = added == GONGKAI_OK ? "" : gongkai_last_error_message();
  const std::string after = Finish(a);
  CheckReader(format, request, kind, stream, (selector & 0x80) ? 2 : 1, added, message, after);
  if (added != GONGKAI_OK) {
    if (after != before) Fail("gongkai_annual_add", "a failed call changed the builder");
  } else {
    gongkai_annual* empty = New(format, request);
    if (empty == nullptr) Fail("gongkai_annual_new", "refused a request it accepted before");
    if (Checked(gongkai_annual_merge(empty, a), "gongkai_annual_merge") != GONGKAI_OK) {
      Fail("gongkai_annual_merge", gongkai_last_error_message());
    }
    if (Finish(empty) != after) Fail("gongkai_annual_merge", "empty + a differs from a");
    gongkai_annual_free(empty);
  }
  gongkai_annual_free(a);
  return 0;
}
