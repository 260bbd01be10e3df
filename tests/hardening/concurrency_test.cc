// Thread safety as the headers state it (docs/hardening.md, "Threads"), through the shared
// library: many threads at once, each with its own handles (validate options, deadline options,
// table 三 aggregators, annual builders, 索引号 registries), sharing the immutable ones (the
// built-in calendar, a layered calendar, the built-in layouts, the message registry) and
// starting together so the library's lazily built tables are first used concurrently. Every
// result must equal the one computed on one thread, every thread's last error must be its own,
// and the per-thread aggregators and builders must merge into the single-threaded result.
//
// Run under ThreadSanitizer by the test command (a build with -DGONGKAI_SANITIZE=thread), where
// any data race fails it.
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "gongkai/gongkai.h"

namespace {

constexpr int kThreads = 8;
constexpr int kRounds = 6;

std::atomic<int> failures{0};

#define EXPECT(cond)                                                                          \
  do {                                                                                        \
    if (!(cond)) {                                                                            \
      std::fprintf(stderr, "%s:%d: failed: %s (last error: %s)\n", __FILE__, __LINE__, #cond, \
                   gongkai_last_error_message());                                             \
      failures.fetch_add(1);                                                                  \
    }                                                                                         \
  } while (0)

const uint8_t* U(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.data()); }

// The buffer's bytes; frees it and clears the pointer, so a failed call that follows leaves
// nothing stale behind.
std::string Take(gongkai_buffer*& b) {
  if (b == nullptr) return "(no output)";
  std::string s(reinterpret_cast<const char*>(gongkai_buffer_data(b)), gongkai_buffer_size(b));
  gongkai_buffer_free(b);
  b = nullptr;
  return s;
}

// --- Inputs -----------------------------------------------------------------------------------

std::string Application(int i) {
  const int day = 1 + i % 27;
  const std::string date = "{\"year\":2024,\"month\":3,\"day\":" + std::to_string(day) + "}";
  const char* categories[] = {"APPLICANT_CATEGORY_NATURAL_PERSON", "APPLICANT_CATEGORY_COMMERCIAL",
                              "APPLICANT_CATEGORY_RESEARCH"};
  const char* outcomes[] = {"OUTCOME_GRANTED", "OUTCOME_PARTIAL", "OUTCOME_UNABLE_NOT_EXIST",
                            "OUTCOME_REFUSED_STATE_SECRET"};
  std::string app = "{\"id\":\"2024-" + std::to_string(1000 + i) +
                    "\",\"agencyId\":\"d1\",\"applicant\":{\"category\":\"" + categories[i % 3] +
                    "\",\"name\":\"申请人" + std::to_string(i) +
                    "\"},\"channel\":\"CHANNEL_IN_PERSON\",\"received\":" + date +
                    ",\"events\":[{\"type\":\"EVENT_TYPE_REGISTERED\",\"date\":" + date + "}";
  if (i % 4 != 3) {
    app += ",{\"type\":\"EVENT_TYPE_DECIDED\",\"date\":{\"year\":2024,\"month\":4,\"day\":" +
           std::to_string(day) + "},\"outcome\":\"" + outcomes[i % 4] + "\"}";
  }
  return app + "]}";
}

std::string Applications(int from, int count) {
  std::string lines;
  for (int i = from; i < from + count; ++i) lines += Application(i) + "\n";
  return lines;
}

const char kRequest[] = R"({"agency":{"id":"d1","name":"示范区人民政府"},"year":2024})";
const char kReport[] =
    R"({"agency":{"id":"d1"},"year":2023,"cells":[{"key":"t3.new.natural_person","count":"3"},)"
    R"({"key":"t3.new.total","count":"3"},{"key":"t2.item8.fees.amount","amount":{"units":"125","scale":2}}]})";
const char kLayer[] =
    R"({"id":"local","version":"1","years":[{"year":2024,"daysOff":[{"first":{"year":2024,"month":3,"day":4},)"
    R"("last":{"year":2024,"month":3,"day":5},"name":"local"}],"makeupWorkingDays":[{"year":2024,"month":3,"day":9}]}]})";
const char kRemedies[] =
    R"({"id":"R-1","agencyId":"d1","kind":"REMEDY_KIND_RECONSIDERATION","filed":{"year":2024,"month":5,"day":6}})"
    "\n";
const char kDisclosures[] =
    R"({"id":"D-1","agencyId":"d1","indexNumber":"d1/2024-00001","generated":{"year":2024,"month":2,"day":1},)"
    R"("attribute":"PUBLIC_ATTRIBUTE_PROACTIVE","publications":[{"channel":"PUBLICATION_CHANNEL_PORTAL","date":{"year":2024,"month":2,"day":5}}]})"
    "\n";

// --- What each thread computes ----------------------------------------------------------------

// Results of calls that take shared handles only: must be the same on every thread.
struct Shared {
  std::string layout_ids, layout_2021, type_names, calendar_version, year_2024, layered_year;
  std::string due, validated, validated_shared, rendered, merged, imported, deadlines, applied,
      json, slip;
  int64_t between = 0;
};

Shared ComputeShared(const gongkai_calendar* national, const gongkai_calendar* layered,
                     const gongkai_validate_options* shared_options, int t) {
  Shared s;
  gongkai_buffer* b = nullptr;
  EXPECT(gongkai_layout_ids(&b) == GONGKAI_OK);
  s.layout_ids = Take(b);
  EXPECT(gongkai_layout_get(&b, GONGKAI_FORMAT_BINARY, "2021", 0) == GONGKAI_OK);
  s.layout_2021 = Take(b);
  EXPECT(gongkai_message_type_names(&b) == GONGKAI_OK);
  s.type_names = Take(b);
  EXPECT(gongkai_calendar_version(&b, layered) == GONGKAI_OK);
  s.calendar_version = Take(b);
  EXPECT(gongkai_calendar_year(&b, national, GONGKAI_FORMAT_JSON, 2024) == GONGKAI_OK);
  s.year_2024 = Take(b);
  EXPECT(gongkai_calendar_year(&b, layered, GONGKAI_FORMAT_JSON, 2024) == GONGKAI_OK);
  s.layered_year = Take(b);
  char due[GONGKAI_DATE_SIZE];
  EXPECT(gongkai_calendar_add_working_days(due, nullptr, layered, "2024-02-01", 40) == GONGKAI_OK);
  s.due = due;
  EXPECT(gongkai_calendar_working_days_between(&s.between, national, "2019-01-01", "2026-12-31") ==
         GONGKAI_OK);

  const std::string report = kReport;
  int errors = -1;
  EXPECT(gongkai_report_validate(&b, &errors, nullptr, GONGKAI_FORMAT_JSON, U(report),
                                 report.size()) == GONGKAI_OK);
  s.validated = Take(b);
  EXPECT(gongkai_report_validate(&b, &errors, shared_options, GONGKAI_FORMAT_JSON, U(report),
                                 report.size()) == GONGKAI_OK);
  s.validated_shared = Take(b);
  EXPECT(gongkai_report_render(&b, GONGKAI_FORMAT_JSON, GONGKAI_RENDER_HTML_DOCUMENT, U(report),
                               report.size()) == GONGKAI_OK);
  s.rendered = Take(b);
  const std::string parent = R"({"id":"city"})";
  const std::string members = report + "\n" + report + "\n";
  EXPECT(gongkai_report_merge(&b, GONGKAI_FORMAT_JSON, U(parent), parent.size(), U(members),
                              members.size()) == GONGKAI_OK);
  s.merged = Take(b);
  std::string csv;
  for (int i = 0; i < 25; ++i) csv += "1,0,0,0,0,0,1\n";
  EXPECT(gongkai_report_import_grid(&b, GONGKAI_FORMAT_JSON, U(report), report.size(), "t3",
                                    csv.data(), csv.size(), "grid") == GONGKAI_OK);
  s.imported = Take(b);

  const std::string app = Application(1);
  EXPECT(gongkai_application_check(national, GONGKAI_FORMAT_JSON, U(app), app.size()) ==
         GONGKAI_OK);
  EXPECT(gongkai_application_deadlines(&b, layered, nullptr, GONGKAI_FORMAT_JSON, U(app),
                                       app.size(), "2024-03-20") == GONGKAI_OK);
  s.deadlines = Take(b);
  const std::string open = Application(3);
  const std::string archive =
      R"({"type":"EVENT_TYPE_WITHDRAWN","date":{"year":2024,"month":4,"day":9}})";
  EXPECT(gongkai_application_apply_event(&b, national, GONGKAI_FORMAT_JSON, U(open), open.size(),
                                         U(archive), archive.size()) == GONGKAI_OK);
  s.applied = Take(b);
  std::string bin;
  EXPECT(gongkai_message_from_json(&b, 0, "gongkai.v1.Application", app.data(), app.size()) ==
         GONGKAI_OK);
  bin = Take(b);
  EXPECT(gongkai_message_to_json(&b, GONGKAI_JSON_PRETTY, "gongkai.v1.Application", U(bin),
                                 bin.size()) == GONGKAI_OK);
  s.json = Take(b);
  const std::string slip =
      R"({"id":"S-1","events":[{"action":"SLIP_ACTION_PROPOSE","date":{"year":2024,"month":3,"day":1},)"
      R"("role":"SLIP_ROLE_DRAFTING_UNIT","attribute":"PUBLIC_ATTRIBUTE_PROACTIVE",)"
      R"("plannedDisclosure":{"year":2024,"month":3,"day":20},"plannedChannels":["政府网站"]}]})";
  EXPECT(gongkai_slip_replay(&b, GONGKAI_FORMAT_JSON, U(slip), slip.size(), nullptr, 0) ==
         GONGKAI_OK);
  s.slip = Take(b);

  // This thread's own failure, with its own number in the message.
  const std::string name = "gongkai.v1.NoSuchType" + std::to_string(t);
  EXPECT(gongkai_message_from_json(&b, 0, name.c_str(), "{}", 2) == GONGKAI_NOT_FOUND);
  EXPECT(std::strstr(gongkai_last_error_message(), name.c_str()) != nullptr);
  return s;
}

bool operator==(const Shared& a, const Shared& b) {
  return a.layout_ids == b.layout_ids && a.layout_2021 == b.layout_2021 &&
         a.type_names == b.type_names && a.calendar_version == b.calendar_version &&
         a.year_2024 == b.year_2024 && a.layered_year == b.layered_year && a.due == b.due &&
         a.between == b.between && a.validated == b.validated &&
         a.validated_shared == b.validated_shared && a.rendered == b.rendered &&
         a.merged == b.merged && a.imported == b.imported && a.deadlines == b.deadlines &&
         a.applied == b.applied && a.json == b.json && a.slip == b.slip;
}

// Handles a thread owns: filled from its shard of the records.
struct Owned {
  gongkai_table3* table3 = nullptr;
  gongkai_annual* annual = nullptr;
  std::string registry_made;
  std::string validated_with_previous;
};

void FillOwned(const gongkai_calendar* layered, int t, Owned* o) {
  EXPECT(gongkai_table3_new(&o->table3, GONGKAI_FORMAT_JSON, 2024, "", nullptr, 0) == GONGKAI_OK);
  EXPECT(gongkai_annual_new(&o->annual, layered, GONGKAI_FORMAT_JSON,
                            reinterpret_cast<const uint8_t*>(kRequest),
                            std::strlen(kRequest)) == GONGKAI_OK);
  for (int round = 0; round < kRounds; ++round) {
    const std::string shard = Applications((t * kRounds + round) * 10, 10);
    EXPECT(gongkai_table3_add(o->table3, GONGKAI_FORMAT_JSON, U(shard), shard.size()) ==
           GONGKAI_OK);
    EXPECT(gongkai_annual_add(o->annual, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_APPLICATION, U(shard),
                              shard.size()) == GONGKAI_OK);
  }
  if (t == 0) {
    EXPECT(gongkai_annual_add(o->annual, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_REMEDY,
                              reinterpret_cast<const uint8_t*>(kRemedies),
                              std::strlen(kRemedies)) == GONGKAI_OK);
    EXPECT(gongkai_annual_add(o->annual, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_DISCLOSURE,
                              reinterpret_cast<const uint8_t*>(kDisclosures),
                              std::strlen(kDisclosures)) == GONGKAI_OK);
  }
  gongkai_index_registry* registry = nullptr;
  EXPECT(gongkai_index_registry_new(&registry, GONGKAI_FORMAT_JSON, nullptr, 0) == GONGKAI_OK);
  gongkai_buffer* b = nullptr;
  for (int i = 0; i < 20; ++i) {
    EXPECT(gongkai_index_registry_add(registry, ("X/2024-" + std::to_string(10000 + i)).c_str(),
                                      "D") == GONGKAI_OK);
  }
  EXPECT(gongkai_index_registry_add(registry, "X/2024-10000", "E") == GONGKAI_ALREADY_EXISTS);
  gongkai_index_registry_free(registry);

  gongkai_validate_options* options = nullptr;
  gongkai_deadline_options* deadline_options = nullptr;
  EXPECT(gongkai_validate_options_new(&options) == GONGKAI_OK);
  EXPECT(gongkai_deadline_options_new(&deadline_options) == GONGKAI_OK);
  EXPECT(gongkai_deadline_options_set_count_start_day(deadline_options, t % 2) == GONGKAI_OK);
  const std::string previous = R"({"agency":{"id":"d1"},"year":2022})";
  EXPECT(gongkai_validate_options_set_previous(options, GONGKAI_FORMAT_JSON, U(previous),
                                               previous.size()) == GONGKAI_OK);
  const std::string report = kReport;
  EXPECT(gongkai_report_validate(&b, nullptr, options, GONGKAI_FORMAT_JSON, U(report),
                                 report.size()) == GONGKAI_OK);
  o->validated_with_previous = Take(b);
  const std::string app = Application(2);
  EXPECT(gongkai_application_deadlines(&b, layered, deadline_options, GONGKAI_FORMAT_BINARY,
                                       nullptr, 0,
                                       "2024-03-20") != GONGKAI_OK);  // an empty record has no id
  EXPECT(gongkai_application_deadlines(&b, layered, deadline_options, GONGKAI_FORMAT_JSON, U(app),
                                       app.size(), "2024-03-20") == GONGKAI_OK);
  Take(b);
  gongkai_deadline_options_free(deadline_options);
  gongkai_validate_options_free(options);
}

}  // namespace

int main() {
  // Phase 1: every thread starts at once on a library nothing has used yet.
  std::atomic<int> ready{0};
  std::vector<Shared> seen(kThreads);
  std::vector<Owned> owned(kThreads);
  gongkai_calendar* national = nullptr;
  gongkai_calendar* layered = nullptr;
  {
    std::vector<std::thread> threads;
    std::vector<gongkai_calendar*> nationals(kThreads, nullptr);
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        ready.fetch_add(1);
        while (ready.load() < kThreads) std::this_thread::yield();
        EXPECT(gongkai_calendar_national(&nationals[t]) == GONGKAI_OK);
        gongkai_buffer* b = nullptr;
        EXPECT(gongkai_layout_get(&b, GONGKAI_FORMAT_JSON, "", 2020 + t % 3) == GONGKAI_OK);
        Take(b);
        EXPECT(gongkai_message_type_names(&b) == GONGKAI_OK);
        Take(b);
      });
    }
    for (std::thread& th : threads) th.join();
    national = nationals[0];
    for (int t = 1; t < kThreads; ++t) gongkai_calendar_free(nationals[t]);
  }
  EXPECT(gongkai_calendar_layer(&layered, national, GONGKAI_FORMAT_JSON,
                                reinterpret_cast<const uint8_t*>(kLayer),
                                std::strlen(kLayer)) == GONGKAI_OK);
  // Validate options set once, then read by every thread at once (report.h allows it).
  gongkai_validate_options* shared_options = nullptr;
  EXPECT(gongkai_validate_options_new(&shared_options) == GONGKAI_OK);
  const std::string members = std::string(kReport) + "\n" + kReport + "\n";
  EXPECT(gongkai_validate_options_set_members(shared_options, GONGKAI_FORMAT_JSON, U(members),
                                              members.size()) == GONGKAI_OK);

  // Phase 2: shared handles read by all, own handles written by each.
  {
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        seen[t] = ComputeShared(national, layered, shared_options, t);
        FillOwned(layered, t, &owned[t]);
      });
    }
    for (std::thread& th : threads) th.join();
  }

  // The same on one thread.
  const Shared reference = ComputeShared(national, layered, shared_options, 99);
  gongkai_validate_options_free(shared_options);
  for (int t = 0; t < kThreads; ++t) EXPECT(seen[t] == reference);
  for (int t = 1; t < kThreads; ++t)
    EXPECT(owned[t].validated_with_previous == owned[0].validated_with_previous);

  gongkai_table3* all_t3 = nullptr;
  gongkai_annual* all = nullptr;
  EXPECT(gongkai_table3_new(&all_t3, GONGKAI_FORMAT_JSON, 2024, "", nullptr, 0) == GONGKAI_OK);
  EXPECT(gongkai_annual_new(&all, layered, GONGKAI_FORMAT_JSON,
                            reinterpret_cast<const uint8_t*>(kRequest),
                            std::strlen(kRequest)) == GONGKAI_OK);
  // The calendar handle may go: the builders keep their own reference.
  gongkai_calendar_free(layered);
  const std::string every = Applications(0, kThreads * kRounds * 10);
  EXPECT(gongkai_table3_add(all_t3, GONGKAI_FORMAT_JSON, U(every), every.size()) == GONGKAI_OK);
  EXPECT(gongkai_annual_add(all, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_APPLICATION, U(every),
                            every.size()) == GONGKAI_OK);
  EXPECT(gongkai_annual_add(all, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_REMEDY,
                            reinterpret_cast<const uint8_t*>(kRemedies),
                            std::strlen(kRemedies)) == GONGKAI_OK);
  EXPECT(gongkai_annual_add(all, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_DISCLOSURE,
                            reinterpret_cast<const uint8_t*>(kDisclosures),
                            std::strlen(kDisclosures)) == GONGKAI_OK);

  // Merge the shards in a tree, from other threads than those that filled them.
  for (int step = 1; step < kThreads; step *= 2) {
    std::vector<std::thread> threads;
    for (int t = 0; t + step < kThreads; t += 2 * step) {
      threads.emplace_back([&, t, step] {
        EXPECT(gongkai_table3_merge(owned[t].table3, owned[t + step].table3) == GONGKAI_OK);
        EXPECT(gongkai_annual_merge(owned[t].annual, owned[t + step].annual) == GONGKAI_OK);
      });
    }
    for (std::thread& th : threads) th.join();
  }
  gongkai_buffer* b = nullptr;
  EXPECT(gongkai_table3_result(&b, all_t3, GONGKAI_FORMAT_JSON, nullptr, 0) == GONGKAI_OK);
  const std::string t3_one = Take(b);
  EXPECT(gongkai_table3_result(&b, owned[0].table3, GONGKAI_FORMAT_JSON, nullptr, 0) == GONGKAI_OK);
  const std::string t3_merged = Take(b);
  EXPECT(gongkai_annual_finish(&b, all, GONGKAI_FORMAT_JSON) == GONGKAI_OK);
  const std::string annual_one = Take(b);
  EXPECT(gongkai_annual_finish(&b, owned[0].annual, GONGKAI_FORMAT_JSON) == GONGKAI_OK);
  const std::string annual_merged = Take(b);
  EXPECT(t3_one.size() == t3_merged.size());  // the same counts; problem map order may differ
  EXPECT(t3_one.find("\"recordsSeen\":\"480\"") != std::string::npos);
  EXPECT(t3_merged.find("\"recordsSeen\":\"480\"") != std::string::npos);
  // Record problems come in shard order, the same as the order of one builder here.
  EXPECT(annual_one == annual_merged);

  for (Owned& o : owned) {
    gongkai_table3_free(o.table3);
    gongkai_annual_free(o.annual);
  }
  gongkai_table3_free(all_t3);
  gongkai_annual_free(all);
  gongkai_calendar_free(national);
  std::printf("%d threads x %d rounds: %s\n", kThreads, kRounds,
              failures.load() == 0 ? "all results agree" : "FAILED");
  return failures.load() == 0 ? 0 : 1;
}
