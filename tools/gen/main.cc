// gongkai-gen: writes a data folder of generated records (tools/gen/README.md).
//
// Exit status: 0 written; 1 the folder could not be written; 2 bad usage (an unknown flag, a
// bad or missing value), with a message naming the flag. absl's ParseCommandLine is not used
// because it exits with 1 on a bad flag; the words are parsed here, each flag through
// absl::CommandLineFlag::ParseFrom.
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "absl/flags/commandlineflag.h"
#include "absl/flags/flag.h"
#include "absl/flags/reflection.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/strip.h"
#include "calendar/calendar.h"
#include "gen/folder.h"
#include "gen/generate.h"
#include "gen/province.h"

ABSL_FLAG(std::string, out, "", "the data folder to write (created if missing)");
ABSL_FLAG(std::string, profile, "",
          "start from a named set of options: 'example' (examples/district)");
ABSL_FLAG(uint64_t, seed, 1, "the random seed");
ABSL_FLAG(int32_t, year, 2025, "the report year, 2019..2099");
ABSL_FLAG(int64_t, disclosures, 35000, "how many disclosures");
ABSL_FLAG(int64_t, applications, 2500, "how many applications");
ABSL_FLAG(int64_t, remedies, 150, "how many remedies");
ABSL_FLAG(std::string, format, "jsonl", "the record streams: jsonl or binary");
ABSL_FLAG(std::string, marker, "", "a string put into every personal field");
ABSL_FLAG(std::string, agency_id, "11110105MB0000000X", "the agency's id (and 索引号 code)");
ABSL_FLAG(std::string, agency_name, "示范市临江区人民政府", "the agency's name");
ABSL_FLAG(std::string, as_of, "", "the data's date, YYYY-MM-DD (default: 31 December)");
ABSL_FLAG(bool, scenarios, false, "put the fixed scenario records first");
ABSL_FLAG(int32_t, agencies, 20000, "--profile province: agencies in the tree");
ABSL_FLAG(int32_t, years, 5, "--profile province: report years, ending with --year");
ABSL_FLAG(int32_t, versions, 3, "--profile province: versions an agency files a year, at most");
ABSL_FLAG(bool, all_versions, false, "--profile province: every agency files --versions each year");

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

constexpr const char* kFlags[] = {
    "out",       "profile",  "seed",   "year",      "disclosures", "applications",
    "remedies",  "format",   "marker", "agency_id", "agency_name", "as_of",
    "scenarios", "agencies", "years",  "versions",  "all_versions"};

constexpr const char* kUsage =
    "usage: gongkai-gen --out DIR [--profile example] [--seed N] [--year Y]\n"
    "                   [--disclosures N] [--applications N] [--remedies N]\n"
    "                   [--format jsonl|binary] [--marker S] [--agency-id ID]\n"
    "                   [--agency-name NAME] [--as-of YYYY-MM-DD] [--scenarios]\n"
    "\n"
    "Writes a data folder of generated records for one agency and report year:\n"
    "agency.json, entered.json, disclosures, slips, applications and remedies as\n"
    "JSON lines (.jsonl) or length-delimited binary (.binpb). The same flags give\n"
    "the same bytes. --profile example starts from the options of examples/district\n"
    "(seed 2025, year 2025, 260/140/24 records, scenarios); flags given override it.\n"
    "Defaults: seed 1, year 2025, 35000 disclosures, 2500 applications, 150 remedies.\n"
    "\n"
    "usage: gongkai-gen --profile province --out FILE.db [--seed N] [--year Y]\n"
    "                   [--agencies N] [--years N] [--versions N] [--all-versions]\n"
    "\n"
    "Creates a filing registry (gongkai registry) at FILE.db holding a province: a\n"
    "four-level tree of --agencies agencies (default 20000), each filing its report for\n"
    "--years years ending with --year (default 5, 2021..2025), 1..--versions versions\n"
    "a year (default 3; exactly that many with --all-versions), some with findings and\n"
    "corrections, most locked and accepted (tools/gen/README.md).\n";

bool Known(absl::string_view name) {
  for (const char* f : kFlags) {
    if (name == f) return true;
  }
  return false;
}

int Usage(absl::string_view message) {
  std::cerr << "gongkai-gen: " << message << "\n" << kUsage;
  return kExitUsage;
}

// gongkai-gen --profile province: the registry at `out`, which must not exist yet.
template <typename Given>
int Province(const std::string& out, Given was_given) {
  for (const char* flag : {"disclosures", "applications", "remedies", "format", "marker",
                           "agency_id", "agency_name", "as_of", "scenarios"}) {
    if (was_given(flag)) return Usage(absl::StrCat("--", flag, " is not for --profile province"));
  }
  gongkai::gen::ProvinceOptions options;
  options.seed = absl::GetFlag(FLAGS_seed);
  options.last_year = absl::GetFlag(FLAGS_year);
  options.agencies = absl::GetFlag(FLAGS_agencies);
  options.years = absl::GetFlag(FLAGS_years);
  options.versions = absl::GetFlag(FLAGS_versions);
  options.all_versions = absl::GetFlag(FLAGS_all_versions);
  if (absl::Status s = gongkai::gen::CheckProvinceOptions(options); !s.ok()) {
    return Usage(absl::StrCat("--", s.message()));
  }
  if (std::filesystem::exists(out)) {
    return Usage(absl::StrCat("--out ", out, ": exists; the province goes into a new registry"));
  }
  gongkai::registry::OpenOptions open;
  open.create = true;
  auto store = gongkai::registry::Registry::Open(out, open);
  absl::Status status = store.status();
  if (status.ok()) {
    status = gongkai::gen::FileProvince(options, **store, [](int year, int64_t versions) {
      std::cerr << "gongkai-gen: " << year << " filed, " << versions << " versions so far\n";
    });
  }
  if (!status.ok()) {
    std::cerr << "gongkai-gen: " << out << ": " << status.message() << "\n";
    return kExitFailed;
  }
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> given;
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    absl::string_view body = word;
    if (!absl::ConsumePrefix(&body, "-") || body.empty()) {
      return Usage(absl::StrCat("unexpected argument '", word, "'"));
    }
    absl::ConsumePrefix(&body, "-");
    if (body == "help" || body == "h") {
      std::cout << kUsage;
      return kExitOk;
    }
    const size_t eq = body.find('=');
    std::string name = absl::StrReplaceAll(body.substr(0, eq), {{"-", "_"}});
    std::string value = eq == absl::string_view::npos ? "" : std::string(body.substr(eq + 1));
    bool negated = false;
    if (!Known(name) && absl::StartsWith(name, "no") &&
        (name.substr(2) == "scenarios" || name.substr(2) == "all_versions")) {
      name = name.substr(2);
      negated = true;
    }
    if (!Known(name)) return Usage(absl::StrCat("unknown flag --", name));
    absl::CommandLineFlag* flag = absl::FindCommandLineFlag(name);
    if (flag->IsOfType<bool>()) {
      if (eq == absl::string_view::npos) value = negated ? "false" : "true";
    } else if (eq == absl::string_view::npos) {
      if (i + 1 >= argc) return Usage(absl::StrCat("a value must follow --", name));
      value = argv[++i];
    }
    std::string error;
    if (!flag->ParseFrom(value, &error)) {
      return Usage(absl::StrCat("bad value for --", name, ": ", error));
    }
    given.push_back(name);
  }
  auto was_given = [&](absl::string_view name) {
    for (const std::string& g : given) {
      if (g == name) return true;
    }
    return false;
  };

  const std::string out = absl::GetFlag(FLAGS_out);
  if (out.empty()) return Usage("missing the required flag --out");
  if (absl::GetFlag(FLAGS_profile) == "province") return Province(out, was_given);
  gongkai::gen::GenOptions options;
  const std::string profile = absl::GetFlag(FLAGS_profile);
  if (profile == "example") {
    options = gongkai::gen::ExampleOptions();
  } else if (!profile.empty()) {
    return Usage(
        absl::StrCat("bad value for --profile: '", profile, "' (known: example, province)"));
  }
  if (was_given("seed")) options.seed = absl::GetFlag(FLAGS_seed);
  if (was_given("year")) options.year = absl::GetFlag(FLAGS_year);
  if (was_given("disclosures")) options.disclosures = absl::GetFlag(FLAGS_disclosures);
  if (was_given("applications")) options.applications = absl::GetFlag(FLAGS_applications);
  if (was_given("remedies")) options.remedies = absl::GetFlag(FLAGS_remedies);
  if (was_given("marker")) options.marker = absl::GetFlag(FLAGS_marker);
  if (was_given("agency_id")) options.agency_id = absl::GetFlag(FLAGS_agency_id);
  if (was_given("agency_name")) options.agency_name = absl::GetFlag(FLAGS_agency_name);
  if (was_given("scenarios")) options.scenarios = absl::GetFlag(FLAGS_scenarios);
  for (const auto& [flag, value] :
       {std::pair<const char*, int64_t>{"disclosures", options.disclosures},
        {"applications", options.applications},
        {"remedies", options.remedies}}) {
    if (value < 0)
      return Usage(absl::StrCat("bad value for --", flag, ": ", value, " is negative"));
  }
  if (options.year < 2019 || options.year > 2099) {
    return Usage(absl::StrCat("bad value for --year: ", options.year, " is outside 2019..2099"));
  }
  if (was_given("as_of")) {
    absl::StatusOr<absl::CivilDay> day =
        gongkai::calendar::ParseDay(absl::GetFlag(FLAGS_as_of), "--as_of");
    if (!day.ok()) return Usage(absl::StrCat("bad value for --as_of: ", day.status().message()));
    options.as_of = *day;
  }
  const std::string format = absl::GetFlag(FLAGS_format);
  gongkai::messages::Encoding encoding;
  if (format == "jsonl" || format == "json") {
    encoding = gongkai::messages::Encoding::kJson;
  } else if (format == "binary") {
    encoding = gongkai::messages::Encoding::kBinary;
  } else {
    return Usage(absl::StrCat("bad value for --format: '", format, "' (jsonl or binary)"));
  }
  if (absl::Status s = gongkai::gen::CheckOptions(options); !s.ok()) {
    // The message starts with the option's name, which is the flag's when there is one.
    const absl::string_view message = s.message();
    const absl::string_view option = message.substr(0, message.find(' '));
    return Usage(Known(option) ? absl::StrCat("--", message) : std::string(message));
  }
  if (absl::Status s = gongkai::gen::WriteFolder(options, encoding, out); !s.ok()) {
    std::cerr << "gongkai-gen: " << s.message() << "\n";
    return kExitFailed;
  }
  return kExitOk;
}
