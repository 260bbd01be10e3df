// Allocation failure: every C API call, with the N-th allocation made during it failing, for
// N = 1, 2, ... until the call completes without reaching N. Each failed call must return
// GONGKAI_RESOURCE_EXHAUSTED and leave its output argument and every handle exactly as before
// (compared, with allocation working again, through the handle's outputs); the call that
// completes must give the same result as a call nobody disturbed.
//
// This binary replaces the global operator new and delete (they count, and throw
// std::bad_alloc at the chosen allocation), so it is a test program of its own. The shared
// library's allocations, and those of libprotobuf and Abseil it calls, go through them.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <new>
#include <regex>
#include <string>
#include <vector>

#include "capi_testing.h"
#include "gongkai/gongkai.h"

namespace {

using gongkai::testing::Take;
using gongkai::testing::U;

// 0: allocation works. Otherwise the allocation that makes `count` equal to `fail_at` fails.
long fail_at = 0;
long count = 0;
bool failed = false;  // whether the injected failure happened during the call

void* Allocate(size_t size) {
  if (fail_at != 0 && ++count == fail_at) {
    failed = true;
    return nullptr;
  }
  return std::malloc(size == 0 ? 1 : size);
}

}  // namespace

// Protobuf 3.21 is not safe against std::bad_alloc (docs/hardening.md): when an allocation fails
// inside it (its JSON converter, a repeated field growing, a generated copy constructor), what it
// had built is lost. In the sanitizer build, LeakSanitizer is told to expect leaks through
// protobuf's code and the generated *.pb.cc, and still checks every other leak.
extern "C" __attribute__((visibility("default"))) const char* __lsan_default_suppressions() {
  return "leak:google::protobuf::\nleak:libprotobuf.so\nleak:.pb.cc\n";
}

// GCC sees free() of what operator new returned; here that is the point.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
void* operator new(size_t size) {
  void* p = Allocate(size);
  if (p == nullptr) throw std::bad_alloc();
  return p;
}
void* operator new[](size_t size) {
  void* p = Allocate(size);
  if (p == nullptr) throw std::bad_alloc();
  return p;
}
void* operator new(size_t size, const std::nothrow_t&) noexcept { return Allocate(size); }
void* operator new[](size_t size, const std::nothrow_t&) noexcept { return Allocate(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, size_t) noexcept { std::free(p); }
void operator delete[](void* p, size_t) noexcept { std::free(p); }

namespace {

int problems = 0;

#define EXPECT(cond, ...)                                                     \
  do {                                                                        \
    if (!(cond)) {                                                            \
      std::fprintf(stderr, "%s:%d: failed: %s: ", __FILE__, __LINE__, #cond); \
      std::fprintf(stderr, __VA_ARGS__);                                      \
      std::fprintf(stderr, "\n");                                             \
      ++problems;                                                             \
    }                                                                         \
  } while (0)

// One call under test. `setup` makes fresh handles (allocation working), `call` is the call
// (allocation failing at N), `observe` reads every handle's state through its outputs
// (allocation working), `teardown` frees the handles.
struct Case {
  const char* name;
  std::function<void()> setup;
  std::function<gongkai_code(gongkai_buffer** out)> call;
  std::function<std::string()> observe;
  std::function<void()> teardown;
  // A registry call that changes the store commits before it writes its answer: when memory runs
  // out for the answer alone, the change stands (gongkai/registry.h). The state after a failure
  // is then the one before or the one after, nothing between.
  bool may_commit_first = false;
  // Applied to outputs and observations before comparing (the registry's times vary).
  std::string (*normalize)(const std::string&) = nullptr;
};

// Runs the case with allocation N failing for N = 1, 2, ...; returns how many were tried.
long Run(const Case& c) {
  static char sentinel_storage;
  gongkai_buffer* const sentinel = reinterpret_cast<gongkai_buffer*>(&sentinel_storage);
  // The state before, then the undisturbed run: the expected result and state. Observing may
  // change a handle (a registry is probed by adding to it), so each observation gets a fresh setup.
  const auto norm = [&c](const std::string& s) { return c.normalize ? c.normalize(s) : s; };
  const auto observe = [&] { return norm(c.observe()); };
  const auto take = [&](gongkai_buffer* b) {
    return b != sentinel && b != nullptr ? norm(Take(b)) : "";
  };
  c.setup();
  const std::string before = observe();
  c.teardown();
  c.setup();
  gongkai_buffer* out = sentinel;
  const gongkai_code expected_code = c.call(&out);
  const std::string expected_out = take(out);
  const std::string expected_after = observe();
  c.teardown();
  for (long n = 1;; ++n) {
    c.setup();  // (not observed here: observing a registry adds to it)
    out = sentinel;
    count = 0;
    failed = false;
    fail_at = n;
    const gongkai_code code = c.call(&out);
    fail_at = 0;
    const bool hit = failed;
    if (!hit) {  // the call needed fewer than n allocations: it ran undisturbed
      EXPECT(code == expected_code, "%s: %s, expected %s", c.name, gongkai_code_name(code),
             gongkai_code_name(expected_code));
      EXPECT(take(out) == expected_out, "%s: a different output", c.name);
      EXPECT(observe() == expected_after, "%s: a different state after the call", c.name);
      c.teardown();
      return n - 1;
    }
    if (code == GONGKAI_OK && expected_code == GONGKAI_OK) {
      // The failure was absorbed (a cache that could not grow, say): the result must not change.
      EXPECT(take(out) == expected_out, "%s: allocation %ld failed and the output changed", c.name,
             n);
      EXPECT(observe() == expected_after, "%s: allocation %ld failed and the state is wrong",
             c.name, n);
    } else if (code == expected_code && code != GONGKAI_OK) {
      // A call that fails anyway may fail for its own reason first.
      EXPECT(out == sentinel, "%s: allocation %ld: a failed call wrote its output", c.name, n);
      EXPECT(observe() == before, "%s: allocation %ld: a failed call changed a handle", c.name, n);
    } else {
      EXPECT(code == GONGKAI_RESOURCE_EXHAUSTED, "%s: allocation %ld failed: %s (%s)", c.name, n,
             gongkai_code_name(code), gongkai_last_error_message());
      EXPECT(out == sentinel, "%s: allocation %ld: a failed call wrote its output", c.name, n);
      const std::string after = observe();
      EXPECT(after == before || (c.may_commit_first && after == expected_after),
             "%s: allocation %ld: a failed call changed a handle", c.name, n);
    }
    c.teardown();
    if (problems > 20) return n;
  }
}

// --- Inputs -----------------------------------------------------------------------------------
//
// Written as JSON, and given to the calls under test as binary (made before any failure is
// injected): protobuf 3.21's JSON parser is not exception-safe (its ProtoWriter's destructor
// fails a CHECK after a std::bad_alloc), so an allocation failure while the library parses JSON
// input can end the process; docs/hardening.md, "Failure atomicity". JSON output goes through
// the library's own allocation-safe stream and is tested (message_to_json, render json).

std::string Application(int i) {
  const std::string date = "{\"year\":2024,\"month\":3,\"day\":" + std::to_string(1 + i % 27) + "}";
  return "{\"id\":\"A-" + std::to_string(i) +
         "\",\"applicant\":{\"category\":\"APPLICANT_CATEGORY_COMMERCIAL\",\"name\":\"某某\"},"
         "\"received\":" +
         date + ",\"events\":[{\"type\":\"EVENT_TYPE_REGISTERED\",\"date\":" + date +
         "},{\"type\":\"EVENT_TYPE_DECIDED\",\"date\":" + date +
         ",\"outcome\":\"OUTCOME_PARTIAL\"}]}";
}
const std::string kRequest =
    R"({"agency":{"id":"d1"},"year":2024,"options":{"traceCell":"t3.partial.commercial"}})";
// No money cell: protobuf 3.21's generated code sets a oneof's case before it allocates the
// message the case holds (Cell.amount), so a std::bad_alloc there leaves a cleared-and-reused
// Cell pointing at freed memory, which its destructor frees again (docs/hardening.md).
const std::string kReport =
    R"({"agency":{"id":"d1"},"year":2023,"cells":[{"key":"t3.new.natural_person","count":"3"},)"
    R"({"key":"t3.new.commercial","count":"2"}]})";
const std::string kDisclosure =
    R"({"id":"D-1","agencyId":"d1","indexNumber":"d1/2024-00001","generated":{"year":2024,"month":2,"day":1},)"
    R"("attribute":"PUBLIC_ATTRIBUTE_PROACTIVE","publications":[{"channel":"PUBLICATION_CHANNEL_PORTAL","date":{"year":2024,"month":3,"day":5}}]})";
const std::string kSlip =
    R"({"id":"S-1","events":[{"action":"SLIP_ACTION_PROPOSE","date":{"year":2024,"month":3,"day":1},)"
    R"("role":"SLIP_ROLE_DRAFTING_UNIT","attribute":"PUBLIC_ATTRIBUTE_PROACTIVE",)"
    R"("plannedDisclosure":{"year":2024,"month":3,"day":20},"plannedChannels":["政府网站"]}]})";
const std::string kSlipEvent =
    R"({"action":"SLIP_ACTION_APPROVE","date":{"year":2024,"month":3,"day":2},"role":"SLIP_ROLE_DISCLOSURE_OFFICE"})";
const std::string kLayer =
    R"({"id":"local","years":[{"year":2024,"daysOff":[{"first":{"year":2024,"month":3,"day":4},)"
    R"("last":{"year":2024,"month":3,"day":5}}],"makeupWorkingDays":[{"year":2024,"month":3,"day":9}]}]})";
const std::string kRemedy =
    R"({"id":"R-1","kind":"REMEDY_KIND_RECONSIDERATION","filed":{"year":2024,"month":3,"day":1}})";
const std::string kArchive =
    R"({"type":"EVENT_TYPE_ARCHIVED","date":{"year":2024,"month":4,"day":1}})";

std::string Bin(const char* type, const std::string& json) {
  gongkai_buffer* b = nullptr;
  if (gongkai_message_from_json(&b, 0, type, json.data(), json.size()) != GONGKAI_OK) {
    std::fprintf(stderr, "%s: %s\n", type, gongkai_last_error_message());
    std::exit(2);
  }
  return Take(b);
}
std::string Delimited(const std::string& bytes) {
  std::string out;
  size_t n = bytes.size();
  while (n >= 0x80) {
    out.push_back(static_cast<char>(n | 0x80));
    n >>= 7;
  }
  out.push_back(static_cast<char>(n));
  return out + bytes;
}

// The binary inputs, made in main() before any failure is injected.
// A correction notice of ten working days, with a 文号.
constexpr char kNotice[] =
    R"({"kind":"NOTICE_KIND_CORRECTION","serial":7,"application":{"id":"n1","applicant":)"
    R"({"name":"x"},"received":{"year":2019,"month":5,"day":20},"events":[{"type":)"
    R"("EVENT_TYPE_REGISTERED","date":{"year":2019,"month":5,"day":20}},{"type":)"
    R"("EVENT_TYPE_CORRECTION_REQUESTED","date":{"year":2019,"month":5,"day":22},)"
    R"("correctionPeriodDays":10}]},"template":{"agencyName":"示范区","numberTemplate":)"
    R"("示依〔{yyyy}〕{#}号"},"details":{"correctionItems":["请明确名称"]}})";

struct Inputs {
  std::string report, members, request, apps, more_apps, app5, app6, archive, disclosure,
      disclosures, slip, slips, slip_event, layer, remedy, remedies, agency, csv, notice,
      notice_template, filed_report;
} in;

void MakeInputs() {
  in.report = Bin("gongkai.v1.AnnualReport", kReport);
  in.members = Delimited(in.report) + Delimited(in.report);
  in.request = Bin("gongkai.v1.AnnualRequest", kRequest);
  for (int i = 1; i <= 3; ++i) in.apps += Delimited(Bin("gongkai.v1.Application", Application(i)));
  for (int i = 7; i <= 8; ++i)
    in.more_apps += Delimited(Bin("gongkai.v1.Application", Application(i)));
  in.app5 = Bin("gongkai.v1.Application", Application(5));
  in.app6 = Bin("gongkai.v1.Application", Application(6));
  in.archive = Bin("gongkai.v1.Event", kArchive);
  in.disclosure = Bin("gongkai.v1.Disclosure", kDisclosure);
  in.disclosures = Delimited(in.disclosure) + Delimited(in.disclosure);  // a duplicate 索引号
  in.slip = Bin("gongkai.v1.IssuanceSlip", kSlip);
  in.slips = Delimited(in.slip) + Delimited(in.slip);  // the second a duplicate: a problem
  in.slip_event = Bin("gongkai.v1.SlipEvent", kSlipEvent);
  in.layer = Bin("gongkai.v1.CalendarSpec", kLayer);
  in.remedy = Bin("gongkai.v1.Remedy", kRemedy);
  in.remedies = Delimited(in.remedy);
  in.agency = Bin("gongkai.v1.Agency", R"({"id":"city"})");
  in.notice = Bin("gongkai.v1.NoticeRequest", kNotice);
  in.notice_template = Bin("gongkai.v1.NoticeTemplate",
                           R"({"agencyName":"示范区","numberTemplate":"示依〔{yyyy}〕{#}号"})");
  for (int i = 0; i < 25; ++i)
    in.csv += "1,０,0,0,0,0,\"1\"\n";  // a full-width digit and quotes: warnings
  // Table 三 does not balance: the version has error findings to dispose of.
  in.filed_report =
      Bin("gongkai.v1.AnnualReport", R"({"agency":{"id":"D"},"year":2023,"layout":"2021","cells":[)"
                                     R"({"key":"t3.new.natural_person","count":"3"},)"
                                     R"({"key":"t3.total.natural_person","count":"5"}]})");
}

constexpr gongkai_format kBinary = GONGKAI_FORMAT_BINARY;
gongkai_calendar* national = nullptr;

// Handles the cases share; setup makes them, teardown frees them.
gongkai_annual* annual = nullptr;
gongkai_annual* annual2 = nullptr;
gongkai_table3* table3 = nullptr;
gongkai_table3* table3b = nullptr;
gongkai_validate_options* options = nullptr;
gongkai_index_registry* registry = nullptr;

// A gongkai_read_fn over a string, 5 bytes a call, so records cross the reads.
struct Source {
  const std::string* bytes;
  size_t given;
};
int64_t ReadSource(void* context, uint8_t* buffer, size_t capacity) {
  Source* s = static_cast<Source*>(context);
  const size_t n = std::min({capacity, s->bytes->size() - s->given, size_t{5}});
  std::memcpy(buffer, s->bytes->data() + s->given, n);
  s->given += n;
  return static_cast<int64_t>(n);
}

std::string Finish(const gongkai_annual* a) {
  gongkai_buffer* b = nullptr;
  if (gongkai_annual_finish(&b, a, kBinary) != GONGKAI_OK) return "finish failed";
  return Take(b);
}
std::string Result(const gongkai_table3* t) {
  gongkai_buffer* b = nullptr;
  if (gongkai_table3_result(&b, t, GONGKAI_FORMAT_JSON, nullptr, 0) != GONGKAI_OK)
    return "result failed";
  return Take(b);
}

void NoHandles() {}
std::string Nothing() { return ""; }

// --- The registry: a store in memory, made afresh for every run of a case ----------------------

gongkai_registry* store = nullptr;
std::vector<std::string> fingerprints;  // of the filed version's findings

constexpr char kTree[] =
    "id,name,level,parent\nP,示例省人民政府,2,\nC,示例市人民政府,3,P\nD,示例区人民政府,4,C\n";

// Filing times, and the chain's hashes that cover them, differ between runs a second apart.
std::string Untimed(const std::string& text) {
  static const std::regex kTime("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z|[0-9a-f]{64}");
  return std::regex_replace(text, kTime, "~");
}

// A call's JSON answer, or its code's name.
std::string Answer(const std::function<gongkai_code(gongkai_buffer**)>& call) {
  gongkai_buffer* b = nullptr;
  const gongkai_code code = call(&b);
  return code == GONGKAI_OK ? Take(b) : gongkai_code_name(code);
}

constexpr gongkai_format kJson = GONGKAI_FORMAT_JSON;

std::string ObserveStore() {
  return Answer(
             [](gongkai_buffer** b) { return gongkai_registry_agencies_list(b, store, kJson); }) +
         Answer([](gongkai_buffer** b) {
           return gongkai_registry_findings(b, store, kJson, "D", 2023, 0);
         }) +
         Answer([](gongkai_buffer** b) {
           return gongkai_registry_status(b, store, kJson, 2023, "");
         }) +
         Answer([](gongkai_buffer** b) { return gongkai_registry_verify(b, store, kJson); });
}

void OpenStore() {
  if (gongkai_registry_open(&store, ":memory:", 1) != GONGKAI_OK) std::abort();
}
void WithTree() {
  OpenStore();
  if (gongkai_registry_agencies_import(store, reinterpret_cast<const uint8_t*>(kTree),
                                       sizeof kTree - 1) != GONGKAI_OK)
    std::abort();
}
void Filed() {
  WithTree();
  gongkai_buffer* b = nullptr;
  if (gongkai_registry_file(&b, store, kBinary, U(in.filed_report), in.filed_report.size(), "clerk",
                            nullptr) != GONGKAI_OK)
    std::abort();
  gongkai_buffer_free(b);
  const std::string findings = Answer([](gongkai_buffer** out) {
    return gongkai_registry_findings(out, store, kJson, "D", 2023, 0);
  });
  fingerprints.clear();
  const std::string key = "\"fingerprint\":\"";
  for (size_t at = findings.find(key); at != std::string::npos; at = findings.find(key, at + 1))
    fingerprints.push_back(findings.substr(at + key.size(), 32));
  if (fingerprints.size() < 2) std::abort();  // the report was made to have findings
}
void Explained() {
  Filed();
  for (const std::string& f : fingerprints) {
    if (gongkai_registry_dispose(store, "D", 2023, f.c_str(), GONGKAI_DISPOSITION_EXPLAINED,
                                 "已说明", "reviewer") != GONGKAI_OK)
      std::abort();
  }
}
void Accepted() {
  Explained();
  gongkai_buffer* b = nullptr;
  if (gongkai_registry_accept(&b, store, kJson, "D", 2023, 0, "reviewer") != GONGKAI_OK)
    std::abort();
  gongkai_buffer_free(b);
}
void CloseStore() {
  gongkai_registry_free(store);
  store = nullptr;
}

std::vector<Case> RegistryCases() {
  const auto reg = [](const char* name, void (*setup)(), auto call, bool commits) {
    Case c{name, setup, call, ObserveStore, CloseStore};
    c.may_commit_first = commits;
    c.normalize = Untimed;
    return c;
  };
  return {
      reg(
          "registry_agencies_import", OpenStore,
          [](gongkai_buffer**) {
            return gongkai_registry_agencies_import(store, reinterpret_cast<const uint8_t*>(kTree),
                                                    sizeof kTree - 1);
          },
          false),
      reg(
          "registry_file", WithTree,
          [](gongkai_buffer** out) {
            return gongkai_registry_file(out, store, kBinary, U(in.filed_report),
                                         in.filed_report.size(), "clerk", nullptr);
          },
          true),
      reg(
          "registry_dispose", Filed,
          [](gongkai_buffer**) {
            return gongkai_registry_dispose(store, "D", 2023, fingerprints[0].c_str(),
                                            GONGKAI_DISPOSITION_EXPLAINED, "已说明", "reviewer");
          },
          false),
      reg(
          "registry_accept", Explained,
          [](gongkai_buffer** out) {
            return gongkai_registry_accept(out, store, kJson, "D", 2023, 0, "reviewer");
          },
          true),
      reg(
          "registry_rollup", Accepted,
          [](gongkai_buffer** out) {
            return gongkai_registry_rollup(out, store, kJson, "C", 2023);
          },
          false),
      reg(
          "registry_status", Accepted,
          [](gongkai_buffer** out) {
            return gongkai_registry_status(out, store, kJson, 2023, "P");
          },
          false),
      reg(
          "registry_verify", Accepted,
          [](gongkai_buffer** out) { return gongkai_registry_verify(out, store, kJson); }, false),
  };
}

std::vector<Case> Cases() {
  auto new_annual = [] {
    gongkai_annual_new(&annual, national, kBinary, U(in.request), in.request.size());
    gongkai_annual_add(annual, kBinary, GONGKAI_RECORD_APPLICATION, U(in.apps), in.apps.size());
  };
  auto free_annual = [] {
    gongkai_annual_free(annual);
    gongkai_annual_free(annual2);
    annual = annual2 = nullptr;
  };
  auto new_table3 = [] {
    gongkai_table3_new(&table3, kBinary, 2024, "", nullptr, 0);
    gongkai_table3_new(&table3b, kBinary, 2024, "", nullptr, 0);
    gongkai_table3_add(table3b, kBinary, U(in.apps), in.apps.size());
  };
  auto free_table3 = [] {
    gongkai_table3_free(table3);
    gongkai_table3_free(table3b);
    table3 = table3b = nullptr;
  };
  auto observe_table3 = [] { return Result(table3) + Result(table3b); };
  std::vector<Case> cases = {
      {"message_to_json", NoHandles,
       [](gongkai_buffer** out) {
         return gongkai_message_to_json(out, GONGKAI_JSON_PRETTY | GONGKAI_JSON_EMIT_DEFAULTS,
                                        "gongkai.v1.AnnualReport", U(in.report), in.report.size());
       },
       Nothing, NoHandles},
      {"message_type_names", NoHandles,
       [](gongkai_buffer** out) { return gongkai_message_type_names(out); }, Nothing, NoHandles},
      {"layout_get", NoHandles,
       [](gongkai_buffer** out) { return gongkai_layout_get(out, kBinary, "2021", 0); }, Nothing,
       NoHandles},
      {"report_validate",
       [] {
         gongkai_validate_options_new(&options);
         const std::string previous = R"({"agency":{"id":"d1"},"year":2022})";
         gongkai_validate_options_set_previous(options, GONGKAI_FORMAT_JSON, U(previous),
                                               previous.size());
       },
       [](gongkai_buffer** out) {
         return gongkai_report_validate(out, nullptr, options, kBinary, U(in.report),
                                        in.report.size());
       },
       Nothing, [] { gongkai_validate_options_free(options); }},
      {"validate_options_set_members", [] { gongkai_validate_options_new(&options); },
       [](gongkai_buffer**) {
         return gongkai_validate_options_set_members(options, kBinary, U(in.members),
                                                     in.members.size());
       },
       [] {
         gongkai_buffer* b = nullptr;
         const std::string sum = R"({"agency":{"id":"c"},"year":2023})";
         gongkai_report_validate(&b, nullptr, options, GONGKAI_FORMAT_JSON, U(sum), sum.size());
         return Take(b);
       },
       [] { gongkai_validate_options_free(options); }},
      {"report_merge", NoHandles,
       [](gongkai_buffer** out) {
         return gongkai_report_merge(out, kBinary, U(in.agency), in.agency.size(), U(in.members),
                                     in.members.size());
       },
       Nothing, NoHandles},
      {"report_import_grid", NoHandles,
       [](gongkai_buffer** out) {
         return gongkai_report_import_grid(out, kBinary, U(in.report), in.report.size(), "t3",
                                           in.csv.data(), in.csv.size(), "grid");
       },
       Nothing, NoHandles},
      {"report_render_html", NoHandles,
       [](gongkai_buffer** out) {
         return gongkai_report_render(out, kBinary, GONGKAI_RENDER_HTML_DOCUMENT, U(in.report),
                                      in.report.size());
       },
       Nothing, NoHandles},
      {"report_render_json", NoHandles,
       [](gongkai_buffer** out) {
         return gongkai_report_render(out, kBinary, GONGKAI_RENDER_JSON, U(in.report),
                                      in.report.size());
       },
       Nothing, NoHandles},
      {"calendar_layer", NoHandles,
       [](gongkai_buffer** out) {
         // The calendar handle goes where the buffer would: it must stay the sentinel on failure.
         gongkai_calendar* cal = reinterpret_cast<gongkai_calendar*>(*out);
         const gongkai_code code =
             gongkai_calendar_layer(&cal, national, kBinary, U(in.layer), in.layer.size());
         if (code == GONGKAI_OK)
           gongkai_calendar_free(cal);
         else if (cal != reinterpret_cast<gongkai_calendar*>(*out))
           *out = nullptr;  // reported as written
         return code;
       },
       [] {
         gongkai_buffer* b = nullptr;
         gongkai_calendar_year(&b, national, GONGKAI_FORMAT_JSON, 2024);
         return Take(b);
       },
       NoHandles},
      {"application_deadlines", NoHandles,
       [](gongkai_buffer** out) {
         return gongkai_application_deadlines(out, national, nullptr, kBinary, U(in.app5),
                                              in.app5.size(), "2024-04-01");
       },
       Nothing, NoHandles},
      {"application_apply_event", NoHandles,
       [](gongkai_buffer** out) {
         return gongkai_application_apply_event(out, national, kBinary, U(in.app6), in.app6.size(),
                                                U(in.archive), in.archive.size());
       },
       Nothing, NoHandles},
      {"table3_add", new_table3,
       [](gongkai_buffer**) {
         return gongkai_table3_add(table3, kBinary, U(in.apps), in.apps.size());
       },
       observe_table3, free_table3},
      {"table3_merge", new_table3,
       [](gongkai_buffer**) { return gongkai_table3_merge(table3, table3b); }, observe_table3,
       free_table3},
      {"table3_result", new_table3,
       [](gongkai_buffer** out) {
         return gongkai_table3_result(out, table3b, kBinary, nullptr, 0);
       },
       observe_table3, free_table3},
      {"annual_new", NoHandles,
       [](gongkai_buffer** out) {
         gongkai_annual* a = reinterpret_cast<gongkai_annual*>(*out);
         const gongkai_code code =
             gongkai_annual_new(&a, national, kBinary, U(in.request), in.request.size());
         if (code == GONGKAI_OK)
           gongkai_annual_free(a);
         else if (a != reinterpret_cast<gongkai_annual*>(*out))
           *out = nullptr;
         return code;
       },
       Nothing, NoHandles},
      {"annual_add", new_annual,
       [](gongkai_buffer**) {
         return gongkai_annual_add(annual, kBinary, GONGKAI_RECORD_APPLICATION, U(in.more_apps),
                                   in.more_apps.size());
       },
       [] { return Finish(annual); }, free_annual},
      {"annual_add_disclosures", new_annual,
       [](gongkai_buffer**) {
         return gongkai_annual_add(annual, kBinary, GONGKAI_RECORD_DISCLOSURE, U(in.disclosures),
                                   in.disclosures.size());
       },
       [] { return Finish(annual); }, free_annual},
      {"annual_add_slips", new_annual,
       [](gongkai_buffer**) {
         return gongkai_annual_add(annual, kBinary, GONGKAI_RECORD_SLIP, U(in.slips),
                                   in.slips.size());
       },
       [] { return Finish(annual); }, free_annual},
      {"annual_add_reader", new_annual,
       [](gongkai_buffer**) {
         // One thread only: the counter above is not for several.
         Source source{&in.disclosures, 0};
         return gongkai_annual_add_reader(annual, kBinary, GONGKAI_RECORD_DISCLOSURE, ReadSource,
                                          &source);
       },
       [] { return Finish(annual); }, free_annual},
      {"annual_merge",
       [=] {
         new_annual();
         gongkai_annual_new(&annual2, national, kBinary, U(in.request), in.request.size());
         gongkai_annual_add(annual2, kBinary, GONGKAI_RECORD_REMEDY, U(in.remedies),
                            in.remedies.size());
       },
       [](gongkai_buffer**) { return gongkai_annual_merge(annual, annual2); },
       [] { return Finish(annual) + Finish(annual2); }, free_annual},
      {"annual_finish", new_annual,
       [](gongkai_buffer** out) { return gongkai_annual_finish(out, annual, kBinary); },
       [] { return Finish(annual); }, free_annual},
      {"annual_finish_json", new_annual,
       [](gongkai_buffer** out) { return gongkai_annual_finish(out, annual, GONGKAI_FORMAT_JSON); },
       [] { return Finish(annual); }, free_annual},
      {"index_registry_add",
       [] {
         // Thirteen entries: the fourteenth makes the registry's tables grow.
         gongkai_index_registry_new(&registry, kBinary, nullptr, 0);
         for (int i = 1; i <= 13; ++i) {
           char index[32];
           std::snprintf(index, sizeof index, "d1/2024-%05d", i);
           gongkai_index_registry_add(registry, index, "D-1");
         }
       },
       [](gongkai_buffer**) {
         return gongkai_index_registry_add(registry, "d1/2024-00014", "D-2");
       },
       [] {
         // What is recorded: which of the last indexes are taken.
         std::string taken;
         for (const char* i : {"d1/2024-00013", "d1/2024-00014", "d1/2024-00015"}) {
           taken += gongkai_code_name(gongkai_index_registry_add(registry, i, "probe"));
         }
         return taken;
       },
       [] { gongkai_index_registry_free(registry); }},
      {"index_registry_next",
       [] {
         const std::string scheme =
             R"({"template":"{org}/{yyyy}-{nnnnn}","organisationCode":"d1"})";
         gongkai_index_registry_new(&registry, GONGKAI_FORMAT_JSON, U(scheme), scheme.size());
       },
       [](gongkai_buffer** out) {
         return gongkai_index_registry_next(out, registry, "2024-05-06", "D-9");
       },
       [] {
         std::string taken;
         for (const char* i : {"d1/2024-00001", "d1/2024-00002"}) {
           taken += gongkai_code_name(gongkai_index_registry_add(registry, i, "probe"));
         }
         return taken;
       },
       [] { gongkai_index_registry_free(registry); }},
      {"disclosure_timeliness", NoHandles,
       [](gongkai_buffer** out) {
         return gongkai_disclosure_timeliness(out, national, nullptr, kBinary, U(in.disclosure),
                                              in.disclosure.size(), "2024-12-31");
       },
       Nothing, NoHandles},
      {"slip_apply_event", NoHandles,
       [](gongkai_buffer** out) {
         return gongkai_slip_apply_event(out, kBinary, U(in.slip), in.slip.size(), U(in.slip_event),
                                         in.slip_event.size(), nullptr, 0);
       },
       Nothing, NoHandles},
      {"remedy_check", NoHandles,
       [](gongkai_buffer**) {
         return gongkai_remedy_check(kBinary, U(in.remedy), in.remedy.size());
       },
       Nothing, NoHandles},
      {"notice_compose", NoHandles,
       [](gongkai_buffer** out) {
         return gongkai_notice_compose(out, national, kBinary, U(in.notice), in.notice.size());
       },
       Nothing, NoHandles},
      {"notice_write", NoHandles,
       [](gongkai_buffer** out) {
         return gongkai_notice_write(out, national, kBinary, U(in.notice), in.notice.size());
       },
       Nothing, NoHandles},
      {"notice_template_check", NoHandles,
       [](gongkai_buffer**) {
         return gongkai_notice_template_check(kBinary, U(in.notice_template),
                                              in.notice_template.size());
       },
       Nothing, NoHandles},
  };
  for (Case& c : RegistryCases()) cases.push_back(std::move(c));
  return cases;
}

}  // namespace

int main() {
  if (gongkai_calendar_national(&national) != GONGKAI_OK) return 2;
  MakeInputs();
  long total = 0;
  const std::vector<Case> cases = Cases();
  for (const Case& c : cases) {
    const int before = problems;
    const long n = Run(c);
    total += n;
    std::printf("%-30s %6ld allocations, each failed in turn: %s\n", c.name, n,
                problems == before ? "ok" : "PROBLEMS");
    std::fflush(stdout);
  }
  gongkai_calendar_free(national);
  std::printf("%zu calls, %ld injected failures, %d problems\n", cases.size(), total, problems);
  return problems == 0 ? 0 : 1;
}
