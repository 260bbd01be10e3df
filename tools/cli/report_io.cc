#include "report_io.h"

#include "absl/strings/str_cat.h"
#include "exit_codes.h"
#include "input.h"
#include "messages/registry.h"

namespace gongkai::cli {

absl::StatusOr<v1::AnnualReport> ReadReport(absl::string_view path) {
  auto text = ReadInput(path);
  if (!text.ok()) return text.status();
  v1::AnnualReport report;
  absl::Status parsed = messages::ParseJson(*text, /*ignore_unknown_fields=*/false, &report);
  if (!parsed.ok()) {
    return absl::Status(parsed.code(), absl::StrCat(InputName(path), ": ", parsed.message()));
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
