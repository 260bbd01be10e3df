// The report module: gongkai_report_validate (with and without a previous report and members),
// gongkai_report_render in every output, gongkai_report_merge, and the options' setters.
//
// Input: selector, then parts. Selector bit 0: JSON or binary; bits 1-3: the operation.
//   0 validate REPORT                     4 merge PARENT \ STREAM
//   1 validate REPORT \ PREVIOUS \ MEMBERS 5 merge PARENT \ STREAM, then validate the sum against
//   2 render REPORT (output: bits 4-6)       the members
//   3 render, validate and merge REPORT   6,7 set_previous / set_members, then validate REPORT
// Promises checked beyond fuzz_support.h: a failed setter leaves the options as they were (the
// validation that follows gives the same result), and a merge that succeeds gives a report that
// validates without failing.
#include <string>

#include "fuzz_support.h"

namespace {

using gongkai::fuzz::Bytes;
using gongkai::fuzz::CallForBuffer;
using gongkai::fuzz::Checked;
using gongkai::fuzz::Fail;

// Every output, and one value outside gongkai_render_output.
const gongkai_render_output kOutputs[] = {
    GONGKAI_RENDER_TEXT,          GONGKAI_RENDER_MARKDOWN,
    GONGKAI_RENDER_CSV,           GONGKAI_RENDER_CSV_LABELS,
    GONGKAI_RENDER_JSON,          GONGKAI_RENDER_HTML,
    GONGKAI_RENDER_HTML_DOCUMENT, static_cast<gongkai_render_output>(0)};

gongkai_code Validate(gongkai_format format, const std::string& report,
                      const gongkai_validate_options* options, std::string* result) {
  int errors = -1;
  const gongkai_code code = CallForBuffer(
      "gongkai_report_validate",
      [&](gongkai_buffer** out) {
        return gongkai_report_validate(out, &errors, options, format, Bytes(report), report.size());
      },
      result);
  if (code == GONGKAI_OK && errors < 0) Fail("gongkai_report_validate", "error_count not written");
  if (code != GONGKAI_OK && errors != -1)
    Fail("gongkai_report_validate", "error_count written on failure");
  return code;
}

gongkai_code Render(gongkai_render_output output, gongkai_format format,
                    const std::string& report) {
  return CallForBuffer(
      "gongkai_report_render",
      [&](gongkai_buffer** out) {
        return gongkai_report_render(out, format, output, Bytes(report), report.size());
      },
      nullptr);
}

gongkai_code Merge(gongkai_format format, const std::string& parent, const std::string& stream,
                   std::string* merged) {
  return CallForBuffer(
      "gongkai_report_merge",
      [&](gongkai_buffer** out) {
        return gongkai_report_merge(out, format, Bytes(parent), parent.size(), Bytes(stream),
                                    stream.size());
      },
      merged);
}

struct Options {
  gongkai_validate_options* p = nullptr;
  Options() { Checked(gongkai_validate_options_new(&p), "gongkai_validate_options_new"); }
  ~Options() { gongkai_validate_options_free(p); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  gongkai::fuzz::Input in(data, size);
  const uint8_t selector = in.Byte();
  const gongkai_format format = gongkai::fuzz::FormatOf(selector);
  std::string result;
  switch ((selector >> 1) & 7) {
    case 0:
      Validate(format, in.Rest(), nullptr, &result);
      break;
    case 1: {
      const std::string report = in.Part();
      const std::string previous = in.Part();
      const std::string members = in.Rest();
      Options options;
      Checked(gongkai_validate_options_set_previous(options.p, format, Bytes(previous),
                                                    previous.size()),
              "gongkai_validate_options_set_previous");
      Checked(
          gongkai_validate_options_set_members(options.p, format, Bytes(members), members.size()),
          "gongkai_validate_options_set_members");
      Validate(format, report, options.p, &result);
      break;
    }
    case 2:
      Render(kOutputs[(selector >> 4) & 7], format, in.Rest());
      break;
    case 3: {
      const std::string report = in.Rest();
      if (Validate(format, report, nullptr, &result) == GONGKAI_OK) {
        for (const gongkai_render_output output : kOutputs) Render(output, format, report);
      }
      std::string merged;
      Merge(format, std::string(), report, &merged);
      break;
    }
    case 4:
    case 5: {
      const std::string parent = in.Part();
      const std::string stream = in.Rest();
      std::string merged;
      if (Merge(format, parent, stream, &merged) != GONGKAI_OK) break;
      // The sum of reports merge accepted is a report validate can read; only a total of its
      // rules may go beyond 64 bits (OUT_OF_RANGE).
      const gongkai_code validated = Validate(format, merged, nullptr, &result);
      if (validated != GONGKAI_OK && validated != GONGKAI_OUT_OF_RANGE) {
        Fail("validate of a merge", gongkai_last_error_message());
      }
      if ((selector >> 1 & 7) == 5) {
        Options options;
        if (Checked(gongkai_validate_options_set_members(options.p, format, Bytes(stream),
                                                         stream.size()),
                    "gongkai_validate_options_set_members") != GONGKAI_OK) {
          Fail("set_members", "a stream merge accepted is refused as members");
        }
        Validate(format, merged, options.p, &result);
      }
      break;
    }
    default: {  // 6, 7
      const std::string setting = in.Part();
      const std::string report = in.Rest();
      Options options;
      std::string before, after;
      const gongkai_code validated = Validate(format, report, options.p, &before);
      const gongkai_code set = (selector >> 1 & 7) == 6
                                   ? Checked(gongkai_validate_options_set_previous(
                                                 options.p, format, Bytes(setting), setting.size()),
                                             "gongkai_validate_options_set_previous")
                                   : Checked(gongkai_validate_options_set_members(
                                                 options.p, format, Bytes(setting), setting.size()),
                                             "gongkai_validate_options_set_members");
      const gongkai_code again = Validate(format, report, options.p, &after);
      if (set != GONGKAI_OK && (again != validated || after != before)) {
        Fail("validate options", "a failed setter changed the options");
      }
      break;
    }
  }
  return 0;
}
