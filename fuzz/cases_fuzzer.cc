// The applications module: gongkai_application_check, _apply_event, _deadlines, and the table 三
// aggregator (gongkai_table3_new with a mapping, _add with a stream, _merge, _result).
//
// Input: selector, then parts. Selector bit 0: JSON or binary; bits 1-2: the operation.
//   0 check APPLICATION, then its deadlines as of 2100-12-31
//   1 apply_event APPLICATION \ EVENT
//   2 deadlines APPLICATION \ AS_OF (text) with options from bits 3-4
//   3 table3 over STREAM (year 2019 + bits 3-5; bit 6: check the promises below, which cost
//     the fuzzer speed; the mapping is the input's MAPPING \ STREAM when bit 7)
// Promises checked beyond fuzz_support.h: a record apply_event makes passes check and gives
// deadlines; with bit 6, a failed table3_add or _merge leaves the aggregator's result exactly as
// it was, and merging into an empty aggregator gives the other's result.
#include <string>

#include "fuzz_support.h"
#include "gongkai/v1/aggregation.pb.h"
#include "google/protobuf/util/message_differencer.h"

namespace {

using gongkai::fuzz::Bytes;
using gongkai::fuzz::CallForBuffer;
using gongkai::fuzz::Checked;
using gongkai::fuzz::Fail;
using gongkai::fuzz::National;
using gongkai::fuzz::Required;

gongkai_code Check(gongkai_format format, const std::string& app) {
  return Checked(gongkai_application_check(National(), format, Bytes(app), app.size()),
                 "gongkai_application_check");
}

gongkai_code Deadlines(gongkai_format format, const std::string& app, const char* as_of,
                       const gongkai_deadline_options* options) {
  return CallForBuffer(
      "gongkai_application_deadlines",
      [&](gongkai_buffer** out) {
        return gongkai_application_deadlines(out, National(), options, format, Bytes(app),
                                             app.size(), as_of);
      },
      nullptr);
}

// The Table3Result of `t`, parsed (for comparing: its map has no fixed order).
gongkai::v1::Table3Result Result(const gongkai_table3* t) {
  const std::string bytes = Required("gongkai_table3_result", [&](gongkai_buffer** out) {
    return gongkai_table3_result(out, t, GONGKAI_FORMAT_BINARY, nullptr, 0);
  });
  gongkai::v1::Table3Result result;
  if (!result.ParseFromString(bytes)) Fail("gongkai_table3_result", "output does not parse");
  return result;
}

bool Same(const gongkai::v1::Table3Result& a, const gongkai::v1::Table3Result& b) {
  return google::protobuf::util::MessageDifferencer::Equals(a, b);
}

void Table3(gongkai_format format, uint8_t selector, gongkai::fuzz::Input& in) {
  const int year = 2019 + ((selector >> 3) & 7);
  const std::string mapping = (selector & 0x80) ? in.Part() : std::string();
  const std::string stream = in.Rest();
  gongkai_table3* t = nullptr;
  gongkai_table3* empty = nullptr;
  const uint8_t* m = mapping.empty() ? nullptr : Bytes(mapping);
  if (Checked(gongkai_table3_new(&t, format, year, "", m, mapping.size()), "gongkai_table3_new") !=
      GONGKAI_OK) {
    return;
  }
  if (!(selector & 0x40)) {
    if (Checked(gongkai_table3_add(t, format, Bytes(stream), stream.size()),
                "gongkai_table3_add") == GONGKAI_OK) {
      CallForBuffer(
          "gongkai_table3_result",
          [&](gongkai_buffer** out) { return gongkai_table3_result(out, t, format, nullptr, 0); },
          nullptr);
    }
    gongkai_table3_free(t);
    return;
  }
  Checked(gongkai_table3_new(&empty, format, year, "", m, mapping.size()), "gongkai_table3_new");
  // What a new aggregator gives, computed once per year when the mapping is the built-in one
  // (the fuzzer runs faster the fewer results it asks for).
  static gongkai::v1::Table3Result empty_result[8];
  static bool known[8] = {};
  gongkai::v1::Table3Result computed;
  const gongkai::v1::Table3Result& before =
      !mapping.empty()     ? (computed = Result(t))
      : known[year - 2019] ? empty_result[year - 2019]
                           : (known[year - 2019] = true, empty_result[year - 2019] = Result(t));
  if (Checked(gongkai_table3_add(t, format, Bytes(stream), stream.size()), "gongkai_table3_add") !=
      GONGKAI_OK) {
    if (!Same(before, Result(t)))
      Fail("gongkai_table3_add", "a failed call changed the aggregator");
  } else {
    // Twice the stream: the counts double or the merge refuses, changing nothing.
    const gongkai::v1::Table3Result once = Result(t);
    if (Checked(gongkai_table3_merge(t, t), "gongkai_table3_merge") == GONGKAI_OK) {
      Fail("gongkai_table3_merge", "merged an aggregator into itself");
    }
    if (Checked(gongkai_table3_merge(empty, t), "gongkai_table3_merge") != GONGKAI_OK) {
      Fail("gongkai_table3_merge", "refused a merge into an empty aggregator");
    }
    if (!Same(once, Result(empty))) Fail("gongkai_table3_merge", "empty + t differs from t");
    if (Checked(gongkai_table3_merge(t, empty), "gongkai_table3_merge") != GONGKAI_OK) {
      if (!Same(once, Result(t)))
        Fail("gongkai_table3_merge", "a failed merge changed the aggregator");
    }
  }
  CallForBuffer(
      "gongkai_table3_result",
      [&](gongkai_buffer** out) { return gongkai_table3_result(out, t, format, nullptr, 0); },
      nullptr);
  gongkai_table3_free(empty);
  gongkai_table3_free(t);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  gongkai::fuzz::Input in(data, size);
  const uint8_t selector = in.Byte();
  const gongkai_format format = gongkai::fuzz::FormatOf(selector);
  switch ((selector >> 1) & 3) {
    case 0: {
      const std::string app = in.Rest();
      if (Check(format, app) == GONGKAI_OK) Deadlines(format, app, "2100-12-31", nullptr);
      break;
    }
    case 1: {
      const std::string app = in.Part();
      const std::string event = in.Rest();
      std::string next;
      const gongkai_code code = CallForBuffer(
          "gongkai_application_apply_event",
          [&](gongkai_buffer** out) {
            return gongkai_application_apply_event(out, National(), format, Bytes(app), app.size(),
                                                   Bytes(event), event.size());
          },
          &next);
      if (code != GONGKAI_OK) break;
      if (Check(format, next) != GONGKAI_OK) {
        Fail("apply_event made a record check refuses", gongkai_last_error_message());
      }
      const gongkai_code deadlines = Deadlines(format, next, "2100-12-31", nullptr);
      if (deadlines != GONGKAI_OK && deadlines != GONGKAI_OUT_OF_RANGE) {
        Fail("deadlines of a record apply_event made", gongkai_last_error_message());
      }
      break;
    }
    case 2: {
      const std::string app = in.Part();
      const std::string as_of = in.Rest();
      gongkai_deadline_options* options = nullptr;
      Checked(gongkai_deadline_options_new(&options), "gongkai_deadline_options_new");
      Checked(gongkai_deadline_options_set_count_start_day(options, (selector >> 3) & 1),
              "gongkai_deadline_options_set_count_start_day");
      Checked(gongkai_deadline_options_set_fee_wait_stops_clock(options, (selector >> 4) & 1),
              "gongkai_deadline_options_set_fee_wait_stops_clock");
      Deadlines(format, app, as_of.c_str(), options);
      gongkai_deadline_options_free(options);
      break;
    }
    default:
      Table3(format, selector, in);
      break;
  }
  return 0;
}
