// Personal data never leaves a record (docs/hardening.md, "Personal data"): applicant names,
// identity numbers, addresses, contact details and request texts appear in no report, rendered
// table, finding, deadline, error message, CLI output or log line.
//
// A large dataset is generated with gongkai-gen --marker (every personal field of every
// application carries the marker); then every API call and every gongkai command that reads
// records runs over it, over broken copies of it (so that errors are about records holding
// personal data), and over JSON that puts personal values where a message would quote them.
// Every output, every error message and everything written to stderr is searched for the
// marker and for the personal values themselves (without the marker, so that a value cut short
// is caught too). Outputs that are records by design (a converted record, a record with an event
// appended) are not searched.
#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "capi_testing.h"
#include "gongkai/gongkai.h"
#include "gtest/gtest-spi.h"
#include "gtest/gtest.h"

extern char** environ;

namespace {

using gongkai::testing::Take;
using gongkai::testing::U;

constexpr char kMarker[] = "PDMARK7Q";  // appended to every personal field by gongkai-gen
constexpr int kApplications = 3000;

std::string dir;                        // the scratch folder
std::vector<std::string> applications;  // applications.jsonl, one record per entry
std::vector<std::string> needles;       // what must not appear: the marker and personal values
std::string stderr_path;                // fd 2 of this process goes here during the tests

std::string Read(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

void Write(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
}

// Fails the test, naming `where`, if `text` holds a needle.
void ExpectClean(const std::string& text, const std::string& where) {
  for (const std::string& n : needles) {
    const size_t at = text.find(n);
    if (at != std::string::npos) {
      ADD_FAILURE() << where << " holds personal data \"" << n << "\": ..."
                    << text.substr(at < 80 ? 0 : at - 80, 200) << "...";
      return;
    }
  }
}

// After a failed call: its message must be clean.
void ExpectCleanError(gongkai_code code, const std::string& where) {
  if (code != GONGKAI_OK) ExpectClean(gongkai_last_error_message(), where + " (error message)");
}

struct Spawned {
  int status;
  std::string out, err;
};

// Runs a program with `args`, stdout and stderr to files.
Spawned Spawn(const std::vector<std::string>& args) {
  const std::string out = dir + "/spawn.out", err = dir + "/spawn.err";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid;
  int status = -1;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0)
    waitpid(pid, &status, 0);
  posix_spawn_file_actions_destroy(&actions);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), Read(out), Read(err)};
}

// The value of "key":"..." in `json` from `from` on (no escaped quotes in generated values).
std::string Field(const std::string& json, const std::string& key, size_t from = 0) {
  const std::string k = "\"" + key + "\":\"";
  const size_t at = json.find(k, from);
  if (at == std::string::npos) return "";
  const size_t start = at + k.size();
  return json.substr(start, json.find('"', start) - start);
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  const size_t at = s.find(from);
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

class PersonalDataTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    char tmpl[] = "/tmp/gongkai-personal-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir = tmpl;
    for (const char* format : {"jsonl", "binary"}) {
      const Spawned gen =
          Spawn({GONGKAI_GEN_PATH, "--out", dir + "/" + format, "--profile", "example",
                 "--applications", std::to_string(kApplications), "--disclosures", "1500",
                 "--remedies", "80", "--format", format, "--marker", kMarker});
      ASSERT_EQ(gen.status, 0) << gen.err;
    }
    std::istringstream lines(Read(dir + "/jsonl/applications.jsonl"));
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty()) applications.push_back(line);
    }
    ASSERT_EQ(applications.size(), static_cast<size_t>(kApplications));
    needles.push_back(kMarker);
    // The values themselves, for the first records: the marker is appended to each, so a value
    // quoted without its end would escape the marker search.
    for (size_t i = 0; i < 300; ++i) {
      const std::string& a = applications[i];
      ASSERT_NE(a.find(kMarker), std::string::npos) << "gongkai-gen did not mark record " << i;
      const size_t applicant = a.find("\"applicant\":");
      for (const char* key : {"name", "idNumber", "address", "phone", "email", "organisation"}) {
        std::string v = Field(a, key, applicant);
        v = v.substr(0, v.find(kMarker));
        if (v.size() >= 8) needles.push_back(v);
      }
      std::string request = Field(a, "request");
      request = request.substr(0, request.find(kMarker));
      if (request.size() >= 12) needles.push_back(request);
    }
    // Everything this process writes to stderr (protobuf's log lines, say) is kept and searched.
    stderr_path = dir + "/stderr.log";
    fflush(stderr);
    const int fd = open(stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(fd, 2);
    close(fd);
  }

  static void TearDownTestSuite() {
    fflush(stderr);
    const std::string logged = Read(stderr_path);
    for (const std::string& n : needles) {
      EXPECT_EQ(logged.find(n), std::string::npos)
          << "a log line on stderr holds personal data: " << n;
    }
    if (std::getenv("GONGKAI_KEEP_TEST_DIR") == nullptr) {
      Spawn({"/bin/rm", "-rf", dir});
    }
  }

  static const gongkai_calendar* National() {
    static gongkai_calendar* cal = [] {
      gongkai_calendar* c = nullptr;
      gongkai_calendar_national(&c);
      return c;
    }();
    return cal;
  }
};

TEST_F(PersonalDataTest, TheSearchFindsPersonalData) {
  // The control: a record itself must be reported, by the marker and by its values.
  EXPECT_NONFATAL_FAILURE(ExpectClean(applications[0], "a record"), "holds personal data");
  const std::string name = Field(applications[0], "name", applications[0].find("\"applicant\":"));
  EXPECT_NONFATAL_FAILURE(ExpectClean("x" + name.substr(0, name.find(kMarker)) + "y", "a name"),
                          "holds personal data");
}

TEST_F(PersonalDataTest, ApplicationCallsNeverQuotePersonalData) {
  gongkai_deadline_options* options = nullptr;
  ASSERT_EQ(gongkai_deadline_options_new(&options), GONGKAI_OK);
  int checked = 0;
  for (size_t i = 0; i < applications.size(); ++i) {
    const std::string& a = applications[i];
    const std::string where = "application " + std::to_string(i);
    gongkai_code code = gongkai_application_check(National(), GONGKAI_FORMAT_JSON, U(a), a.size());
    ExpectCleanError(code, where + " check");
    gongkai_buffer* out = nullptr;
    code = gongkai_application_deadlines(&out, National(), i % 2 ? options : nullptr,
                                         GONGKAI_FORMAT_JSON, U(a), a.size(), "2025-12-31");
    ExpectCleanError(code, where + " deadlines");
    if (code == GONGKAI_OK) ExpectClean(Take(out), where + " deadlines");
    if (i % 10 != 0) continue;
    // Broken copies: an event the history does not allow, a date before receipt, a receipt out
    // of range, an invalid UTF-8 byte and a wrong value kind next to the personal data.
    const char* events[] = {
        R"({"type":"EVENT_TYPE_DECIDED","date":{"year":2008,"month":1,"day":2},"outcome":"OUTCOME_GRANTED"})",
        R"({"type":"EVENT_TYPE_REGISTERED","date":{"year":2100,"month":12,"day":31}})",
        R"({"type":"EVENT_TYPE_EXTENSION_APPROVED","date":{"year":2100,"month":12,"day":31},"extensionDays":40})",
        R"({"type":"EVENT_TYPE_DECIDED","date":{"year":2100,"month":12,"day":31}})",
    };
    for (const char* e : events) {
      code = gongkai_application_apply_event(&out, National(), GONGKAI_FORMAT_JSON, U(a), a.size(),
                                             reinterpret_cast<const uint8_t*>(e), std::strlen(e));
      ExpectCleanError(code, where + " apply_event");
      if (code == GONGKAI_OK) gongkai_buffer_free(out);  // a record: holds its applicant by design
    }
    const size_t name_at = a.find("\"name\":\"", a.find("\"applicant\":"));
    const std::string broken[] = {
        Replace(a, "\"received\":{\"year\":", "\"received\":{\"year\":1"),
        Replace(a, std::string(kMarker) + "\"", std::string(kMarker) + "\xff\""),
        Replace(a, "\"phone\":\"", "\"phone\":[\""),
        Replace(a, "\"email\":\"", "\"email\":{\"x\":\""),
        name_at == std::string::npos
            ? a
            : a.substr(0, name_at) + "\"name\":" + Field(a, "idNumber") + "," + a.substr(name_at),
        Replace(a, "\"idNumber\":\"", "\"idNumber\":\"\\u12"),
        Replace(a, "\"category\":\"", "\"category\":\"" + Field(a, "address") + "_"),
        Replace(a, "\"address\":\"", "\"" + Field(a, "address") + "\":\""),
        a.substr(0, a.find(kMarker) + 3),
    };
    for (const std::string& b : broken) {
      code = gongkai_application_check(National(), GONGKAI_FORMAT_JSON, U(b), b.size());
      ExpectCleanError(code, where + " check of a broken copy");
      code = gongkai_message_from_json(&out, 0, "gongkai.v1.Application", b.data(), b.size());
      ExpectCleanError(code, where + " message_from_json of a broken copy");
      if (code == GONGKAI_OK) gongkai_buffer_free(out);
      ++checked;
    }
  }
  gongkai_deadline_options_free(options);
  EXPECT_GT(checked, 1000);
}

TEST_F(PersonalDataTest, ReportsFromRecordsNeverHoldPersonalData) {
  for (const char* format : {"jsonl", "binary"}) {
    const gongkai_format f =
        std::string(format) == "jsonl" ? GONGKAI_FORMAT_JSON : GONGKAI_FORMAT_BINARY;
    const std::string folder = dir + "/" + format + "/";
    const std::string ext = f == GONGKAI_FORMAT_JSON ? ".jsonl" : ".binpb";
    const std::string request =
        R"({"agency":)" + Read(folder + "agency.json") +
        R"(,"year":2025,"options":{"traceCell":"t3.granted.natural_person"}})";
    gongkai_annual* annual = nullptr;
    ASSERT_EQ(gongkai_annual_new(&annual, nullptr, GONGKAI_FORMAT_JSON, U(request), request.size()),
              GONGKAI_OK)
        << gongkai_last_error_message();
    gongkai_table3* t3 = nullptr;
    ASSERT_EQ(gongkai_table3_new(&t3, GONGKAI_FORMAT_JSON, 2025, "", nullptr, 0), GONGKAI_OK);
    const std::pair<gongkai_record_kind, const char*> kinds[] = {
        {GONGKAI_RECORD_DISCLOSURE, "disclosures"},
        {GONGKAI_RECORD_SLIP, "slips"},
        {GONGKAI_RECORD_APPLICATION, "applications"},
        {GONGKAI_RECORD_REMEDY, "remedies"}};
    for (const auto& [kind, file] : kinds) {
      const std::string stream = Read(folder + file + ext);
      ASSERT_FALSE(stream.empty()) << folder << file << ext;
      ASSERT_EQ(gongkai_annual_add(annual, f, kind, U(stream), stream.size()), GONGKAI_OK)
          << gongkai_last_error_message();
      if (kind == GONGKAI_RECORD_APPLICATION) {
        ASSERT_EQ(gongkai_table3_add(t3, f, U(stream), stream.size()), GONGKAI_OK);
        // A stream cut short: the error names the message, not its contents.
        const std::string cut = stream.substr(0, stream.size() / 2 + 7);
        ExpectCleanError(gongkai_table3_add(t3, f, U(cut), cut.size()),
                         "table3_add of a cut stream");
        ExpectCleanError(gongkai_annual_add(annual, f, kind, U(cut), cut.size()),
                         "annual_add of a cut stream");
      }
    }
    gongkai_buffer* out = nullptr;
    ASSERT_EQ(gongkai_annual_finish(&out, annual, f), GONGKAI_OK);
    const std::string result = Take(out);
    ExpectClean(result, std::string("annual result (") + format + ")");
    ASSERT_EQ(gongkai_table3_result(&out, t3, GONGKAI_FORMAT_JSON, nullptr, 0), GONGKAI_OK);
    ExpectClean(Take(out), "table3 result");

    // The report inside the result, through every renderer, validation and merge.
    ASSERT_EQ(gongkai_annual_finish(&out, annual, GONGKAI_FORMAT_JSON), GONGKAI_OK);
    const std::string json = Take(out);
    const size_t report_at = json.find("\"report\":");
    ASSERT_NE(report_at, std::string::npos);
    // AnnualResult JSON: {"report":{...},"validation":...}; cut the report object out by braces.
    size_t depth = 0, end = report_at + 9;
    for (; end < json.size(); ++end) {
      if (json[end] == '{') ++depth;
      if (json[end] == '}' && --depth == 0) break;
    }
    const std::string report = json.substr(report_at + 9, end - report_at - 8);
    Write(dir + "/report.json", report);
    for (int output = GONGKAI_RENDER_TEXT; output <= GONGKAI_RENDER_HTML_DOCUMENT; ++output) {
      ASSERT_EQ(gongkai_report_render(&out, GONGKAI_FORMAT_JSON,
                                      static_cast<gongkai_render_output>(output), U(report),
                                      report.size()),
                GONGKAI_OK)
          << output << ": " << gongkai_last_error_message();
      ExpectClean(Take(out), "render " + std::to_string(output));
    }
    ASSERT_EQ(gongkai_report_validate(&out, nullptr, nullptr, GONGKAI_FORMAT_JSON, U(report),
                                      report.size()),
              GONGKAI_OK);
    ExpectClean(Take(out), "validate");
    const std::string parent = R"({"id":"city"})", members = report + "\n" + report + "\n";
    ASSERT_EQ(gongkai_report_merge(&out, GONGKAI_FORMAT_JSON, U(parent), parent.size(), U(members),
                                   members.size()),
              GONGKAI_OK);
    ExpectClean(Take(out), "merge");
    gongkai_table3_free(t3);
    gongkai_annual_free(annual);
  }
}

TEST_F(PersonalDataTest, OtherRecordCallsNeverQuotePersonalData) {
  // Slips, disclosures and remedies carry no personal fields; their calls run over the dataset
  // anyway, with an applicant's values planted where ids and titles go.
  const std::string folder = dir + "/jsonl/";
  std::istringstream lines(Read(folder + "disclosures.jsonl"));
  int n = 0;
  const std::string personal = Field(applications[0], "name");
  for (std::string d; std::getline(lines, d) && n < 300; ++n) {
    gongkai_buffer* out = nullptr;
    gongkai_code code = gongkai_disclosure_check(GONGKAI_FORMAT_JSON, U(d), d.size());
    ExpectCleanError(code, "disclosure_check");
    code = gongkai_disclosure_timeliness(&out, National(), nullptr, GONGKAI_FORMAT_JSON, U(d),
                                         d.size(), "2025-12-31");
    ExpectCleanError(code, "disclosure_timeliness");
    if (code == GONGKAI_OK) ExpectClean(Take(out), "disclosure_timeliness");
    // A personal value where the record's text goes: the errors still only name fields.
    const std::string planted =
        Replace(Replace(d, "\"generated\":{\"year\":", "\"generated\":{\"year\":1"),
                "\"summary\":\"", "\"summary\":\"" + personal + "\xff");
    ExpectCleanError(gongkai_disclosure_check(GONGKAI_FORMAT_JSON, U(planted), planted.size()),
                     "disclosure_check of a planted record");
  }
  std::istringstream remedies(Read(folder + "remedies.jsonl"));
  for (std::string r; std::getline(remedies, r);) {
    ExpectCleanError(gongkai_remedy_check(GONGKAI_FORMAT_JSON, U(r), r.size()), "remedy_check");
  }
  std::istringstream slips(Read(folder + "slips.jsonl"));
  for (std::string s; std::getline(slips, s);) {
    gongkai_buffer* out = nullptr;
    const gongkai_code code =
        gongkai_slip_replay(&out, GONGKAI_FORMAT_JSON, U(s), s.size(), nullptr, 0);
    ExpectCleanError(code, "slip_replay");
    if (code == GONGKAI_OK) ExpectClean(Take(out), "slip_replay");
  }
  // A 索引号 holding personal data, refused: the message may name the index (it is the input
  // under test), so the check is that the applicant's other values are not there.
  gongkai_index_registry* r = nullptr;
  ASSERT_EQ(gongkai_index_registry_new(&r, GONGKAI_FORMAT_JSON, nullptr, 0), GONGKAI_OK);
  ExpectCleanError(gongkai_index_registry_add(r, "d1/2025-00001", "D-1"), "index_registry_add");
  gongkai_index_registry_free(r);
}

TEST_F(PersonalDataTest, CliOutputsNeverHoldPersonalData) {
  const std::string cli = GONGKAI_CLI_PATH;
  auto check = [&](const std::vector<std::string>& args, const std::string& what,
                   int max_status = 1) {
    std::vector<std::string> argv = {cli};
    argv.insert(argv.end(), args.begin(), args.end());
    const Spawned r = Spawn(argv);
    EXPECT_LE(r.status, max_status) << what << ": " << r.err.substr(0, 500);
    ExpectClean(r.out, "gongkai " + what + " (stdout)");
    ExpectClean(r.err, "gongkai " + what + " (stderr)");
    return r;
  };
  for (const char* format : {"jsonl", "binary"}) {
    const std::string data = dir + "/" + format;
    for (const char* output : {"text", "markdown", "html", "json"}) {
      check({"report", "--year=2025", "--data", data, "--output", output},
            std::string("report ") + output);
    }
    check({"report", "--year=2025", "--data", data, "--trace", "t3.granted.natural_person"},
          "report --trace");
    check({"report", "--year=2025", "--data", data, "--layout", "2019"}, "report --layout 2019", 2);
  }
  const std::string apps = dir + "/jsonl/applications.jsonl";
  check({"cases", "status", apps, "--as_of", "2025-12-31"}, "cases status");
  check({"cases", "status", apps, "--as_of", "2026-06-30"}, "cases status");
  // A folder whose applications are broken: the errors name the file and the record.
  const std::string bad = dir + "/bad";
  mkdir(bad.c_str(), 0700);
  Write(bad + "/agency.json", Read(dir + "/jsonl/agency.json"));
  std::string broken;
  for (size_t i = 0; i < 50; ++i) broken += applications[i] + "\n";
  broken +=
      Replace(applications[50], std::string(kMarker) + "\"", std::string(kMarker) + "\xc3\"") +
      "\n";
  Write(bad + "/applications.jsonl", broken);
  check({"report", "--year=2025", "--data", bad}, "report over a broken record", 2);
  Write(bad + "/broken.jsonl", broken);
  check({"cases", "status", bad + "/broken.jsonl", "--as_of", "2025-12-31"},
        "cases status of a broken file", 2);
  Write(bad + "/one.json", applications[7]);
  check({"convert", "--type=gongkai.v1.Remedy", "--from=json", "--to=binary", bad + "/one.json"},
        "convert as the wrong type", 2);
  check({"validate", bad + "/one.json"}, "validate of an application", 2);
  check({"render", bad + "/one.json"}, "render of an application", 2);
  check({"merge", bad + "/one.json", bad + "/one.json"}, "merge of applications", 2);
  Write(bad + "/t3.csv", applications[8]);
  check({"import", "--year=2025", "--agency=示范区", "--table3", bad + "/t3.csv"},
        "import of a record as a grid", 2);

  // The report the API made, through the report commands, and its grids back through import.
  const std::string report = dir + "/report.json";
  if (Read(report).empty()) GTEST_SKIP() << "ReportsFromRecordsNeverHoldPersonalData did not run";
  check({"validate", report, "--output", "json"}, "validate");
  check({"validate", "--members", report, report, report}, "validate --members");
  for (const char* output :
       {"text", "markdown", "csv", "csv-labels", "json", "html", "html-document"}) {
    check({"render", report, "--output", output}, std::string("render ") + output);
  }
  check({"merge", report, report, "--agency=市", "--agency_id=c"}, "merge");
  const Spawned csv = check({"render", report, "--output", "csv"}, "render csv");
  std::vector<std::string> blocks;
  for (size_t start = 0; start < csv.out.size();) {
    size_t end = csv.out.find("\n\n", start);
    if (end == std::string::npos) end = csv.out.size();
    blocks.push_back(csv.out.substr(start, end - start + 1));
    start = end + 2;
  }
  ASSERT_EQ(blocks.size(), 3u);
  for (int t = 0; t < 3; ++t) Write(bad + "/t" + std::to_string(t + 2) + ".grid", blocks[t]);
  check({"import", "--year=2025", "--agency=示范区", "--table2", bad + "/t2.grid", "--table3",
         bad + "/t3.grid", "--table4", bad + "/t4.grid"},
        "import");
  check({"deadline", "--received=2025-03-03", "--explain"}, "deadline");
}

TEST_F(PersonalDataTest, NoticeErrorsNeverQuotePersonalData) {
  // A notice is the document and holds the applicant by design: its outputs are not searched.
  // Its errors are: refusals, missing details, a template dropping what the law requires,
  // personal values planted in the request, and the check of a notice's own text.
  const std::string kTemplate =
      R"({"agencyName":"示范市临江区人民政府","reconsiderationBody":"示范市人民政府"})";
  const std::string kDetails =
      R"({"correctionItems":["请明确所需信息"],"consultedParty":"示例公司","information":"示例",)"
      R"("feeStandard":"按件","paymentMethod":"缴款系统","legalBasis":"示例规定"})";
  const char* kinds[] = {"CORRECTION", "EXTENSION", "CONSULTATION", "FEE", "REPLY"};
  int calls = 0;
  for (size_t i = 0; i < applications.size(); i += 7) {
    const std::string& a = applications[i];
    const std::string where = "application " + std::to_string(i) + " notice ";
    const std::string name = Field(a, "name", a.find("\"applicant\":"));
    for (const char* kind : kinds) {
      const std::string head =
          std::string(R"({"kind":"NOTICE_KIND_)") + kind + R"(","application":)" + a;
      const std::string requests[] = {
          head + R"(,"template":)" + kTemplate + R"(,"details":)" + kDetails + "}",
          head + R"(,"template":)" + kTemplate + "}",  // no details
          head + R"(,"template":{"agencyName":"x","kinds":[{"kind":"NOTICE_KIND_)" + kind +
              R"(","body":")" + name + R"("}]},"details":)" + kDetails + "}",
          head + R"(,"template":)" + kTemplate + R"(,"details":{"correctionItems":[")" + name +
              "\xff\"]}}",
      };
      for (const std::string& r : requests) {
        gongkai_buffer* out = nullptr;
        gongkai_code code =
            gongkai_notice_compose(&out, National(), GONGKAI_FORMAT_JSON, U(r), r.size());
        ExpectCleanError(code, where + kind + " compose");
        if (code == GONGKAI_OK) gongkai_buffer_free(out);
        code = gongkai_notice_write(&out, National(), GONGKAI_FORMAT_JSON, U(r), r.size());
        ExpectCleanError(code, where + kind + " write");
        if (code != GONGKAI_OK) continue;
        const std::string text = Take(out);
        code = gongkai_notice_check(&out, National(), GONGKAI_FORMAT_JSON, U(r), r.size(), U(text),
                                    text.size());
        ExpectCleanError(code, where + kind + " check");
        if (code == GONGKAI_OK) gongkai_buffer_free(out);  // findings may quote the text checked
        ++calls;
      }
    }
  }
  EXPECT_GT(calls, 100);
  // The CLI: stdout is the notice; stderr (refusals, errors, warnings) must be clean.
  const std::string apps = dir + "/jsonl/applications.jsonl";
  const std::string tmpl = dir + "/notice_template.json", details = dir + "/notice_details.json";
  Write(tmpl, kTemplate);
  Write(details, kDetails);
  for (size_t i = 0; i < 100; i += 9) {
    const std::string id = Field(applications[i], "id");
    for (const char* kind : {"correction", "extension", "consultation", "fee", "reply"}) {
      const Spawned r = Spawn({GONGKAI_CLI_PATH, "notice", "--case", apps, "--id", id, "--kind",
                               kind, "--template", tmpl, "--details", details});
      EXPECT_LE(r.status, 1) << id << " " << kind << ": " << r.err.substr(0, 500);
      ExpectClean(r.err, "gongkai notice " + id + " " + kind + " (stderr)");
    }
  }
}

}  // namespace
