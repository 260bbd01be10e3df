// The annual-report builder: gongkai_annual_new (a request), _add (length-delimited streams and
// JSON lines of each record kind), _merge and _finish.
//
// Input: selector, then parts. Selector bit 0: JSON or binary; bits 1-2: the record kind
// (disclosure, slip, application, remedy); bit 3: the request is the input's first part
// (REQUEST \ STREAM) rather than a fixed one; bits 4-5: the fixed request's year and options;
// bit 6: check the promises below (finishing is costly: the fuzzer runs faster without).
// Promises checked beyond fuzz_support.h: finish works after any add; with bit 6, a failed add
// leaves the builder's result exactly as it was, and a builder merged into an empty one from
// the same request gives the same result.
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
  const std::string after = Finish(a);
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
