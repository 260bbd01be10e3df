// gongkai report: the whole annual report of one agency and year from a folder of records.
#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "annual/builder.h"
#include "annual/narrative.h"
#include "annual/problem_text.h"
#include "command.h"
#include "data_dir.h"
#include "exit_codes.h"
#include "flags.h"
#include "input.h"
#include "report/layout.h"
#include "report/render/render.h"
#include "report_io.h"
#include "text.h"

namespace gongkai::cli {
namespace {

// Section 一's sentences (from the library, as every binding gets them) and the record account
// for the person filing, in English with the findings in both languages.
std::string Summary(const v1::AnnualResult& result) {
  std::string s = absl::StrCat("\n", annual::NarrativeText(result.narrative(), false));
  const v1::RecordCounts& r = result.records();
  absl::StrAppendFormat(&s,
                        "\nrecords read: %d disclosures, %d slips, %d applications, %d remedies\n",
                        r.disclosures(), r.slips(), r.applications(), r.remedies());
  absl::StrAppendFormat(&s, "record problems: %d\n", result.problem_count());
  for (const v1::RecordProblem& p : result.problems()) {
    absl::StrAppend(&s, "  ", p.severity() == v1::SEVERITY_ERROR ? "error" : "warning", " [",
                    p.rule(), "] ", p.message(), "\n");
  }
  return s;
}

const char* SeverityZh(v1::Severity severity) {
  return severity == v1::SEVERITY_ERROR ? "错误" : "警告";
}

// The same account in Chinese only, as Markdown: the document is a Chinese report. A record
// problem is told by its rule's meaning (annual::ProblemRuleZh), since its message is English;
// the rule id and the record id stay, for finding it in the records and in docs/annual.md.
std::string MarkdownSummary(const v1::AnnualResult& result) {
  std::string s = absl::StrCat("\n", annual::NarrativeText(result.narrative(), true));
  const v1::RecordCounts& r = result.records();
  absl::StrAppendFormat(&s,
                        "\n## 记录与校验\n\n- 读取的记录：主动公开记录 %d 条，发文签批单 %d 份，"
                        "政府信息公开申请 %d 件，行政复议、行政诉讼案件 %d 件\n",
                        r.disclosures(), r.slips(), r.applications(), r.remedies());
  absl::StrAppendFormat(&s, "- 记录问题：%d 个\n", result.problem_count());
  for (const v1::RecordProblem& p : result.problems()) {
    absl::StrAppend(&s, "  - ", SeverityZh(p.severity()), " [", p.rule(), "] ",
                    annual::RecordKindZh(p.record_kind()), " ", Printable(p.record_id()), "：",
                    annual::ProblemRuleZh(p.rule()), "\n");
  }
  const v1::ValidationResult& v = result.validation();
  absl::StrAppendFormat(&s, "- 校验结果：%d 个错误，%d 个警告\n", v.error_count(),
                        v.warning_count());
  for (const v1::Finding& f : v.findings()) {
    absl::StrAppend(&s, "  - ", SeverityZh(f.severity()), " [", f.rule(), "] ", f.explanation_zh(),
                    "\n");
    for (const v1::CellRef& cell : f.cells()) {
      absl::StrAppend(&s, "    - `", cell.key(),
                      "` = ", cell.value().empty() ? "（空）" : cell.value(), "：", cell.label(),
                      "\n");
    }
  }
  return s;
}

int PrintTrace(const Invocation& in, const v1::AnnualResult& result, absl::string_view key) {
  const report::Layout* layout = *report::FindLayout(result.report().layout());
  const report::CellInfo& info = layout->cells()[*layout->FindCell(key)];
  *in.out << key << "  " << info.label << "\n";
  bool derived = false;
  for (const v1::Cell& cell : result.report().cells()) {
    if (cell.key() != key) continue;
    derived = cell.provenance().source() == v1::SOURCE_DERIVED;
    const std::string value = cell.has_amount() ? "(amount)" : absl::StrCat(cell.count());
    *in.out << "value: " << value << " (" << v1::Source_Name(cell.provenance().source()) << ": "
            << cell.provenance().detail() << ")\n";
  }
  if (result.trace().empty()) {
    *in.out << (derived ? "no record is counted in this cell\n"
                        : "an entered figure: no records behind it\n");
    return kExitOk;
  }
  *in.out << "records (" << result.trace_size() << "):\n";
  for (const std::string& id : result.trace()) *in.out << "  " << Printable(id) << "\n";
  return kExitOk;
}

int Run(const Invocation& in) {
  const std::string output =
      absl::GetFlag(FLAGS_output).empty() ? "text" : absl::GetFlag(FLAGS_output);
  if (output != "text" && output != "markdown" && output != "html" && output != "json") {
    return Fail(
        in, absl::StrCat("--output: ", Quote(output), " is not one of text, markdown, html, json"));
  }
  auto data = ReadDataDir(absl::GetFlag(FLAGS_data));
  if (!data.ok()) return Fail(in, data.status());
  v1::AnnualRequest& request = data->request;
  request.set_year(absl::GetFlag(FLAGS_year));
  if (!absl::GetFlag(FLAGS_layout).empty())
    request.mutable_options()->set_layout(absl::GetFlag(FLAGS_layout));
  const std::string trace = absl::GetFlag(FLAGS_trace);
  if (!trace.empty()) {
    auto layout = report::LayoutFor(request.options().layout(), request.year());
    if (layout.ok() && !(*layout)->FindCell(trace)) {
      return Fail(in,
                  absl::StrCat("--trace: layout ", (*layout)->id(), " has no cell ", Quote(trace),
                               "; keys look like t3.granted.total (see docs/annual.md)"));
    }
    request.mutable_options()->set_trace_cell(trace);
  }

  const int threads = absl::GetFlag(FLAGS_threads);
  if (absl::Status s =
          messages::CheckStreamThreads(threads, absl::StatusCode::kInvalidArgument, "--threads");
      !s.ok()) {
    return Fail(in, s.message());
  }

  auto builder = annual::AnnualBuilder::Create(request);
  if (!builder.ok()) return Fail(in, builder.status());
  // A failed file fails the command, so nothing needs undoing: no journal (docs/performance.md).
  builder->set_undo_failed_streams(false);
  for (const RecordFile& file : data->records) {
    // In blocks, never whole: a year of a big agency's records is gigabytes (docs/performance.md).
    auto input = OpenInput(file.path);
    if (!input.ok()) return Fail(in, input.status());
    absl::Status read_error;
    absl::Status added = builder->AddReader(
        file.kind, file.encoding,
        [&](char* buffer, size_t size) -> absl::StatusOr<size_t> {
          absl::StatusOr<size_t> n = input->Read(buffer, size);
          if (!n.ok()) read_error = n.status();
          return n;
        },
        messages::kDefaultBlockSize, threads);
    if (!read_error.ok()) return Fail(in, read_error);
    if (!added.ok()) return Fail(in, absl::StrCat(file.path, ": ", added.message()));
  }
  auto result = builder->Finish();
  if (!result.ok()) return Fail(in, result.status());
  if (!trace.empty()) return PrintTrace(in, *result, trace);

  if (output == "json") {
    if (int written = WriteJson(in, *result); written != kExitOk) return written;
  } else {
    const report::RenderFormat format = output == "html"       ? report::RenderFormat::kHtmlDocument
                                        : output == "markdown" ? report::RenderFormat::kMarkdown
                                                               : report::RenderFormat::kText;
    auto text = report::Render(result->report(), format);
    if (!text.ok()) return Fail(in, text.status());
    *in.out << *text;
    if (output == "markdown") {
      *in.out << MarkdownSummary(*result);
    } else if (output == "text") {
      *in.out << Summary(*result) << "\n";
      PrintFindings(*in.out, result->validation());
    }
  }
  bool errors = result->validation().error_count() > 0;
  for (const v1::RecordProblem& p : result->problems())
    errors |= p.severity() == v1::SEVERITY_ERROR;
  return errors ? kExitFindings : kExitOk;
}

const RegisterCommand kRegistration({
    .name = "report",
    .summary = "The whole annual report of an agency and year from a folder of records",
    .usage = "gongkai report --year YYYY --data DIR [--output text|markdown|html|json]\n"
             "               [--layout 2019|2021] [--trace CELL_KEY] [--threads N]\n\n"
             "Reads DIR (agency.json; optional entered.json and options.json; disclosures,\n"
             "slips, applications and remedies as NAME.jsonl or NAME.binpb), derives tables\n"
             "二 三 四, attaches the entered figures and narratives, validates, and prints the\n"
             "report with the headline figures of section 一, the record problems and the\n"
             "findings (json: the whole gongkai.v1.AnnualResult; html: the report as a page;\n"
             "markdown: all in Chinese, record problems told by their rule's meaning).\n"
             "--trace t3.granted.total lists the records counted in that cell instead.\n"
             "--threads N parses the records on N threads (the output is the same).\n"
             "Exits 0 when clean, 1 when a finding or record problem is an error, 2 when the\n"
             "input is unusable.",
    .flags = {Required("year"), Required("data"),
              Optional(
                  "output",
                  "what to print: text (default), markdown, html or json (the whole AnnualResult)"),
              Optional("layout"), Optional("trace"), Optional("threads")},
    .max_args = 0,
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
