// Importing whole published documents, per format, beside the grid import of the same three
// tables (the baseline: the table reader without a document around it). docs/performance.md.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "bench_scale.h"
#include "benchmark/benchmark.h"
#include "document/pdf_xref.h"
#include "document/read.h"
#include "report/import/document.h"
#include "report/import/grid.h"

namespace gongkai::bench {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string Source(const std::string& path) { return ReadFile(GONGKAI_SOURCE_DIR "/" + path); }

struct Sample {
  const char* name;
  std::string path;  // under the source tree
};

// One document per format; the HTML one is a real portal page of about 120 KB.
const std::vector<Sample>& Samples() {
  static const auto* const kSamples = new std::vector<Sample>{
      {"html", "tests/data/published/pages/pingtan-2023.html"},
      {"docx", "tests/data/documents/ooxml/report-2021.docx"},
      {"xlsx", "tests/data/documents/ooxml/report-2021.xlsx"},
      {"pdf", "tests/data/documents/pdf/wide.pdf"},
      {"csv", "fuzz/corpus/import_text/fd761018af8df7074045db71ed028d11351be39b"},
  };
  return *kSamples;
}

void BM_Grids(benchmark::State& state) {
  std::string texts[3];
  report::TableGrid grids[3];
  const char* tables[] = {"t2", "t3", "t4"};
  for (int i = 0; i < 3; ++i) {
    texts[i] = Source(absl::StrCat("examples/reports/district-a.", tables[i], ".csv"));
    grids[i] = {tables[i], texts[i], tables[i]};
  }
  v1::Agency agency;
  agency.set_name("示例市甲区人民政府");
  int64_t bytes = 0;
  for (const std::string& t : texts) bytes += static_cast<int64_t>(t.size());
  for (auto _ : state) {
    absl::StatusOr<report::ImportedReport> r = report::ImportReport(agency, 2023, "", grids);
    if (!r.ok()) return state.SkipWithError(r.status().ToString().c_str());
    benchmark::DoNotOptimize(r->report.cells_size());
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}

// range(0): index into Samples(); range(1): 1 for the whole import, 0 for the reader alone.
void BM_Document(benchmark::State& state) {
  const Sample& sample = Samples()[state.range(0)];
  const std::string bytes = Source(sample.path);
  if (bytes.empty()) return state.SkipWithError(("no file " + sample.path).c_str());
  report::DocumentImportOptions options;
  options.source_name = "bench";
  options.year = 2023;
  for (auto _ : state) {
    if (state.range(1) == 0) {
      absl::StatusOr<document::Document> doc =
          document::Read(bytes, document::Format::kAuto, options.limits);
      if (!doc.ok()) return state.SkipWithError(doc.status().ToString().c_str());
      benchmark::DoNotOptimize(doc->tables.size());
    } else {
      absl::StatusOr<v1::ImportResult> r = report::ImportDocument(bytes, options);
      if (!r.ok()) return state.SkipWithError(r.status().ToString().c_str());
      benchmark::DoNotOptimize(r->report().cells_size());
    }
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes.size()));
  state.SetLabel(absl::StrCat(sample.name, ", ", bytes.size() / 1024, " KB"));
}

// The check of a PDF's cross-reference declarations that runs before poppler (pdf_xref.h),
// alone: compare with import/read/pdf, which includes it.
void BM_PdfXrefScan(benchmark::State& state) {
  const std::string bytes = Source("tests/data/documents/pdf/wide.pdf");
  for (auto _ : state) {
    absl::StatusOr<document::pdf::XrefClaim> claim = document::pdf::LargestXrefClaim(bytes);
    if (!claim.ok()) return state.SkipWithError(claim.status().ToString().c_str());
    benchmark::DoNotOptimize(claim->entries);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes.size()));
}

// The same check on 8 MB shaped against it: a name every two bytes ("/S"), and /Index arrays it
// must read whole, its slowest shape of those tried.
void BM_PdfXrefScanWorst(benchmark::State& state) {
  const std::string unit = state.range(0) == 0 ? "/S" : "/Index [0 1 2 3] ";
  std::string bytes;
  while (bytes.size() < (size_t{8} << 20)) bytes += unit;
  for (auto _ : state) {
    absl::StatusOr<document::pdf::XrefClaim> claim = document::pdf::LargestXrefClaim(bytes);
    if (!claim.ok()) return state.SkipWithError(claim.status().ToString().c_str());
    benchmark::DoNotOptimize(claim->entries);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes.size()));
  state.SetLabel(state.range(0) == 0 ? "names" : "index arrays");
}

// Pages made to slow gumbo, which cannot be stopped once it runs: the HTML reader's step
// budget (html_nesting.h) decides before it starts. range(0) 0: 16,000 nested <div>s, read,
// near the most the budget lets through (17,000 are refused), so gumbo's slowest accepted
// parse; 1: 100,000 nested <div>s, refused once the model has counted the budget. The ratio
// gate bounds both against import/read/html, a real portal page (bench/gate.tsv).
void BM_HtmlBounded(benchmark::State& state) {
  const bool refused = state.range(0) == 1;
  std::string page;
  for (int i = 0; i < (refused ? 100000 : 16000); ++i) page += "<div>";
  for (auto _ : state) {
    absl::StatusOr<document::Document> doc = document::Read(page, document::Format::kHtml);
    if (doc.ok() == refused) {
      return state.SkipWithError(doc.ok() ? "read, expected refused"
                                          : doc.status().ToString().c_str());
    }
    benchmark::DoNotOptimize(doc.ok());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(page.size()));
  state.SetLabel(refused ? "100,000 nested <div>s, refused" : "16,000 nested <div>s, read");
}

}  // namespace

void RegisterImportBenchmarks(Scale) {
  benchmark::RegisterBenchmark("import/pdf_xref_scan", BM_PdfXrefScan)
      ->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("import/pdf_xref_scan_worst", BM_PdfXrefScanWorst)
      ->Arg(0)
      ->Arg(1)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("import/html_bounded", BM_HtmlBounded)
      ->Arg(0)
      ->Arg(1)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("import/grids", BM_Grids)->Unit(benchmark::kMicrosecond);
  for (int i = 0; i < static_cast<int>(Samples().size()); ++i) {
    for (int whole : {0, 1}) {
      benchmark::RegisterBenchmark(
          absl::StrCat("import/", whole ? "document/" : "read/", Samples()[i].name).c_str(),
          BM_Document)
          ->Args({i, whole})
          ->Unit(benchmark::kMicrosecond);
    }
  }
}

}  // namespace gongkai::bench
