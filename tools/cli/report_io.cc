#include "report_io.h"

#include "absl/flags/flag.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "document/document.h"
#include "exit_codes.h"
#include "flags.h"
#include "gongkai/v1/annual.pb.h"
#include "input.h"
#include "messages/registry.h"
#include "text.h"

namespace gongkai::cli {

absl::StatusOr<report::DocumentImportOptions> DocumentOptionsFromFlags() {
  report::DocumentImportOptions options;
  const std::string format = absl::GetFlag(FLAGS_format);
  if (!format.empty() && !document::ParseFormat(format, &options.format)) {
    return absl::InvalidArgumentError(
        absl::StrCat("--format: ", Quote(format), " is not html, docx, xlsx, pdf, csv or text"));
  }
  options.year = absl::GetFlag(FLAGS_year);
  options.layout = absl::GetFlag(FLAGS_layout);
  options.agency.set_name(absl::GetFlag(FLAGS_agency));
  options.agency.set_id(absl::GetFlag(FLAGS_agency_id));
  return options;
}

namespace {

// The JSON `text` of the file `path` as ReadReport reads it.
absl::StatusOr<v1::AnnualReport> ParseReportJson(const Invocation& in, absl::string_view path,
                                                 const std::string& text) {
  v1::AnnualReport report;
  absl::Status parsed = messages::ParseJson(text, /*ignore_unknown_fields=*/false, &report);
  if (parsed.ok()) return report;
  // `gongkai report --output json` writes the whole AnnualResult; its report is what is meant.
  v1::AnnualResult result;
  if (messages::ParseJson(text, /*ignore_unknown_fields=*/false, &result).ok() &&
      result.has_report()) {
    *in.err << "gongkai " << in.command << ": note: " << InputName(path)
            << " is a gongkai.v1.AnnualResult ('gongkai report --output json'); using its report\n";
    return std::move(*result.mutable_report());
  }
  return absl::Status(parsed.code(), absl::StrCat(InputName(path), ": ", parsed.message()));
}

}  // namespace

absl::StatusOr<v1::AnnualReport> ReadReport(const Invocation& in, absl::string_view path) {
  auto text = ReadInput(path);
  if (!text.ok()) return text.status();
  return ParseReportJson(in, path, *text);
}

absl::StatusOr<v1::AnnualReport> ReadReportJsonOrBinary(const Invocation& in,
                                                        absl::string_view path) {
  auto bytes = ReadInput(path);
  if (!bytes.ok()) return bytes.status();
  // JSON starts with '{' (after any blank); an encoded AnnualReport never does: its first byte
  // is a field tag, and '{' would be field 15 as a group, which the message does not have.
  const absl::string_view text = absl::StripLeadingAsciiWhitespace(*bytes);
  if (text.empty() || text.front() == '{') return ParseReportJson(in, path, *bytes);
  v1::AnnualReport report;
  if (!report.ParseFromString(*bytes)) {
    return absl::InvalidArgumentError(
        absl::StrCat(InputName(path), ": neither JSON nor a binary gongkai.v1.AnnualReport"));
  }
  return report;
}

void PrintFindings(std::ostream& out, const v1::ValidationResult& result) {
  for (const v1::Finding& f : result.findings()) {
    out << (f.severity() == v1::SEVERITY_ERROR ? "error" : "warning") << " [" << f.rule() << "] "
        << f.explanation_zh() << "\n  " << f.explanation_en() << "\n";
    for (const v1::CellRef& cell : f.cells()) {
      out << "    " << cell.key() << " = " << (cell.value().empty() ? "(absent)" : cell.value())
          << "  " << cell.label() << "\n";
    }
  }
  out << result.error_count() << " errors, " << result.warning_count() << " warnings\n";
}

int WriteJson(const Invocation& in, const google::protobuf::Message& message) {
  messages::JsonPrintOptions options;
  options.pretty = true;
  auto json = messages::MessageToJson(message, options);
  if (!json.ok()) return Fail(in, json.status());
  *in.out << *json;
  if (!json->ends_with('\n')) *in.out << '\n';
  return kExitOk;
}

}  // namespace gongkai::cli
