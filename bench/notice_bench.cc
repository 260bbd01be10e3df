// Notices: writing an application's reply as text, HTML and DOCX, against the case engine's
// work on the same history, replaying it and computing its deadlines (lib/cases), which an
// office system runs to show a case. The applications are the generator's (tools/gen), cycled so
// that every outcome and history shape is seen.
//   notice/replay_deadlines   cases::ReplayHistory + cases::ComputeDeadlines (the baseline)
//   notice/reply_text         notice::WriteNotice, NOTICE_FORMAT_TEXT
//   notice/reply_html         the same, HTML
//   notice/reply_docx         the same, DOCX (zipped in memory)
#include <cstdlib>
#include <vector>

#include "bench_scale.h"
#include "benchmark/benchmark.h"
#include "calendar/calendar.h"
#include "cases/deadline/deadline.h"
#include "cases/history.h"
#include "gen/generate.h"
#include "notice/notice.h"

namespace gongkai::bench {
namespace {

// Requests for the reply of every decided application of a generated year, with the
// details every outcome may ask for.
const std::vector<v1::NoticeRequest>& Requests() {
  static const auto* requests = [] {
    auto* out = new std::vector<v1::NoticeRequest>;
    gen::GenOptions options;
    options.applications = 1000;
    options.scenarios = true;
    const auto cal = calendar::Calendar::National();
    const absl::Status s = gen::GenerateApplications(options, [&](const v1::Application& a) {
      v1::NoticeRequest r;
      r.set_kind(v1::NOTICE_KIND_REPLY);
      *r.mutable_application() = a;
      v1::NoticeTemplate* t = r.mutable_template_();
      t->set_agency_name("示范市临江区人民政府");
      t->set_reconsideration_body("示范市人民政府");
      r.mutable_details()->set_reason("理由");
      r.mutable_details()->set_information("见附件。");
      r.mutable_details()->set_legal_basis("依据");
      r.set_serial(1);
      if (notice::ComposeNotice(r, *cal).ok()) out->push_back(std::move(r));
    });
    if (!s.ok() || out->empty()) std::abort();
    return out;
  }();
  return *requests;
}

void BM_ReplayDeadlines(benchmark::State& state) {
  const auto cal = calendar::Calendar::National();
  const std::vector<v1::NoticeRequest>& requests = Requests();
  size_t i = 0;
  for (auto _ : state) {
    const v1::Application& a = requests[i].application();
    benchmark::DoNotOptimize(cases::ReplayHistory(a, *cal));
    benchmark::DoNotOptimize(cases::ComputeDeadlines(a, absl::CivilDay(2025, 12, 31), *cal));
    i = (i + 1) % requests.size();
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_Reply(benchmark::State& state) {
  const auto cal = calendar::Calendar::National();
  std::vector<v1::NoticeRequest> requests = Requests();
  for (v1::NoticeRequest& r : requests) r.set_format(static_cast<v1::NoticeFormat>(state.range(0)));
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    absl::StatusOr<std::string> out = notice::WriteNotice(requests[i], *cal);
    bytes += out->size();
    benchmark::DoNotOptimize(out);
    i = (i + 1) % requests.size();
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

}  // namespace

void RegisterNoticeBenchmarks(Scale) {
  benchmark::RegisterBenchmark("notice/replay_deadlines", BM_ReplayDeadlines);
  benchmark::RegisterBenchmark("notice/reply_text", BM_Reply)->Arg(v1::NOTICE_FORMAT_TEXT);
  benchmark::RegisterBenchmark("notice/reply_html", BM_Reply)->Arg(v1::NOTICE_FORMAT_HTML);
  benchmark::RegisterBenchmark("notice/reply_docx", BM_Reply)->Arg(v1::NOTICE_FORMAT_DOCX);
}

}  // namespace gongkai::bench
