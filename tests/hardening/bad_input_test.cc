// The catalogue of bad inputs (docs/bad-input.md), through the C API: each entry names the
// input, the call and the code it must get. The calls here are the catalogue's source of truth;
// the messages are the page's: each failing entry's whole message must be the one the page's
// row quotes, and IsDocumented checks that the page and this table list the same entries with
// the same codes. For the two entries that succeed (GONGKAI_OK), a piece of the output that the
// page also quotes. Every failing call must leave its output arguments as they were.
//
// GONGKAI_PRINT_CATALOGUE=1 prints each entry's actual code and message instead of checking.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "capi_testing.h"
#include "gongkai/gongkai.h"
#include "gtest/gtest.h"
#include "sqlite3.h"

namespace {

using gongkai::testing::National;
using gongkai::testing::U;
using gongkai::testing::Varint;

// What became of a call's output arguments. Every helper says which applies, through
// OutputKept or NoOutput (there is no other way to make an Outcome from a code), so that a new
// entry cannot skip the check: GetsItsCodeAndMessage fails a failing entry left kUnchecked.
enum class Output {
  kUnchecked,  // nobody looked
  kKept,       // compared, after the call, with sentinels set before it (a failure must keep them)
  kNone,       // the function that failed has no output argument (one of WithoutOutput())
};

// What a call gave: its code, its last-error message, and its output text when it succeeded.
struct Outcome {
  gongkai_code code;
  std::string message;
  std::string output;
  Output output_argument = Output::kUnchecked;
};

struct BadInput {
  const char* id;     // stable: B01, B02, ...; docs/bad-input.md uses it
  const char* what;   // one line, as the catalogue shows it
  gongkai_code code;  // expected; the message expected is the page's
  std::function<Outcome()> call;
  // GONGKAI_OK entries only: a piece of the output, which the page's row quotes too.
  const char* output_excerpt = nullptr;
};

// The functions the catalogue calls that take no output argument: all their pointers are inputs
// (a handle they add to is an input, not an output).
const std::set<std::string>& WithoutOutput() {
  static const auto* names = new std::set<std::string>{
      "gongkai_application_check",  "gongkai_disclosure_check",
      "gongkai_remedy_check",       "gongkai_table3_add",
      "gongkai_index_registry_add", "gongkai_annual_add",
      "gongkai_annual_add_file",    "gongkai_annual_add_reader",
      "gongkai_annual_set_threads", "gongkai_registry_agencies_import",
  };
  return *names;
}

// A call with no output argument, just returned `code`.
Outcome NoOutput(gongkai_code code) {
  return {code, gongkai_last_error_message(), "", Output::kNone};
}

// A call just returned `code`; `kept` says whether its output arguments still hold the
// sentinels set before it. A failure must keep them (gongkai/common.h, convention 3). Evaluate
// the call before `kept`: take the code into a variable first.
Outcome OutputKept(gongkai_code code, bool kept) {
  Outcome o{code, gongkai_last_error_message(), "", Output::kKept};
  if (code != GONGKAI_OK && !kept) {
    ADD_FAILURE() << "a failed call changed its output argument: " << o.message;
  }
  return o;
}

// A call that makes a handle: `make(&handle)` with the handle set to a sentinel, which a failure
// must leave (OutputKept). On success *made is the new handle, the caller's to free.
template <typename T, typename Make>
Outcome NewHandle(Make make, T** made) {
  static char sentinel_storage;
  T* const sentinel = reinterpret_cast<T*>(&sentinel_storage);
  T* handle = sentinel;
  const gongkai_code code = make(&handle);
  *made = code == GONGKAI_OK ? handle : nullptr;
  return OutputKept(code, handle == sentinel);
}

std::string Bytes(const gongkai_buffer* b) {
  return std::string(reinterpret_cast<const char*>(gongkai_buffer_data(b)), gongkai_buffer_size(b));
}

// Runs a call that writes a buffer; checks that a failure leaves the output argument alone.
Outcome WithBuffer(const std::function<gongkai_code(gongkai_buffer**)>& fn) {
  static char sentinel_storage;
  gongkai_buffer* const sentinel = reinterpret_cast<gongkai_buffer*>(&sentinel_storage);
  gongkai_buffer* out = sentinel;
  const gongkai_code code = fn(&out);
  Outcome o = OutputKept(code, out == sentinel);
  if (code == GONGKAI_OK) {
    o.output = Bytes(out);
    gongkai_buffer_free(out);
  }
  return o;
}

// The output arguments of the calls that give a date: the date (GONGKAI_DATE_SIZE bytes) and
// *provisional, filled with sentinels that a failure must keep, every byte of the date.
struct DateOut {
  static constexpr char kFill = '#';
  static constexpr int kProvisional = 7;  // neither 0 nor 1, the values a call writes
  char date[GONGKAI_DATE_SIZE];
  int provisional = kProvisional;
  DateOut() { std::memset(date, kFill, sizeof date); }
  bool Kept() const {
    return provisional == kProvisional &&
           std::all_of(std::begin(date), std::end(date), [](char c) { return c == kFill; });
  }
};

// gongkai_reply_due with closed consultations.
Outcome ReplyDue(const char* received, int extension_days, const char* const* starts,
                 const char* const* ends, size_t pauses) {
  DateOut out;
  const gongkai_code code =
      gongkai_reply_due(out.date, &out.provisional, National(), nullptr, received, extension_days,
                        nullptr, starts, ends, pauses);
  return OutputKept(code, out.Kept());
}

Outcome AddWorkingDays(const char* from, int64_t n) {
  DateOut out;
  const gongkai_code code =
      gongkai_calendar_add_working_days(out.date, &out.provisional, National(), from, n);
  return OutputKept(code, out.Kept());
}

Outcome IsWorkingDay(const char* date) {
  constexpr int kSentinel = 7;  // neither 0 nor 1, the values a call writes
  int working = kSentinel;
  int provisional = kSentinel;
  const gongkai_code code =
      gongkai_calendar_is_working_day(&working, &provisional, National(), date);
  return OutputKept(code, working == kSentinel && provisional == kSentinel);
}

// Binary bytes of a message given as JSON (the input of a binary entry point).
std::string Bin(const char* type, const std::string& json) {
  gongkai_buffer* out = nullptr;
  if (gongkai_message_from_json(&out, 0, type, json.data(), json.size()) != GONGKAI_OK) {
    ADD_FAILURE() << type << ": " << gongkai_last_error_message();
    return "";
  }
  std::string bytes = Bytes(out);
  gongkai_buffer_free(out);
  return bytes;
}

// --- Inputs the entries share -----------------------------------------------------------------

const char kDate[] = R"({"year":2024,"month":2,"day":2})";

std::string App(const std::string& events, const std::string& extra = "") {
  return R"({"id":"2024-0007","applicant":{"category":"APPLICANT_CATEGORY_NATURAL_PERSON"},)"
         R"("channel":"CHANNEL_IN_PERSON","received":)" +
         std::string(kDate) + extra + R"(,"events":[)" + events + "]}";
}
std::string Ev(const char* type, int y, int m, int d, const std::string& extra = "") {
  return std::string(R"({"type":")") + type + R"(","date":{"year":)" + std::to_string(y) +
         R"(,"month":)" + std::to_string(m) + R"(,"day":)" + std::to_string(d) + "}" + extra + "}";
}
const std::string kRegistered = Ev("EVENT_TYPE_REGISTERED", 2024, 2, 2);

Outcome Check(const std::string& app_json) {
  return NoOutput(
      gongkai_application_check(National(), GONGKAI_FORMAT_JSON, U(app_json), app_json.size()));
}
Outcome Apply(const std::string& app_json, const std::string& event_json) {
  return WithBuffer([&](gongkai_buffer** out) {
    return gongkai_application_apply_event(out, National(), GONGKAI_FORMAT_JSON, U(app_json),
                                           app_json.size(), U(event_json), event_json.size());
  });
}

std::string Report(int year, const std::string& cells, const std::string& extra = "") {
  return R"({"agency":{"id":"d1"},"year":)" + std::to_string(year) + extra + R"(,"cells":[)" +
         cells + "]}";
}
Outcome Validate(const std::string& report_json,
                 const gongkai_validate_options* options = nullptr) {
  return WithBuffer([&](gongkai_buffer** out) {
    return gongkai_report_validate(out, nullptr, options, GONGKAI_FORMAT_JSON, U(report_json),
                                   report_json.size());
  });
}
Outcome Merge(const std::string& stream) {
  const std::string parent = R"({"id":"city"})";
  return WithBuffer([&](gongkai_buffer** out) {
    return gongkai_report_merge(out, GONGKAI_FORMAT_JSON, U(parent), parent.size(), U(stream),
                                stream.size());
  });
}
// A whole published document, its format named ("" for told from the content), year 2023.
Outcome ImportDocument(const std::string& bytes, const std::string& format = "") {
  const std::string options =
      R"({"sourceName":"doc","year":2023,"documentFormat":")" + format + R"("})";
  const std::string binary = Bin("gongkai.v1.ImportOptions", options);
  return WithBuffer([&](gongkai_buffer** out) {
    return gongkai_report_import_document(out, GONGKAI_FORMAT_BINARY, U(binary), binary.size(),
                                          U(bytes), bytes.size());
  });
}

// A file of tests/data/documents.
std::string Document(const std::string& path) {
  std::ifstream in(std::string(GONGKAI_DOCUMENTS_DIR) + "/" + path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (bytes.empty()) ADD_FAILURE() << "no test document " << path;
  return bytes;
}

Outcome Import(const char* table, const std::string& csv, int year = 2023) {
  const std::string report = Report(year, "");
  return WithBuffer([&](gongkai_buffer** out) {
    return gongkai_report_import_grid(out, GONGKAI_FORMAT_JSON, U(report), report.size(), table,
                                      csv.data(), csv.size(), "grid.csv");
  });
}
// A t3 grid of 2021 in 25 lines of 7 numbers, with line `bad` replaced.
std::string T3Grid(int bad = -1, const std::string& line = "") {
  std::string csv;
  for (int i = 0; i < 25; ++i) csv += (i == bad ? line : std::string("0,0,0,0,0,0,0")) + "\n";
  return csv;
}

Outcome Layer(const std::string& spec_json, const gongkai_calendar* base = nullptr) {
  gongkai_calendar* cal = nullptr;
  const Outcome o = NewHandle(
      [&](gongkai_calendar** out) {
        return gongkai_calendar_layer(out, base, GONGKAI_FORMAT_JSON, U(spec_json),
                                      spec_json.size());
      },
      &cal);
  gongkai_calendar_free(cal);
  return o;
}
std::string Spec(const std::string& year_schedule) {
  return R"({"id":"local","years":[)" + year_schedule + "]}";
}

Outcome Table3New(int year, const char* layout, const std::string& mapping = "") {
  gongkai_table3* t = nullptr;
  const Outcome o = NewHandle(
      [&](gongkai_table3** out) {
        return gongkai_table3_new(out, GONGKAI_FORMAT_JSON, year, layout,
                                  mapping.empty() ? nullptr : U(mapping), mapping.size());
      },
      &t);
  gongkai_table3_free(t);
  return o;
}
Outcome Table3Add(gongkai_format format, const std::string& stream) {
  gongkai_table3* t = nullptr;
  gongkai_table3_new(&t, GONGKAI_FORMAT_JSON, 2024, "", nullptr, 0);
  Outcome o = NoOutput(gongkai_table3_add(t, format, U(stream), stream.size()));
  gongkai_table3_free(t);
  return o;
}

// gongkai_index_registry_new with `scheme_json` ("" for none); a failure must leave the handle
// argument as it was. On success, `*registry` is the new registry.
Outcome IndexRegistryNew(const std::string& scheme_json, gongkai_index_registry** registry) {
  return NewHandle(
      [&](gongkai_index_registry** out) {
        return gongkai_index_registry_new(out, GONGKAI_FORMAT_JSON,
                                          scheme_json.empty() ? nullptr : U(scheme_json),
                                          scheme_json.size());
      },
      registry);
}
Outcome Registry(const std::string& scheme_json, const std::vector<const char*>& indexes) {
  gongkai_index_registry* r = nullptr;
  Outcome o = IndexRegistryNew(scheme_json, &r);
  for (size_t i = 0; o.code == GONGKAI_OK && i < indexes.size(); ++i) {
    o = NoOutput(gongkai_index_registry_add(r, indexes[i],
                                            (std::string("D-") + std::to_string(i + 1)).c_str()));
  }
  gongkai_index_registry_free(r);
  return o;
}
Outcome RegistryNext(const std::string& scheme_json, int times, const char* date = "2024-03-01") {
  gongkai_index_registry* r = nullptr;
  Outcome o = IndexRegistryNew(scheme_json, &r);
  for (int i = 0; o.code == GONGKAI_OK && i < times; ++i) {
    o = WithBuffer(
        [&](gongkai_buffer** out) { return gongkai_index_registry_next(out, r, date, "D-1"); });
  }
  gongkai_index_registry_free(r);
  return o;
}

Outcome DisclosureCheck(const std::string& json) {
  return NoOutput(gongkai_disclosure_check(GONGKAI_FORMAT_JSON, U(json), json.size()));
}
std::string Disclosure(const std::string& fields) {
  return R"({"id":"D2024-1","agencyId":"d1","title":"关于示例的通知",)" + fields + "}";
}

std::string Slip(const std::string& events, const std::string& extra = "") {
  return R"({"id":"S-1","agencyId":"d1","title":"关于示例的通知")" + extra + R"(,"events":[)" +
         events + "]}";
}
std::string SlipEv(const char* action, const char* role, const std::string& extra = "") {
  return std::string(R"({"action":")") + action +
         R"(","date":{"year":2024,"month":3,"day":1},"role":")" + role + "\"" + extra + "}";
}
const std::string kPropose = SlipEv(
    "SLIP_ACTION_PROPOSE", "SLIP_ROLE_DRAFTING_UNIT",
    R"(,"attribute":"PUBLIC_ATTRIBUTE_PROACTIVE","plannedDisclosure":{"year":2024,"month":3,"day":20},)"
    R"("plannedChannels":["政府网站"])");
Outcome SlipReplay(const std::string& slip, const std::string& workflows = "") {
  return WithBuffer([&](gongkai_buffer** out) {
    return gongkai_slip_replay(out, GONGKAI_FORMAT_JSON, U(slip), slip.size(),
                               workflows.empty() ? nullptr : U(workflows), workflows.size());
  });
}

Outcome RemedyCheck(const std::string& json) {
  return NoOutput(gongkai_remedy_check(GONGKAI_FORMAT_JSON, U(json), json.size()));
}

const char kRequest[] = R"({"agency":{"id":"d1"},"year":2025})";
// The "application" member of a NoticeRequest in JSON: n1, registered on 2025-03-03, then
// `events` (JSON objects, each with its leading comma).
std::string NoticeCase(const std::string& events = "") {
  return R"("application":{"id":"n1","applicant":{"name":"张三（虚构）"},"request":"预算",)"
         R"("received":{"year":2025,"month":3,"day":3},"events":[)"
         R"({"type":"EVENT_TYPE_REGISTERED","date":{"year":2025,"month":3,"day":3}})" +
         events + "]}";
}
constexpr char kNoticeTemplate[] =
    R"("template":{"agencyName":"示范区人民政府","reconsiderationBody":"示范市人民政府"})";
Outcome NoticeWrite(const std::string& rest) {
  const std::string request = "{" + rest + "}";
  return WithBuffer([&](gongkai_buffer** out) {
    return gongkai_notice_write(out, National(), GONGKAI_FORMAT_JSON, U(request), request.size());
  });
}

Outcome AnnualNew(const std::string& request) {
  gongkai_annual* a = nullptr;
  const Outcome o = NewHandle(
      [&](gongkai_annual** out) {
        return gongkai_annual_new(out, nullptr, GONGKAI_FORMAT_JSON, U(request), request.size());
      },
      &a);
  gongkai_annual_free(a);
  return o;
}
Outcome AnnualAdd(gongkai_record_kind kind, const std::string& stream) {
  gongkai_annual* a = nullptr;
  gongkai_annual_new(&a, nullptr, GONGKAI_FORMAT_JSON, reinterpret_cast<const uint8_t*>(kRequest),
                     std::strlen(kRequest));
  Outcome o = NoOutput(gongkai_annual_add(a, GONGKAI_FORMAT_JSON, kind, U(stream), stream.size()));
  if (o.code == GONGKAI_OK) {
    o = WithBuffer(
        [&](gongkai_buffer** out) { return gongkai_annual_finish(out, a, GONGKAI_FORMAT_JSON); });
  }
  gongkai_annual_free(a);
  return o;
}

// A builder for kRequest, handed to `call`; a call with no output argument.
Outcome OnAnnual(const std::function<gongkai_code(gongkai_annual*)>& call) {
  gongkai_annual* a = nullptr;
  gongkai_annual_new(&a, nullptr, GONGKAI_FORMAT_JSON, reinterpret_cast<const uint8_t*>(kRequest),
                     std::strlen(kRequest));
  Outcome o = NoOutput(call(a));
  gongkai_annual_free(a);
  return o;
}

// A gongkai_read_fn that returns what its context (an int64_t) holds.
int64_t ReadReturning(void* context, uint8_t*, size_t) { return *static_cast<int64_t*>(context); }

Outcome ToJson(const char* type, const std::string& bytes, int flags = 0) {
  return WithBuffer([&](gongkai_buffer** out) {
    return gongkai_message_to_json(out, flags, type, U(bytes), bytes.size());
  });
}
Outcome FromJson(const char* type, const std::string& json, int flags = 0) {
  return WithBuffer([&](gongkai_buffer** out) {
    return gongkai_message_from_json(out, flags, type, json.data(), json.size());
  });
}

const std::string kMax = "9223372036854775807";

// --- The filing registry: stores in the test's working directory, named by relative paths so
// that messages quoting a path read the same on every machine.

const char kStoreAgencies[] = "id,name,level,parent\nP,示范市人民政府,3,\nC1,示范市教育局,3,P\n";
const std::string kUnbalanced = R"({"agency":{"id":"C1"},"year":2022,"cells":[)"
                                R"({"key":"t3.new.natural_person","count":"1"}]})";

// Removes what an earlier run left of store `name`.
void RemoveStore(const std::string& name) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((name + suffix).c_str());
}

// A new store `name` with kStoreAgencies and, when `report` is not empty, its first version.
gongkai_registry* FreshStore(const std::string& name, const std::string& report = "") {
  RemoveStore(name);
  gongkai_registry* reg = nullptr;
  gongkai_buffer* filed = nullptr;
  if (gongkai_registry_open(&reg, name.c_str(), 1) != GONGKAI_OK ||
      gongkai_registry_agencies_import(reg, U(kStoreAgencies), std::strlen(kStoreAgencies)) !=
          GONGKAI_OK ||
      (!report.empty() && gongkai_registry_file(&filed, reg, GONGKAI_FORMAT_JSON, U(report),
                                                report.size(), "填报人", nullptr) != GONGKAI_OK)) {
    ADD_FAILURE() << name << ": " << gongkai_last_error_message();
  }
  gongkai_buffer_free(filed);
  return reg;
}

// Opens `path`; a failure must leave the handle argument as it was.
Outcome StoreOpen(const char* path, int create) {
  gongkai_registry* reg = nullptr;
  const Outcome o = NewHandle(
      [&](gongkai_registry** out) { return gongkai_registry_open(out, path, create); }, &reg);
  gongkai_registry_free(reg);
  return o;
}

// Imports `csv` into a fresh store; a failure must store nothing (the call has no output
// argument: what it must keep is the store).
Outcome StoreImport(const std::string& name, const std::string& csv) {
  gongkai_registry* reg = FreshStore(name);
  const Outcome o = NoOutput(gongkai_registry_agencies_import(reg, U(csv), csv.size()));
  gongkai_buffer* list = nullptr;
  if (gongkai_registry_agencies_list(&list, reg, GONGKAI_FORMAT_JSON) == GONGKAI_OK &&
      o.code != GONGKAI_OK && Bytes(list).find("\"id\":\"C9\"") != std::string::npos) {
    ADD_FAILURE() << "a failed import stored agencies";
  }
  gongkai_buffer_free(list);
  gongkai_registry_free(reg);
  RemoveStore(name);
  return o;
}

// Runs `call` on a fresh store holding kUnbalanced as version 1 of C1's 2022 report.
Outcome OnFiledStore(const std::string& name,
                     const std::function<gongkai_code(gongkai_registry*, gongkai_buffer**)>& call) {
  gongkai_registry* reg = FreshStore(name, kUnbalanced);
  const Outcome o = WithBuffer([&](gongkai_buffer** out) { return call(reg, out); });
  gongkai_registry_free(reg);
  RemoveStore(name);
  return o;
}

// An SQLite database that is not a registry: one table of its own.
std::string ForeignDatabase(const std::string& name) {
  RemoveStore(name);
  sqlite3* db = nullptr;
  if (sqlite3_open(name.c_str(), &db) != SQLITE_OK ||
      sqlite3_exec(db, "CREATE TABLE notes (body TEXT)", nullptr, nullptr, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << name << ": " << sqlite3_errmsg(db);
  }
  sqlite3_close(db);
  return name;
}

// --- The catalogue ----------------------------------------------------------------------------

const std::vector<BadInput>& Catalogue() {
  static const auto* entries = new std::vector<BadInput>{
      // Bytes and messages.
      {"B01", "truncated protobuf: an Application cut in the middle of a field",
       GONGKAI_INVALID_ARGUMENT,
       [] {
         std::string b = Bin("gongkai.v1.Application", App(kRegistered));
         return ToJson("gongkai.v1.Application", b.substr(0, b.size() - 3));
       }},
      {"B02", "garbage bytes (eight 0xFF) as an AnnualReport", GONGKAI_INVALID_ARGUMENT,
       [] { return ToJson("gongkai.v1.AnnualReport", std::string(8, '\xff')); }},
      {"B03",
       "wrong message type: an AnnualReport's bytes given to gongkai_application_check (they "
       "parse: "
       "report field 1, the agency, reads as the application's id)",
       GONGKAI_INVALID_ARGUMENT,
       [] {
         std::string b =
             Bin("gongkai.v1.AnnualReport", Report(2023, R"({"key":"t3.new.total","count":"1"})"));
         return NoOutput(
             gongkai_application_check(National(), GONGKAI_FORMAT_BINARY, U(b), b.size()));
       }},
      {"B04", "wrong message type in JSON: a report given as an Application",
       GONGKAI_INVALID_ARGUMENT, [] { return Check(Report(2023, "")); }},
      {"B05", "a message type Gongkai does not have", GONGKAI_NOT_FOUND,
       [] { return FromJson("gongkai.v1.Nothing", "{}"); }},
      {"B06", "protobuf's own type name (google.protobuf.Any)", GONGKAI_NOT_FOUND,
       [] { return ToJson("google.protobuf.Any", ""); }},
      {"B07", "invalid UTF-8 in JSON text (a lone 0xC3 byte)", GONGKAI_INVALID_ARGUMENT,
       [] { return FromJson("gongkai.v1.Agency", "{\"name\":\"\xc3\"}"); }},
      {"B08", "invalid UTF-8 in a binary string field (Agency.name = 0xFF)",
       GONGKAI_INVALID_ARGUMENT,
       [] { return ToJson("gongkai.v1.Agency", std::string("\x12\x01\xff", 3)); }},
      {"B09", "text that is not JSON", GONGKAI_INVALID_ARGUMENT,
       [] { return FromJson("gongkai.v1.Agency", "{\"id\":"); }},
      {"B10", "a JSON field the type does not have", GONGKAI_INVALID_ARGUMENT,
       [] { return FromJson("gongkai.v1.Agency", R"({"id":"a","colour":"red"})"); }},
      {"B86", "a JSON key that is not a field name, holding an applicant's address (not repeated)",
       GONGKAI_INVALID_ARGUMENT,
       [] { return Check(App(kRegistered, R"(,"applicant":{"北京市某区某路1号":"x"})")); }},
      {"B87", "a 索引号 that is not UTF-8 (bytes 0xFF 0xFE): the message shows the bytes escaped",
       GONGKAI_INVALID_ARGUMENT, [] { return Registry("", {"d1/\xff\xfe"}); }},
      {"B88", "a layout id with a line break: the message stays one line", GONGKAI_NOT_FOUND,
       [] {
         return WithBuffer([](gongkai_buffer** out) {
           return gongkai_layout_get(out, GONGKAI_FORMAT_JSON, "20\n21", 0);
         });
       }},
      {"B11", "an enum name the schema does not have", GONGKAI_INVALID_ARGUMENT,
       [] { return Check(App(kRegistered, R"(,"channel":"CHANNEL_CARRIER_PIGEON")")); }},
      {"B12", "a 32-bit field given a number beyond 32 bits in JSON", GONGKAI_INVALID_ARGUMENT,
       [] { return FromJson("gongkai.v1.Date", R"({"year":99999999999})"); }},
      {"B13", "unknown flag bits", GONGKAI_INVALID_ARGUMENT,
       [] { return ToJson("gongkai.v1.Agency", "", 0x10); }},
      {"B14", "a NULL pointer with a nonzero size", GONGKAI_INVALID_ARGUMENT,
       [] {
         return WithBuffer([](gongkai_buffer** out) {
           return gongkai_message_to_json(out, 0, "gongkai.v1.Agency", nullptr, 4);
         });
       }},
      {"B15", "a format that is neither binary (0) nor JSON (1)", GONGKAI_INVALID_ARGUMENT,
       [] { return NoOutput(gongkai_remedy_check(static_cast<gongkai_format>(2), nullptr, 0)); }},
      {"B16", "an unknown enum number in binary (Application.channel = 99)",
       GONGKAI_INVALID_ARGUMENT,
       [] {
         std::string b =
             Bin("gongkai.v1.Application", App(kRegistered)) + std::string("\x20\x63", 2);
         return NoOutput(
             gongkai_application_check(National(), GONGKAI_FORMAT_BINARY, U(b), b.size()));
       }},
      // Streams.
      {"B17", "a length prefix that runs past the end of the stream", GONGKAI_INVALID_ARGUMENT,
       [] { return Table3Add(GONGKAI_FORMAT_BINARY, Varint(100) + "abc"); }},
      {"B18", "a length prefix that is not a varint (ten 0xFF bytes)", GONGKAI_INVALID_ARGUMENT,
       [] { return Table3Add(GONGKAI_FORMAT_BINARY, std::string(10, '\xff')); }},
      {"B19", "JSON lines whose third line is not JSON", GONGKAI_INVALID_ARGUMENT,
       [] {
         const std::string line = App(kRegistered);
         return Table3Add(GONGKAI_FORMAT_JSON, line + "\n" + line + "\n{\"id\":\n");
       }},
      // Dates and the calendar.
      {"B20", "a date before 2008", GONGKAI_OUT_OF_RANGE,
       [] { return IsWorkingDay("2007-12-31"); }},
      {"B21", "a date after 2100", GONGKAI_OUT_OF_RANGE, [] { return IsWorkingDay("2101-01-01"); }},
      {"B22", "29 February in a year that is not a leap year", GONGKAI_INVALID_ARGUMENT,
       [] { return IsWorkingDay("2023-02-29"); }},
      {"B23", "a date not written YYYY-MM-DD", GONGKAI_INVALID_ARGUMENT,
       [] { return IsWorkingDay("2024-2-3"); }},
      {"B108", "a date written in Chinese", GONGKAI_INVALID_ARGUMENT,
       [] { return IsWorkingDay("2025年1月24日"); }},
      {"B24", "adding zero working days", GONGKAI_INVALID_ARGUMENT,
       [] { return AddWorkingDays("2024-01-02", 0); }},
      {"B25", "working days that end after 2100", GONGKAI_OUT_OF_RANGE,
       [] { return AddWorkingDays("2100-12-28", 10); }},
      {"B26", "a calendar with a make-up working day on a weekday", GONGKAI_INVALID_ARGUMENT,
       [] {
         return Layer(
             Spec(R"({"year":2026,"makeupWorkingDays":[{"year":2026,"month":9,"day":2}]})"));
       }},
      {"B27", "a calendar with a day both off and a make-up day", GONGKAI_INVALID_ARGUMENT,
       [] {
         return Layer(Spec(R"({"year":2026,"daysOff":[{"first":{"year":2026,"month":9,"day":5},)"
                           R"("last":{"year":2026,"month":9,"day":6}}],)"
                           R"("makeupWorkingDays":[{"year":2026,"month":9,"day":5}]})"));
       }},
      {"B28", "a calendar with days off that end before they start", GONGKAI_INVALID_ARGUMENT,
       [] {
         return Layer(Spec(R"({"year":2026,"daysOff":[{"first":{"year":2026,"month":9,"day":3},)"
                           R"("last":{"year":2026,"month":9,"day":1}}]})"));
       }},
      {"B29", "a calendar layer without an id", GONGKAI_INVALID_ARGUMENT,
       [] { return Layer(R"({"years":[{"year":2026}]})"); }},
      {"B30", "a calendar with a date that does not exist (2026-02-30)", GONGKAI_INVALID_ARGUMENT,
       [] {
         return Layer(
             Spec(R"({"year":2026,"makeupWorkingDays":[{"year":2026,"month":2,"day":30}]})"));
       }},
      {"B31", "a calendar year after 2100", GONGKAI_OUT_OF_RANGE,
       [] {
         return Layer(Spec(R"({"year":2101,"daysOff":[{"first":{"year":2101,"month":1,"day":1},)"
                           R"("last":{"year":2101,"month":1,"day":1}}]})"));
       }},
      {"B32", "the schedule of a year before 2008", GONGKAI_OUT_OF_RANGE,
       [] {
         return WithBuffer([](gongkai_buffer** out) {
           return gongkai_calendar_year(out, National(), GONGKAI_FORMAT_JSON, 2007);
         });
       }},
      // Applications.
      {"B33", "an application without a receipt date", GONGKAI_INVALID_ARGUMENT,
       [] { return Check(R"({"id":"2024-0007","events":[]})"); }},
      {"B34", "an application received before 2008", GONGKAI_OUT_OF_RANGE,
       [] { return Check(R"({"id":"2024-0007","received":{"year":2007,"month":6,"day":1}})"); }},
      {"B35", "events out of order (an event dated before the one before it)",
       GONGKAI_INVALID_ARGUMENT,
       [] {
         return Check(
             App(kRegistered + "," +
                 Ev("EVENT_TYPE_EXTENSION_APPROVED", 2024, 3, 1,
                    R"(,"extensionDays":10,"approver":"主任")") +
                 "," + Ev("EVENT_TYPE_DECIDED", 2024, 2, 20, R"(,"outcome":"OUTCOME_GRANTED")")));
       }},
      {"B36", "a decision dated before the receipt", GONGKAI_INVALID_ARGUMENT,
       [] {
         return Apply(App(kRegistered),
                      Ev("EVENT_TYPE_DECIDED", 2024, 1, 30, R"(,"outcome":"OUTCOME_GRANTED")"));
       }},
      {"B37", "an event after archiving", GONGKAI_FAILED_PRECONDITION,
       [] {
         return Apply(App(kRegistered + "," +
                          Ev("EVENT_TYPE_DECIDED", 2024, 2, 20, R"(,"outcome":"OUTCOME_GRANTED")") +
                          "," + Ev("EVENT_TYPE_ARCHIVED", 2024, 2, 21)),
                      Ev("EVENT_TYPE_DECIDED", 2024, 2, 22, R"(,"outcome":"OUTCOME_GRANTED")"));
       }},
      {"B38", "a second extension", GONGKAI_FAILED_PRECONDITION,
       [] {
         const std::string ext = Ev("EVENT_TYPE_EXTENSION_APPROVED", 2024, 2, 20,
                                    R"(,"extensionDays":10,"approver":"主任")");
         return Apply(App(kRegistered + "," + ext), ext);
       }},
      {"B39", "an extension of 21 working days (at most 20)", GONGKAI_INVALID_ARGUMENT,
       [] {
         return Apply(App(kRegistered), Ev("EVENT_TYPE_EXTENSION_APPROVED", 2024, 2, 20,
                                           R"(,"extensionDays":21,"approver":"主任")"));
       }},
      {"B40", "a negative fee", GONGKAI_INVALID_ARGUMENT,
       [] {
         return Apply(
             App(kRegistered),
             Ev("EVENT_TYPE_FEE_NOTICE_SENT", 2024, 2, 20,
                R"(,"feeFen":"-100","feeNoticeReceived":{"year":2024,"month":2,"day":21})"));
       }},
      {"B41", "a negative item count", GONGKAI_INVALID_ARGUMENT,
       [] { return Check(App(kRegistered, R"(,"itemCount":-1)")); }},
      {"B42", "a decision without an outcome", GONGKAI_INVALID_ARGUMENT,
       [] { return Apply(App(kRegistered), Ev("EVENT_TYPE_DECIDED", 2024, 2, 20)); }},
      {"B43", "deadlines as of a date that is not a date", GONGKAI_INVALID_ARGUMENT,
       [] {
         const std::string app = App(kRegistered);
         return WithBuffer([&](gongkai_buffer** out) {
           return gongkai_application_deadlines(out, National(), nullptr, GONGKAI_FORMAT_JSON,
                                                U(app), app.size(), "yesterday");
         });
       }},
      // Table 三 from applications.
      {"B44", "table 三 for 2018 (before the 2019 layouts)", GONGKAI_OUT_OF_RANGE,
       [] { return Table3New(2018, ""); }},
      {"B45", "an unknown layout", GONGKAI_NOT_FOUND, [] { return Table3New(2024, "2035"); }},
      {"B46", "an outcome mapping naming a row the layout lacks", GONGKAI_INVALID_ARGUMENT,
       [] {
         return Table3New(2024, "",
                          R"({"rows":[{"outcome":"OUTCOME_GRANTED","row":"no_such_row"}]})");
       }},
      // Reports.
      {"B47", "a report cell with a key the layout lacks", GONGKAI_INVALID_ARGUMENT,
       [] { return Validate(Report(2023, R"({"key":"t3.new.robots","count":"1"})")); }},
      {"B48", "a report in an unknown layout", GONGKAI_NOT_FOUND,
       [] { return Validate(Report(2023, "", R"(,"layout":"2035")")); }},
      {"B49", "a report year before 2019", GONGKAI_OUT_OF_RANGE,
       [] { return Validate(Report(2018, "")); }},
      {"B50", "a negative count (a finding of rule nonneg, not a failure)", GONGKAI_OK,
       [] { return Validate(Report(2023, R"({"key":"t3.new.natural_person","count":"-1"})")); },
       "\"rule\":\"nonneg\""},
      {"B51", "money with too many decimals (scale 7)", GONGKAI_INVALID_ARGUMENT,
       [] {
         return Validate(
             Report(2023, R"({"key":"t2.item8.fees.amount","amount":{"units":"1","scale":7}})"));
       }},
      {"B52", "money given as a count", GONGKAI_INVALID_ARGUMENT,
       [] { return Validate(Report(2023, R"({"key":"t2.item8.fees.amount","count":"1"})")); }},
      {"B53", "a count given as money", GONGKAI_INVALID_ARGUMENT,
       [] {
         return Validate(
             Report(2023, R"({"key":"t3.new.natural_person","amount":{"units":"1","scale":0}})"));
       }},
      {"B54", "the same cell twice in a report", GONGKAI_INVALID_ARGUMENT,
       [] {
         return Validate(Report(
             2023, R"({"key":"t3.new.total","count":"1"},{"key":"t3.new.total","count":"1"})"));
       }},
      {"B55", "counts whose row total overflows 64 bits", GONGKAI_OUT_OF_RANGE,
       [] {
         return Validate(Report(2023, R"({"key":"t3.new.natural_person","count":")" + kMax +
                                          R"("},{"key":"t3.new.commercial","count":")" + kMax +
                                          R"("})"));
       }},
      {"B56", "merging reports whose sum overflows 64 bits", GONGKAI_OUT_OF_RANGE,
       [] {
         const std::string r =
             Report(2023, R"({"key":"t3.new.natural_person","count":")" + kMax + R"("})");
         return Merge(r + "\n" + r + "\n");
       }},
      {"B57", "merging an empty stream", GONGKAI_INVALID_ARGUMENT, [] { return Merge(""); }},
      {"B58", "merging reports of different years", GONGKAI_INVALID_ARGUMENT,
       [] { return Merge(Report(2023, "") + "\n" + Report(2022, "") + "\n"); }},
      {"B59", "a previous report that is not of the year before", GONGKAI_INVALID_ARGUMENT,
       [] {
         gongkai_validate_options* options = nullptr;
         gongkai_validate_options_new(&options);
         const std::string previous = Report(2021, "");
         gongkai_validate_options_set_previous(options, GONGKAI_FORMAT_JSON, U(previous),
                                               previous.size());
         Outcome o = Validate(Report(2023, ""), options);
         gongkai_validate_options_free(options);
         return o;
       }},
      {"B60", "rendering to an unknown output", GONGKAI_INVALID_ARGUMENT,
       [] {
         const std::string r = Report(2023, "");
         return WithBuffer([&](gongkai_buffer** out) {
           return gongkai_report_render(out, GONGKAI_FORMAT_JSON,
                                        static_cast<gongkai_render_output>(0), U(r), r.size());
         });
       }},
      // Grids.
      {"B61", "a grid row with 6 numbers where table 三 has 7 columns", GONGKAI_INVALID_ARGUMENT,
       [] { return Import("t3", T3Grid(2, "1,2,3,4,5,6")); }},
      {"B62", "a grid with fewer lines than the table has rows", GONGKAI_INVALID_ARGUMENT,
       [] { return Import("t3", "0,0,0,0,0,0,0\n0,0,0,0,0,0,0\n"); }},
      {"B63", "a fraction in a count column of a grid", GONGKAI_INVALID_ARGUMENT,
       [] { return Import("t3", T3Grid(0, "1.5,0,0,0,0,0,1.5")); }},
      {"B64", "invalid UTF-8 in a grid", GONGKAI_INVALID_ARGUMENT,
       [] { return Import("t3", T3Grid(0, "\xff,0,0,0,0,0,0")); }},
      {"B65", "a grid for a table the layout lacks", GONGKAI_NOT_FOUND,
       [] { return Import("t5", "1\n"); }},
      {"B66", "a grid with money of 7 decimals", GONGKAI_INVALID_ARGUMENT,
       [] {
         std::string csv = "0,0,0\n0,0,0\n0\n0\n0\n0.0000001\n";
         return Import("t2", csv);
       }},
      // Published documents.
      {"B90", "a .docx whose document part expands a thousandfold (a zip bomb)",
       GONGKAI_INVALID_ARGUMENT, [] { return ImportDocument(Document("hostile/zip-bomb.docx")); }},
      {"B91", "a .docx whose XML declares entities that expand a billion times",
       GONGKAI_INVALID_ARGUMENT,
       [] { return ImportDocument(Document("hostile/billion-laughs.docx")); }},
      {"B92", "the first half of a .docx", GONGKAI_INVALID_ARGUMENT,
       [] { return ImportDocument(Document("hostile/truncated.docx")); }},
      {"B93", "a PDF with no text layer (a scan)", GONGKAI_INVALID_ARGUMENT,
       [] { return ImportDocument(Document("pdf/no-text.pdf")); }},
      {"B94", "the first half of a PDF", GONGKAI_INVALID_ARGUMENT,
       [] { return ImportDocument(Document("hostile/truncated.pdf")); }},
      {"B125", "a PDF whose damaged table poppler would rebuild to 14 million entries",
       GONGKAI_INVALID_ARGUMENT,
       [] { return ImportDocument(Document("hostile/xref-object-number.pdf")); }},
      {"B126", "a PDF of 100 pages whose trailer declares a million objects",
       GONGKAI_INVALID_ARGUMENT,
       [] { return ImportDocument(Document("hostile/xref-many-pages.pdf")); }},
      {"B95", "a CSV cell of 2 MB", GONGKAI_INVALID_ARGUMENT,
       [] { return ImportDocument("a," + std::string(2 << 20, 'x') + "\n", "csv"); }},
      {"B96", "a text without the statutory tables", GONGKAI_INVALID_ARGUMENT,
       [] { return ImportDocument("会议纪要\n今天开会。\n", "text"); }},
      {"B98", "a web page of 100,000 nested <div> elements", GONGKAI_INVALID_ARGUMENT,
       [] {
         std::string page;
         for (int i = 0; i < 100000; ++i) page += "<div>";
         return ImportDocument(page, "html");
       }},
      {"B99", "a web page with a cell of 100 MB", GONGKAI_INVALID_ARGUMENT,
       [] {
         return ImportDocument(
             "<table><tr><td>" + std::string(100 << 20, 'x') + "</td></tr></table>", "html");
       }},
      {"B97", "a document format the library does not read", GONGKAI_INVALID_ARGUMENT,
       [] { return ImportDocument("x", "odt"); }},
      // Disclosure records, 索引号, slips, remedies.
      {"B67", "a duplicate 索引号", GONGKAI_ALREADY_EXISTS,
       [] {
         return Registry("", {"11110105MB0000000X/2024-00001", "11110105MB0000000X/2024-00001"});
       }},
      {"B68", "a 索引号 that does not fit the scheme", GONGKAI_INVALID_ARGUMENT,
       [] { return Registry("", {"2024-00001"}); }},
      {"B69", "an index scheme with two serials", GONGKAI_INVALID_ARGUMENT,
       [] { return Registry(R"({"template":"{yyyy}-{nnn}-{nnn}"})", {}); }},
      {"B89", "an index scheme whose organisation code holds a NUL byte", GONGKAI_INVALID_ARGUMENT,
       [] {
         return Registry(R"({"template":"{org}/{yyyy}-{nnnnn}","organisationCode":"1111\u0000X"})",
                         {});
       }},
      {"B70", "making a 索引号 when the scheme has {org} but no organisation code",
       GONGKAI_FAILED_PRECONDITION,
       [] { return RegistryNext(R"({"template":"{org}/{yyyy}-{nnnnn}"})", 1); }},
      {"B71", "more 索引号 in a year than the serial has digits for", GONGKAI_OUT_OF_RANGE,
       [] { return RegistryNext(R"({"template":"{yyyy}-{n}"})", 10); }},
      {"B72", "a disclosure without 生成日期", GONGKAI_INVALID_ARGUMENT,
       [] { return DisclosureCheck(Disclosure(R"("attribute":"PUBLIC_ATTRIBUTE_PROACTIVE")")); }},
      {"B73", "a disclosure repealed before it was written", GONGKAI_INVALID_ARGUMENT,
       [] {
         return DisclosureCheck(Disclosure(R"("generated":{"year":2024,"month":3,"day":1},)"
                                           R"("written":{"year":2024,"month":3,"day":1},)"
                                           R"("repealed":{"year":2024,"month":2,"day":1})"));
       }},
      {"B74", "a publication without a channel", GONGKAI_INVALID_ARGUMENT,
       [] {
         return DisclosureCheck(
             Disclosure(R"("generated":{"year":2024,"month":3,"day":1},)"
                        R"("publications":[{"date":{"year":2024,"month":3,"day":2}}])"));
       }},
      {"B75", "signing a slip before the confidentiality review", GONGKAI_FAILED_PRECONDITION,
       [] {
         return SlipReplay(Slip(kPropose + "," +
                                SlipEv("SLIP_ACTION_APPROVE", "SLIP_ROLE_DISCLOSURE_OFFICE") + "," +
                                SlipEv("SLIP_ACTION_SIGN", "SLIP_ROLE_SIGNER",
                                       R"(,"attribute":"PUBLIC_ATTRIBUTE_PROACTIVE")")));
       }},
      {"B76", "a slip naming a workflow nobody defined", GONGKAI_NOT_FOUND,
       [] { return SlipReplay(Slip(kPropose, R"(,"workflow":"nowhere")")); }},
      {"B77", "a workflow id given twice", GONGKAI_ALREADY_EXISTS,
       [] {
         return SlipReplay(
             Slip(kPropose),
             R"({"id":"common","steps":[{"role":"SLIP_ROLE_DRAFTING_UNIT","action":"SLIP_ACTION_PROPOSE"},)"
             R"({"role":"SLIP_ROLE_SECRECY_REVIEWER","action":"SLIP_ACTION_PASS_SECRECY"},)"
             R"({"role":"SLIP_ROLE_SIGNER","action":"SLIP_ACTION_SIGN"}]})"
             "\n");
       }},
      {"B78", "withholding a document without a legal ground", GONGKAI_INVALID_ARGUMENT,
       [] {
         return SlipReplay(
             Slip(SlipEv("SLIP_ACTION_PROPOSE", "SLIP_ROLE_DRAFTING_UNIT",
                         R"(,"attribute":"PUBLIC_ATTRIBUTE_WITHHELD","reason":"涉密")")));
       }},
      {"B79", "a remedy concluded without a result", GONGKAI_INVALID_ARGUMENT,
       [] {
         return RemedyCheck(
             R"({"id":"R-1","kind":"REMEDY_KIND_RECONSIDERATION","filed":{"year":2024,"month":3,"day":1},)"
             R"("concluded":{"year":2024,"month":4,"day":1}})");
       }},
      {"B80", "a remedy with a result but not concluded", GONGKAI_INVALID_ARGUMENT,
       [] {
         return RemedyCheck(
             R"({"id":"R-1","kind":"REMEDY_KIND_RECONSIDERATION","filed":{"year":2024,"month":3,"day":1},)"
             R"("result":"REMEDY_RESULT_UPHELD"})");
       }},
      // The annual report from records.
      {"B81", "records of an unknown kind", GONGKAI_INVALID_ARGUMENT,
       [] { return AnnualAdd(static_cast<gongkai_record_kind>(5), ""); }},
      {"B82", "entered figures for a cell derived from records", GONGKAI_INVALID_ARGUMENT,
       [] {
         return AnnualNew(
             R"({"agency":{"id":"d1"},"year":2025,"entered":{"agency":{"id":"d1"},"year":2025,)"
             R"("cells":[{"key":"t3.new.total","count":"3"}]}})");
       }},
      {"B83", "a trace cell the layout lacks", GONGKAI_NOT_FOUND,
       [] {
         return AnnualNew(
             R"({"agency":{"id":"d1"},"year":2025,"options":{"traceCell":"t9.nothing"}})");
       }},
      {"B84", "two disclosures with the same 索引号 (a record problem, not a failure)", GONGKAI_OK,
       [] {
         const std::string d =
             R"({"id":"D1","agencyId":"d1","indexNumber":"11110105MB0000000X/2025-00001","generated":{"year":2025,"month":3,"day":1}})";
         const std::string e =
             R"({"id":"D2","agencyId":"d1","indexNumber":"11110105MB0000000X/2025-00001","generated":{"year":2025,"month":3,"day":2}})";
         return AnnualAdd(GONGKAI_RECORD_DISCLOSURE, d + "\n" + e + "\n");
       },
       "D-duplicate-index"},
      {"B85", "an annual request without an agency id", GONGKAI_INVALID_ARGUMENT,
       [] { return AnnualNew(R"({"year":2025})"); }},
      {"B121", "parsing on 0 threads", GONGKAI_OUT_OF_RANGE,
       [] { return OnAnnual([](gongkai_annual* a) { return gongkai_annual_set_threads(a, 0); }); }},
      {"B122", "a record file that does not exist", GONGKAI_NOT_FOUND,
       [] {
         return OnAnnual([](gongkai_annual* a) {
           return gongkai_annual_add_file(a, GONGKAI_FORMAT_JSON, GONGKAI_RECORD_APPLICATION,
                                          "b122-no-such-records.jsonl");
         });
       }},
      {"B123", "a reader that reports a failure", GONGKAI_UNAVAILABLE,
       [] {
         return OnAnnual([](gongkai_annual* a) {
           int64_t failed = -1;
           return gongkai_annual_add_reader(a, GONGKAI_FORMAT_BINARY, GONGKAI_RECORD_REMEDY,
                                            ReadReturning, &failed);
         });
       }},
      {"B124", "a reader that gives more than it was asked for", GONGKAI_INVALID_ARGUMENT,
       [] {
         return OnAnnual([](gongkai_annual* a) {
           int64_t too_many = int64_t{1} << 40;
           return gongkai_annual_add_reader(a, GONGKAI_FORMAT_BINARY, GONGKAI_RECORD_REMEDY,
                                            ReadReturning, &too_many);
         });
       }},
      // Notices.
      {"B100", "a reply to an application that has no decision", GONGKAI_FAILED_PRECONDITION,
       [] {
         return NoticeWrite(std::string(R"("kind":"NOTICE_KIND_REPLY",)") + NoticeCase() + "," +
                            kNoticeTemplate);
       }},
      {"B101", "an extension notice for an application with no approved extension",
       GONGKAI_FAILED_PRECONDITION,
       [] {
         return NoticeWrite(std::string(R"("kind":"NOTICE_KIND_EXTENSION",)") + NoticeCase() + "," +
                            kNoticeTemplate);
       }},
      {"B102", "a notice kind that does not exist (9)", GONGKAI_INVALID_ARGUMENT,
       [] {
         return NoticeWrite(std::string(R"("kind":9,)") + NoticeCase() + "," + kNoticeTemplate);
       }},
      {"B103", "a template whose correction notice drops the correction's last day",
       GONGKAI_INVALID_ARGUMENT,
       [] {
         return NoticeWrite(
             std::string(R"("kind":"NOTICE_KIND_CORRECTION",)") + NoticeCase() +
             R"(,"template":{"agencyName":"示范区人民政府","kinds":[{"kind":"NOTICE_KIND_CORRECTION",)"
             R"("body":"{received}{basis}{correction_items}{correction_restart}{correction_consequence}{agency}{date}"}]})");
       }},
      {"B104", "a template with an unclosed placeholder", GONGKAI_INVALID_ARGUMENT,
       [] {
         return NoticeWrite(
             std::string(R"("kind":"NOTICE_KIND_REPLY",)") + NoticeCase() +
             R"(,"template":{"agencyName":"x","kinds":[{"kind":"NOTICE_KIND_REPLY","body":"{received"}]})");
       }},
      {"B105", "a reply template without the 行政复议机关", GONGKAI_INVALID_ARGUMENT,
       [] {
         const std::string decided =
             NoticeCase(R"(,{"type":"EVENT_TYPE_DECIDED","date":{"year":2025,"month":3,"day":10},)"
                        R"("outcome":"OUTCOME_GRANTED"})");
         return NoticeWrite(std::string(R"("kind":"NOTICE_KIND_REPLY",)") + decided +
                            R"(,"template":{"agencyName":"示范区人民政府"})");
       }},
      {"B106", "a 文号 serial wider than its scheme", GONGKAI_OUT_OF_RANGE,
       [] {
         const std::string corrected = NoticeCase(
             R"(,{"type":"EVENT_TYPE_CORRECTION_REQUESTED","date":{"year":2025,"month":3,"day":4},)"
             R"("correctionPeriodDays":10})");
         return NoticeWrite(
             std::string(R"("kind":"NOTICE_KIND_CORRECTION","serial":"1000",)") + corrected +
             R"(,"template":{"agencyName":"x","numberTemplate":"补〔{yyyy}〕{nnn}号"},)"
             R"("details":{"correctionItems":["请明确名称"]})");
       }},
      {"B107", "a notice check of text that is not UTF-8", GONGKAI_INVALID_ARGUMENT,
       [] {
         const std::string request =
             std::string(R"({"kind":"NOTICE_KIND_REPLY",)") + NoticeCase() + "}";
         const std::string text = "答\xff复";
         return WithBuffer([&](gongkai_buffer** out) {
           return gongkai_notice_check(out, National(), GONGKAI_FORMAT_JSON, U(request),
                                       request.size(), U(text), text.size());
         });
       }},
      {"B109", "a reply due date with consultations that overlap", GONGKAI_INVALID_ARGUMENT,
       [] {
         static const char* const starts[] = {"2025-02-03", "2025-02-05"};
         static const char* const ends[] = {"2025-02-10", "2025-02-06"};
         return ReplyDue("2025-01-24", 0, starts, ends, 2);
       }},
      {"B110", "a reply due date with an extension of 21 working days", GONGKAI_INVALID_ARGUMENT,
       [] { return ReplyDue("2025-01-24", 21, nullptr, nullptr, 0); }},
      // The filing registry.
      {"B111", "a registry path that is a directory", GONGKAI_FAILED_PRECONDITION,
       [] { return StoreOpen(".", 1); }},
      {"B112", "a store that is an SQLite database but not a registry", GONGKAI_FAILED_PRECONDITION,
       [] {
         const Outcome o = StoreOpen(ForeignDatabase("b112-not-ours.db").c_str(), 0);
         RemoveStore("b112-not-ours.db");
         return o;
       }},
      {"B113", "an agency CSV with an unknown parent", GONGKAI_INVALID_ARGUMENT,
       [] { return StoreImport("b113.db", "id,name,level,parent\nC9,某县财政局,4,X1\n"); }},
      {"B114", "an agency CSV whose parents make a cycle", GONGKAI_INVALID_ARGUMENT,
       [] {
         return StoreImport("b114.db",
                            "id,name,level,parent\nC9,某县财政局,4,C8\nC8,某县教育局,4,C9\n");
       }},
      {"B115", "a correction without a reason", GONGKAI_INVALID_ARGUMENT,
       [] {
         return OnFiledStore("b115.db", [](gongkai_registry* reg, gongkai_buffer** out) {
           return gongkai_registry_file(out, reg, GONGKAI_FORMAT_JSON, U(kUnbalanced),
                                        kUnbalanced.size(), "填报人", nullptr);
         });
       }},
      {"B116", "accepting a version whose error finding has no disposition",
       GONGKAI_FAILED_PRECONDITION,
       [] {
         return OnFiledStore("b116.db", [](gongkai_registry* reg, gongkai_buffer** out) {
           return gongkai_registry_accept(out, reg, GONGKAI_FORMAT_JSON, "C1", 2022, 1, "审核人");
         });
       }},
      {"B117", "a negative version number", GONGKAI_INVALID_ARGUMENT,
       [] {
         return OnFiledStore("b117.db", [](gongkai_registry* reg, gongkai_buffer** out) {
           return gongkai_registry_version_get(out, reg, GONGKAI_FORMAT_JSON, "C1", 2022, -1);
         });
       }},
      {"B118", "a report for an agency the registry does not know", GONGKAI_NOT_FOUND,
       [] {
         return OnFiledStore("b118.db", [](gongkai_registry* reg, gongkai_buffer** out) {
           const std::string report = R"({"agency":{"id":"X9"},"year":2022})";
           return gongkai_registry_file(out, reg, GONGKAI_FORMAT_JSON, U(report), report.size(),
                                        "填报人", nullptr);
         });
       }},
      {"B119", "an agency CSV saved as GBK", GONGKAI_INVALID_ARGUMENT,
       [] {
         // 某县财政局 in GBK.
         return StoreImport("b119.db",
                            "id,name,level,parent\nC9,\xC4\xB3\xCF\xD8\xB2\xC6\xD5\xFE"
                            "\xBE\xD6,4,\n");
       }},
      {"B120", "an agency name with a control character", GONGKAI_INVALID_ARGUMENT,
       [] { return StoreImport("b120.db", "id,name,level,parent\nC9,某县\x01财政局,4,\n"); }},
  };
  return *entries;
}

// --- The page ---------------------------------------------------------------------------------

std::string Trim(const std::string& s) {
  const size_t first = s.find_first_not_of(' ');
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(' ') - first + 1);
}

// The cells of a Markdown table row, trimmed. A `|` inside a cell is written `\|` (GitHub
// Markdown, inside code spans too); no other escape is read, as a code span shows every other
// backslash as it is (B03's `\x0a`).
std::vector<std::string> Cells(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (line[i] == '|') {
      cells.push_back(Trim(cell));
      cell.clear();
    } else {
      cell += line[i];
    }
  }
  cells.push_back(Trim(cell));
  // The pipes that open and close the row leave an empty cell at each end.
  if (!cells.empty() && cells.front().empty()) cells.erase(cells.begin());
  if (!cells.empty() && cells.back().empty()) cells.pop_back();
  return cells;
}

// The text of `cell` when the whole cell is one code span: `text`, or ``text`` (with a space
// inside each end, which is stripped) for a text holding a backquote. Otherwise nothing.
std::optional<std::string> CodeSpan(const std::string& cell) {
  const size_t n = cell.find_first_not_of('`');
  if (n == 0 || n == std::string::npos || cell.size() < 2 * n + 1) return std::nullopt;
  const std::string fence(n, '`');
  if (cell.compare(cell.size() - n, n, fence) != 0 || cell[cell.size() - n - 1] == '`') {
    return std::nullopt;
  }
  std::string text = cell.substr(n, cell.size() - 2 * n);
  if (text.find(fence) != std::string::npos) return std::nullopt;  // more than one span
  if (text.size() >= 2 && text.front() == ' ' && text.back() == ' ' &&
      text.find_first_not_of(' ') != std::string::npos) {
    text = text.substr(1, text.size() - 2);
  }
  return text;
}

// The table rows of docs/bad-input.md: | id | input | code | message |, by id.
struct Page {
  std::map<std::string, std::vector<std::string>> rows;  // each row's cells
  std::vector<std::string> problems;                     // an unreadable page, a row given twice
};

const Page& ThePage() {
  static const Page* page = [] {
    auto* p = new Page;
    std::ifstream file(GONGKAI_BAD_INPUT_DOC);
    if (!file) p->problems.push_back(std::string("cannot read ") + GONGKAI_BAD_INPUT_DOC);
    for (std::string line; std::getline(file, line);) {
      if (line.rfind("| B", 0) != 0) continue;
      const std::vector<std::string> cells = Cells(line);
      if (!p->rows.emplace(cells.front(), cells).second) {
        p->problems.push_back("row " + cells.front() + " is given twice");
      }
    }
    return p;
  }();
  return *page;
}

// --- The tests --------------------------------------------------------------------------------

void PrintTo(const BadInput& entry, std::ostream* os) {
  *os << entry.id << " (" << entry.what << ")";
}

class BadInputTest : public testing::TestWithParam<BadInput> {};

// The code the catalogue expects, and, for a failure, the whole message the page quotes: the
// message is compared as it is, with nothing normalised, since nothing in it varies between
// runs or machines (the stores are named by relative paths). For a success (B50, B84), the
// piece of the output both quote.
TEST_P(BadInputTest, GetsItsCodeAndMessage) {
  const BadInput& entry = GetParam();
  const Outcome o = entry.call();
  if (std::getenv("GONGKAI_PRINT_CATALOGUE") != nullptr) {
    const size_t at =
        entry.output_excerpt == nullptr ? std::string::npos : o.output.find(entry.output_excerpt);
    const std::string shown = at == std::string::npos
                                  ? o.output.substr(0, 300)
                                  : o.output.substr(at < 150 ? 0 : at - 150, 450);
    std::printf("%s | %s | %s | %s\n", entry.id, entry.what, gongkai_code_name(o.code),
                o.code == GONGKAI_OK ? shown.c_str() : o.message.c_str());
    return;
  }
  EXPECT_EQ(gongkai_code_name(o.code), std::string(gongkai_code_name(entry.code)))
      << entry.what << "\nmessage: " << o.message;

  const auto row = ThePage().rows.find(entry.id);
  ASSERT_NE(row, ThePage().rows.end()) << "docs/bad-input.md has no row " << entry.id;
  const std::vector<std::string>& cells = row->second;
  ASSERT_EQ(cells.size(), 4u) << "row " << entry.id << " has not 4 cells";
  if (entry.code == GONGKAI_OK) {
    ASSERT_NE(entry.output_excerpt, nullptr) << "an entry that succeeds names a piece of output";
    EXPECT_NE(o.output.find(entry.output_excerpt), std::string::npos)
        << entry.what << ": \"" << entry.output_excerpt
        << "\" not in: " << o.output.substr(0, 2000);
    EXPECT_NE(cells[3].find(entry.output_excerpt), std::string::npos)
        << "row " << entry.id << " does not quote \"" << entry.output_excerpt << "\"";
    return;
  }
  EXPECT_EQ(entry.output_excerpt, nullptr) << "a failing entry's message is the page's";
  const std::optional<std::string> quoted = CodeSpan(cells[3]);
  ASSERT_TRUE(quoted.has_value()) << "row " << entry.id
                                  << ": the message cell is not one code span: " << cells[3];
  EXPECT_EQ(o.message, *quoted) << "the library's message (first) is not row " << entry.id
                                << "'s of docs/bad-input.md (second)";

  if (o.code == GONGKAI_OK) return;  // the code is wrong, said above; no output to check
  switch (o.output_argument) {
    case Output::kKept:
      break;  // OutputKept has compared them
    case Output::kNone: {
      const std::string function = o.message.substr(0, o.message.find(':'));
      EXPECT_EQ(WithoutOutput().count(function), 1u)
          << function << " failed, and the helper took it for a function without an output "
          << "argument; check its output with OutputKept, or add it to WithoutOutput()";
      break;
    }
    case Output::kUnchecked:
      ADD_FAILURE() << "nobody checked that the failed call left its output argument alone "
                    << "(make the Outcome with OutputKept, or NoOutput)";
      break;
  }
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadInputTest, testing::ValuesIn(Catalogue()),
                         [](const testing::TestParamInfo<BadInput>& info) {
                           return info.param.id;
                         });

TEST(BadInputCatalogue, HasAtLeastFortyDistinctEntries) {
  std::vector<std::string> ids;
  for (const BadInput& e : Catalogue()) ids.push_back(e.id);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(std::unique(ids.begin(), ids.end()), ids.end());
  EXPECT_GE(ids.size(), 40u);
}

// docs/bad-input.md has one table row per entry, with its code: | ID | what | CODE | message |.
// (GetsItsCodeAndMessage compares the messages.)
TEST(BadInputCatalogue, IsDocumented) {
  const Page& page = ThePage();
  for (const std::string& problem : page.problems) ADD_FAILURE() << problem;
  std::set<std::string> ids;
  for (const BadInput& e : Catalogue()) {
    ids.insert(e.id);
    const auto row = page.rows.find(e.id);
    if (row == page.rows.end()) {
      ADD_FAILURE() << "docs/bad-input.md has no row " << e.id << " (" << e.what << ")";
      continue;
    }
    ASSERT_EQ(row->second.size(), 4u) << "row " << e.id << " has not 4 cells";
    EXPECT_EQ(row->second[2], gongkai_code_name(e.code))
        << "row " << e.id << " does not give the code " << gongkai_code_name(e.code);
  }
  for (const auto& [id, cells] : page.rows) {
    EXPECT_EQ(ids.count(id), 1u) << "docs/bad-input.md lists " << id << ", which the test lacks";
  }
}

}  // namespace
