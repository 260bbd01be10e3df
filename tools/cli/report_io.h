// Reading and writing annual reports in the CLI: JSON files (the protobuf JSON mapping).
#ifndef GONGKAI_TOOLS_CLI_REPORT_IO_H_
#define GONGKAI_TOOLS_CLI_REPORT_IO_H_

#include <ostream>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "command.h"
#include "gongkai/v1/report.pb.h"
#include "report/import/document.h"

namespace gongkai::cli {

// The report in the JSON file `path` ("-" for standard input): a gongkai.v1.AnnualReport, or a
// gongkai.v1.AnnualResult (what `gongkai report --output json` writes), whose report is taken
// with a note on in.err saying so. Errors name the file and are those of reading an
// AnnualReport.
absl::StatusOr<v1::AnnualReport> ReadReport(const Invocation& in, absl::string_view path);

// The report in the file `path` ("-" for standard input) as JSON, read as ReadReport does, or as
// a binary gongkai.v1.AnnualReport. Errors name the file.
absl::StatusOr<v1::AnnualReport> ReadReportJsonOrBinary(const Invocation& in,
                                                        absl::string_view path);

// Each finding with its cells, then the error and warning counts.
void PrintFindings(std::ostream& out, const v1::ValidationResult& result);

// The import options --format, --year, --layout, --agency and --agency_id give (flags a
// command does not accept keep their defaults). InvalidArgument naming --format for a format
// that is not html, docx, xlsx, pdf, csv or text.
absl::StatusOr<report::DocumentImportOptions> DocumentOptionsFromFlags();

// Writes `message` as pretty JSON with a final newline to in.out.
int WriteJson(const Invocation& in, const google::protobuf::Message& message);

}  // namespace gongkai::cli

#endif  // GONGKAI_TOOLS_CLI_REPORT_IO_H_
