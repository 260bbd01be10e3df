// gongkai_report_import_grid: CSV grids copied out of spreadsheets and web pages.
//
// Input: selector, then the CSV (or, when bits 3-4 are 3, REPORT \ CSV). Selector bit 0: JSON or
// binary; bits 1-2: the table ("t2", "t3", "t4", "t9"); bits 3-4: the report imported into (an
// empty one of year 2020 in layout 2019, of 2023 in 2021, of 2024 in the layout in force, or
// the input's own).
// Promise checked beyond fuzz_support.h: import reads back what render writes. After an import
// succeeds, the table rendered as "csv" and imported again renders the same.
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "gongkai/v1/report.pb.h"

namespace {

using gongkai::fuzz::Bytes;
using gongkai::fuzz::CallForBuffer;
using gongkai::fuzz::Fail;

const char* const kTables[] = {"t2", "t3", "t4", "t9"};
const char* const kBases[] = {
    R"({"agency":{"id":"a1","name":"示例区人民政府"},"year":2020,"layout":"2019"})",
    R"({"agency":{"id":"a1","name":"示例区人民政府"},"year":2023,"layout":"2021"})",
    R"({"agency":{"id":"a1"},"year":2024})",
};

// `json` (an AnnualReport in JSON) in `format`.
std::string InFormat(gongkai_format format, const char* json) {
  if (format == GONGKAI_FORMAT_JSON) return json;
  std::string bytes;
  if (CallForBuffer(
          "gongkai_message_from_json",
          [&](gongkai_buffer** out) {
            return gongkai_message_from_json(out, 0, "gongkai.v1.AnnualReport", json,
                                             std::strlen(json));
          },
          &bytes) != GONGKAI_OK) {
    Fail("base report", gongkai_last_error_message());
  }
  return bytes;
}

gongkai_code Import(gongkai_format format, const std::string& report, const char* table,
                    const std::string& csv, std::string* result) {
  return CallForBuffer(
      "gongkai_report_import_grid",
      [&](gongkai_buffer** out) {
        return gongkai_report_import_grid(out, format, Bytes(report), report.size(), table,
                                          csv.data(), csv.size(), "fuzz.csv");
      },
      result);
}

std::string RenderCsv(gongkai_format format, const std::string& report) {
  std::string csv;
  if (CallForBuffer(
          "gongkai_report_render",
          [&](gongkai_buffer** out) {
            return gongkai_report_render(out, format, GONGKAI_RENDER_CSV, Bytes(report),
                                         report.size());
          },
          &csv) != GONGKAI_OK) {
    Fail("render of an imported report", gongkai_last_error_message());
  }
  return csv;
}

// The report of an ImportResult in `format`.
std::string ReportOf(gongkai_format format, const std::string& result) {
  gongkai::v1::ImportResult parsed;
  std::string bytes = result;
  if (format == GONGKAI_FORMAT_JSON) {
    if (CallForBuffer(
            "gongkai_message_from_json",
            [&](gongkai_buffer** out) {
              return gongkai_message_from_json(out, 0, "gongkai.v1.ImportResult", result.data(),
                                               result.size());
            },
            &bytes) != GONGKAI_OK) {
      Fail("import result", "not an ImportResult");
    }
  }
  if (!parsed.ParseFromString(bytes)) Fail("import result", "not an ImportResult");
  std::string report = parsed.report().SerializeAsString();
  if (format == GONGKAI_FORMAT_BINARY) return report;
  std::string json;
  CallForBuffer(
      "gongkai_message_to_json",
      [&](gongkai_buffer** out) {
        return gongkai_message_to_json(out, 0, "gongkai.v1.AnnualReport", Bytes(report),
                                       report.size());
      },
      &json);
  return json;
}

// The tables of a rendered "csv", in order: blocks that start with a "# " heading.
std::vector<std::string> Blocks(const std::string& csv) {
  std::vector<std::string> blocks;
  size_t start = 0;
  while (start < csv.size()) {
    size_t end = csv.find("\n\n", start);
    if (end == std::string::npos) end = csv.size();
    blocks.push_back(csv.substr(start, end - start + 1));
    start = end + 2;
  }
  return blocks;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  gongkai::fuzz::Input in(data, size);
  const uint8_t selector = in.Byte();
  const gongkai_format format = gongkai::fuzz::FormatOf(selector);
  const int table_index = (selector >> 1) & 3;
  const int base = (selector >> 3) & 3;
  const std::string report = base < 3 ? InFormat(format, kBases[base]) : in.Part();
  const std::string csv = in.Rest();
  std::string result;
  if (Import(format, report, kTables[table_index], csv, &result) != GONGKAI_OK) return 0;
  if (base == 3 || table_index == 3) return 0;

  // Render the imported report, read the table's block back in, render again: the same text.
  const std::string imported = ReportOf(format, result);
  const std::string rendered = RenderCsv(format, imported);
  const std::vector<std::string> blocks = Blocks(rendered);
  if (static_cast<size_t>(table_index) >= blocks.size()) Fail("render csv", "a table is missing");
  std::string again;
  if (Import(format, imported, kTables[table_index], blocks[table_index], &again) != GONGKAI_OK) {
    Fail("import of rendered csv", gongkai_last_error_message());
  }
  if (RenderCsv(format, ReportOf(format, again)) != rendered) {
    Fail("import of rendered csv", "does not give the same table back");
  }
  return 0;
}
