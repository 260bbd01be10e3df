// gongkai registry through the command line, as a supervising office would use it: the whole
// filing season of issue #18 (a tree of agencies, filing, findings, dispositions, the filing
// gate, locking, a correction, its diff, a roll-up with a missing child, then complete), and the
// subcommands' help and errors.
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "fixture.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::cli::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;

constexpr int kFindings = 1;

constexpr char kAgencies[] =
    "id,name,level,parent\n"
    "CITY,示例市人民政府,3,\n"
    "D1,示例市甲区人民政府,4,CITY\n"
    "D2,示例市乙区人民政府,4,CITY\n"
    "D3,示例市丙区人民政府,4,CITY\n";

// A 2021-layout report of `id` for 2023 in which `n` applications of natural persons were all
// granted; with `broken`, 一、本年新收 in the 自然人 column is one more than its total, which
// breaks T3-total-col (that row) and T3-balance (that column).
std::string Report(const std::string& id, int n, bool broken = false) {
  auto cell = [](const std::string& key, int value) {
    return R"({"key": ")" + key + R"(", "count": ")" + std::to_string(value) + R"("})";
  };
  return R"({"agency": {"id": ")" + id + R"("}, "year": 2023, "layout": "2021", "cells": [)" +
         cell("t3.new.natural_person", broken ? n + 1 : n) + ", " + cell("t3.new.total", n) + ", " +
         cell("t3.granted.natural_person", n) + ", " + cell("t3.granted.total", n) + ", " +
         cell("t3.total.natural_person", n) + ", " + cell("t3.total.total", n) + "]}\n";
}

// The (key, count) pairs of the cells in a report's JSON.
std::map<std::string, std::string> Cells(const std::string& json) {
  std::map<std::string, std::string> cells;
  static const std::regex kCell(R"re("key":\s*"([^"]+)",\s*"count":\s*"(-?\d+)")re");
  for (std::sregex_iterator it(json.begin(), json.end(), kCell), end; it != end; ++it) {
    cells[(*it)[1]] = (*it)[2];
  }
  return cells;
}

// The fingerprints `registry findings` lists, in order.
std::vector<std::string> Fingerprints(const std::string& text) {
  std::vector<std::string> out;
  static const std::regex kLine(R"((^|\n)([0-9a-f]{32})  (error|warning))");
  for (std::sregex_iterator it(text.begin(), text.end(), kLine), end; it != end; ++it) {
    out.push_back((*it)[2]);
  }
  return out;
}

class RegistryCliTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    db_ = (dir_ / "registry.db").string();
  }
  // `gongkai registry --db DB ARGS...`.
  Result Registry(std::vector<std::string> args) {
    args.insert(args.begin(), {"registry", "--db", db_});
    return Run(args);
  }
  // Creates the store with the four agencies of kAgencies.
  void SetUpTree() {
    ASSERT_EQ(Registry({"init"}).exit_code, kOk);
    Result imported = Registry({"agencies", "import", WriteFile("agencies.csv", kAgencies)});
    ASSERT_EQ(imported.exit_code, kOk) << imported.err;
  }
  // Files `file` for `id` in 2023 and returns the version number printed.
  std::string File(const std::string& id, const std::string& file,
                   std::vector<std::string> more = {}) {
    std::vector<std::string> args = {"file", "--agency", id,       "--year",
                                     "2023", "--by",     "审核员", file};
    args.insert(args.end(), more.begin(), more.end());
    Result r = Registry(args);
    EXPECT_EQ(r.exit_code, kOk) << r.err;
    return r.out;
  }
  std::string db_;
};

TEST_F(RegistryCliTest, TheFilingSeason) {
  ASSERT_EQ(Registry({"init"}).exit_code, kOk);
  // A parent nobody knows refuses the whole file, naming the row.
  Result bad = Registry({"agencies", "import",
                         WriteFile("bad.csv", std::string(kAgencies) + "D4,示例市丁区,4,NOPE\n")});
  EXPECT_EQ(bad.exit_code, kUnusable);
  EXPECT_THAT(bad.err, HasSubstr("NOPE"));
  EXPECT_THAT(bad.err, HasSubstr("bad.csv"));
  Result none = Registry({"status", "--year", "2023"});
  EXPECT_THAT(none.out, Not(HasSubstr("D1")));
  ASSERT_EQ(Registry({"agencies", "import", WriteFile("agencies.csv", kAgencies)}).exit_code, kOk);
  Result listed = Registry({"agencies", "list"});
  EXPECT_THAT(listed.out, HasSubstr("D2\tCITY\t示例市乙区人民政府"));

  // D1 files a clean report; D2 one with two errors, and sees them at once.
  EXPECT_EQ(File("D1", WriteFile("d1.json", Report("D1", 5))), "1\n");
  Result d2 = Registry(
      {"file", "--agency", "D2", "--year", "2023", WriteFile("d2.json", Report("D2", 3, true))});
  EXPECT_EQ(d2.exit_code, kOk) << d2.err;
  EXPECT_EQ(d2.out, "1\n");
  EXPECT_THAT(d2.err, HasSubstr("2 errors"));

  Result findings = Registry({"findings", "--agency", "D2", "--year", "2023"});
  ASSERT_EQ(findings.exit_code, kOk) << findings.err;
  const std::vector<std::string> fps = Fingerprints(findings.out);
  ASSERT_EQ(fps.size(), 2u) << findings.out;
  EXPECT_THAT(findings.out, HasSubstr("T3-balance"));
  EXPECT_THAT(findings.out, HasSubstr("2 without a disposition"));

  // The gate: nothing disposed, then one explained and one to be corrected.
  Result refused = Registry({"accept", "--agency", "D2", "--year", "2023"});
  EXPECT_EQ(refused.exit_code, kFindings);
  EXPECT_THAT(refused.err, HasSubstr(fps[0]));
  Result explained =
      Registry({"dispose", "--agency", "D2", "--year", "2023", "--fingerprint", fps[0],
                "--decision", "explained", "--explanation", "统计口径说明", "--by", "李审核"});
  EXPECT_EQ(explained.exit_code, kOk) << explained.err;
  EXPECT_EQ(Registry({"dispose", "--agency", "D2", "--year", "2023", "--fingerprint", fps[1],
                      "--decision", "must-correct"})
                .exit_code,
            kOk);
  refused = Registry({"accept", "--agency", "D2", "--year", "2023"});
  EXPECT_EQ(refused.exit_code, kFindings);
  EXPECT_THAT(refused.err, HasSubstr(fps[1]));
  EXPECT_THAT(refused.err, Not(HasSubstr(fps[0])));
  findings = Registry({"findings", "--agency", "D2", "--year", "2023"});
  EXPECT_THAT(findings.out, HasSubstr("explained by 李审核"));
  EXPECT_THAT(findings.out, HasSubstr("统计口径说明"));
  EXPECT_THAT(findings.out, HasSubstr("0 without a disposition"));

  // The correction: a reason is required; the diff shows the cell with both values.
  const std::string fixed = WriteFile("d2v2.json", Report("D2", 3));
  Result no_reason = Registry({"file", "--agency", "D2", "--year", "2023", fixed});
  EXPECT_EQ(no_reason.exit_code, kUnusable);
  EXPECT_THAT(no_reason.err, HasSubstr("reason"));
  EXPECT_EQ(File("D2", fixed, {"--reason", "更正：新收申请数"}), "2\n");
  Result diff = Registry({"diff", "--agency", "D2", "--year", "2023", "--from", "1", "--to", "2"});
  ASSERT_EQ(diff.exit_code, kOk) << diff.err;
  EXPECT_THAT(diff.out, HasSubstr("t3.new.natural_person\t4 -> 3\t"));
  EXPECT_THAT(diff.out, HasSubstr("1 cell changed from version 1 to 2"));
  EXPECT_EQ(Registry({"accept", "--agency", "D2", "--year", "2023"}).exit_code, kOk);
  Result versions = Registry({"versions", "--agency", "D2", "--year", "2023"});
  EXPECT_THAT(versions.out, HasSubstr("\t2 errors, 0 warnings\tfiled\t"));
  EXPECT_THAT(versions.out, HasSubstr("\t更正：新收申请数\n"));
  Result first = Registry({"show", "--agency", "D2", "--year", "2023", "--version", "1"});
  EXPECT_EQ(first.exit_code, kOk) << first.err;
  EXPECT_EQ(Cells(first.out), Cells(Report("D2", 3, true)));

  // D1 publishes and is accepted; a second lock is refused.
  Result locked = Registry({"lock", "--agency", "D1", "--year", "2023", "--version", "1"});
  EXPECT_EQ(locked.exit_code, kOk) << locked.err;
  EXPECT_THAT(locked.out, HasSubstr("D1 2023 version 1: filed"));
  EXPECT_THAT(locked.out, HasSubstr("locked"));
  EXPECT_NE(Registry({"lock", "--agency", "D1", "--year", "2023"}).exit_code, kOk);
  EXPECT_EQ(Registry({"accept", "--agency", "D1", "--year", "2023"}).exit_code, kOk);

  // D3 has not filed: the roll-up says so and exits 1; so does the status.
  Result partial = Registry({"rollup", "--agency", "CITY", "--year", "2023"});
  EXPECT_EQ(partial.exit_code, kFindings) << partial.err;
  EXPECT_THAT(partial.out, HasSubstr("  D3\tmissing\t示例市丙区人民政府"));
  EXPECT_THAT(partial.out, HasSubstr("  D2\taccepted (version 2)"));
  EXPECT_THAT(partial.out, HasSubstr("INCOMPLETE"));
  Result partial_json =
      Registry({"rollup", "--agency", "CITY", "--year", "2023", "--output", "json"});
  EXPECT_EQ(partial_json.exit_code, kFindings);
  EXPECT_THAT(partial_json.err, HasSubstr("D3 missing"));
  Result status = Registry({"status", "--year", "2023"});
  EXPECT_EQ(status.exit_code, kOk) << status.err;
  EXPECT_THAT(status.out, HasSubstr("  D3  示例市丙区人民政府  missing\n"));
  EXPECT_THAT(status.out, HasSubstr("incomplete"));

  // D3 files and is accepted: complete, and the sum is `gongkai merge` of the same reports.
  const std::string d3 = WriteFile("d3.json", Report("D3", 7));
  EXPECT_EQ(File("D3", d3), "1\n");
  EXPECT_EQ(Registry({"accept", "--agency", "D3", "--year", "2023"}).exit_code, kOk);
  Result complete = Registry({"rollup", "--agency", "CITY", "--year", "2023"});
  EXPECT_EQ(complete.exit_code, kOk) << complete.out << complete.err;
  EXPECT_THAT(complete.out, HasSubstr("3 of 3 children summed, complete"));
  Result json = Registry({"rollup", "--agency", "CITY", "--year", "2023", "--output", "json"});
  EXPECT_EQ(json.exit_code, kOk) << json.err;
  EXPECT_EQ(json.err, "");
  Result merged = Run({"merge", "--agency_id", "CITY", (dir_ / "d1.json").string(), fixed, d3});
  ASSERT_EQ(merged.exit_code, kOk) << merged.err;
  EXPECT_THAT(Cells(json.out), Not(IsEmpty()));
  EXPECT_EQ(Cells(json.out), Cells(merged.out));
  EXPECT_EQ(Cells(json.out)["t3.total.total"], "15");
  // The city files the consolidated report as its own: it agrees with the sum, and once it is
  // accepted the whole tree is complete.
  status = Registry({"status", "--year", "2023", "--under", "CITY"});
  EXPECT_THAT(status.out, HasSubstr("CITY  示例市人民政府  missing\n"));
  EXPECT_THAT(status.out, HasSubstr(": incomplete"));
  EXPECT_EQ(File("CITY", WriteFile("city.json", json.out)), "1\n");
  EXPECT_EQ(Registry({"accept", "--agency", "CITY", "--year", "2023"}).exit_code, kOk);
  complete = Registry({"rollup", "--agency", "CITY", "--year", "2023"});
  EXPECT_EQ(complete.exit_code, kOk) << complete.out << complete.err;
  EXPECT_THAT(complete.out, HasSubstr("own report, version 1, against the sum:\n0 errors"));
  status = Registry({"status", "--year", "2023", "--under", "CITY"});
  EXPECT_THAT(status.out, HasSubstr("4 expected, 0 missing, 0 filed, 0 locked, 4 accepted"));
  EXPECT_THAT(status.out, HasSubstr(": complete"));

  // The chain: intact, and the head handed over earlier still holds.
  Result head = Registry({"head"});
  ASSERT_EQ(head.exit_code, kOk) << head.err;
  EXPECT_TRUE(std::regex_match(head.out, std::regex("[0-9]+:[0-9a-f]{64}\n"))) << head.out;
  const std::string receipt = head.out.substr(0, head.out.size() - 1);
  Result verified = Registry({"verify", "--receipt", receipt});
  EXPECT_EQ(verified.exit_code, kOk) << verified.out << verified.err;
  EXPECT_THAT(verified.out, HasSubstr("intact"));
  std::string forged = receipt;
  forged.back() = forged.back() == '0' ? '1' : '0';
  Result mismatch = Registry({"verify", "--receipt", forged});
  EXPECT_EQ(mismatch.exit_code, kFindings);
  EXPECT_THAT(mismatch.out, HasSubstr("does not match: chain entry"));
  Result beyond = Registry({"verify", "--receipt", "999999:" + std::string(64, 'a')});
  EXPECT_EQ(beyond.exit_code, kFindings);
  EXPECT_THAT(beyond.out, HasSubstr("does not match: the chain has no entry"));
}

TEST_F(RegistryCliTest, StatusAsJsonAndHtml) {
  SetUpTree();
  File("D1", WriteFile("d1.json", Report("D1", 1)));
  Result json = Registry({"status", "--year", "2023", "--output", "json"});
  ASSERT_EQ(json.exit_code, kOk) << json.err;
  EXPECT_THAT(json.out, HasSubstr(R"("agencyId": "D1")"));
  EXPECT_THAT(json.out, HasSubstr(R"("state": "STATE_FILED")"));
  EXPECT_THAT(json.out, HasSubstr(R"("expected": 4)"));
  Result html = Registry({"status", "--year", "2023", "--output", "html"});
  ASSERT_EQ(html.exit_code, kOk) << html.err;
  EXPECT_THAT(html.out, StartsWith("<!DOCTYPE html>"));
  EXPECT_THAT(html.out, HasSubstr(R"(<tr class="state-filed" data-agency="D1" data-depth="1">)"));
  EXPECT_THAT(html.out, HasSubstr(R"(<tr class="state-missing" data-agency="D3")"));
  EXPECT_THAT(html.out, HasSubstr(R"(<p class="completeness incomplete">)"));
  EXPECT_THAT(html.out, HasSubstr("示例市人民政府"));
}

TEST_F(RegistryCliTest, BinaryReportsAreFiled) {
  SetUpTree();
  Result binary = Run({"convert", "--type", "gongkai.v1.AnnualReport", "--from", "json", "--to",
                       "binary", WriteFile("d1.json", Report("D1", 2))});
  ASSERT_EQ(binary.exit_code, kOk) << binary.err;
  EXPECT_EQ(File("D1", WriteFile("d1.binpb", binary.out)), "1\n");
  // A report of another agency is refused, naming both.
  Result other =
      Registry({"file", "--agency", "D2", "--year", "2023", (dir_ / "d1.json").string()});
  EXPECT_EQ(other.exit_code, kUnusable);
  EXPECT_THAT(other.err, HasSubstr("\"D1\" is not --agency \"D2\""));
}

TEST_F(RegistryCliTest, EverySubcommandHasItsOwnHelp) {
  Result group = Run({"registry", "--help"});
  EXPECT_EQ(group.exit_code, kOk);
  EXPECT_THAT(group.out, StartsWith("Usage: gongkai registry --db FILE SUBCOMMAND"));
  for (const char* sub : {"init", "agencies", "file", "lock", "accept", "diff", "rollup", "status",
                          "findings", "dispose", "verify", "head", "versions", "show"}) {
    EXPECT_THAT(group.out, HasSubstr("\n  " + std::string(sub) + " ")) << sub;
    Result help = Run({"registry", sub, "--help"});
    EXPECT_EQ(help.exit_code, kOk) << sub;
    EXPECT_THAT(help.out, StartsWith("Usage: gongkai registry --db FILE " + std::string(sub)))
        << sub;
    EXPECT_THAT(help.out, HasSubstr("--db=VALUE")) << sub;
    EXPECT_EQ(Run({"help", "registry", sub}).out, help.out) << sub;
    EXPECT_EQ(Run({"registry", "--db", "x", sub, "-h"}).out, help.out) << sub;
  }
  EXPECT_THAT(Run({"registry", "dispose", "--help"}).out, HasSubstr("--fingerprint=VALUE"));
  EXPECT_THAT(Run({"registry", "status", "--help"}).out, Not(HasSubstr("--fingerprint")));
}

TEST_F(RegistryCliTest, ErrorsNameTheFlag) {
  Result no_sub = Run({"registry", "--db", db_});
  EXPECT_EQ(no_sub.exit_code, kUnusable);
  EXPECT_THAT(no_sub.err, HasSubstr("give a subcommand"));
  Result unknown = Run({"registry", "--db", db_, "frobnicate"});
  EXPECT_EQ(unknown.exit_code, kUnusable);
  EXPECT_THAT(unknown.err, HasSubstr("unknown subcommand \"frobnicate\""));
  Result no_db = Run({"registry", "init"});
  EXPECT_EQ(no_db.exit_code, kUnusable);
  EXPECT_THAT(no_db.err, HasSubstr("gongkai registry init: missing the required flag --db"));
  Result missing = Registry({"status", "--year", "2023"});
  EXPECT_EQ(missing.exit_code, kUnusable);
  EXPECT_THAT(missing.err, HasSubstr("no such registry"));
  SetUpTree();
  Result flag = Registry({"status", "--year", "2023", "--fingerprint", "x"});
  EXPECT_EQ(flag.exit_code, kUnusable);
  EXPECT_THAT(flag.err, HasSubstr("does not take the flag --fingerprint"));
  EXPECT_THAT(flag.err, HasSubstr("gongkai registry status --help"));
  Result year = Registry({"status", "--year", "1990"});
  EXPECT_EQ(year.exit_code, kUnusable);
  EXPECT_THAT(year.err, HasSubstr("--year: 1990"));
  Result output = Registry({"status", "--year", "2023", "--output", "pdf"});
  EXPECT_THAT(output.err, HasSubstr("--output: \"pdf\" is not one of text, json, html"));
  Result from =
      Registry({"diff", "--agency", "D1", "--year", "2023", "--from", "one", "--to", "2"});
  EXPECT_EQ(from.exit_code, kUnusable);
  EXPECT_THAT(from.err, HasSubstr("--from: \"one\""));
  Result decision = Registry({"dispose", "--agency", "D1", "--year", "2023", "--fingerprint", "00",
                              "--decision", "maybe"});
  EXPECT_THAT(decision.err, HasSubstr("--decision: \"maybe\""));
  Result explanation = Registry({"dispose", "--agency", "D1", "--year", "2023", "--fingerprint",
                                 "00", "--decision", "explained"});
  EXPECT_THAT(explanation.err, HasSubstr("--explanation"));
  Result receipt = Registry({"verify", "--receipt", "abc"});
  EXPECT_EQ(receipt.exit_code, kUnusable);
  EXPECT_THAT(receipt.err, HasSubstr("--receipt: \"abc\" is not SEQ:HASH"));
  Result unknown_agency =
      Registry({"file", "--agency", "X9", "--year", "2023", WriteFile("x9.json", Report("X9", 1))});
  EXPECT_EQ(unknown_agency.exit_code, kUnusable);
  EXPECT_THAT(unknown_agency.err, HasSubstr("X9"));
  // Nothing above was stored.
  EXPECT_THAT(Registry({"verify"}).out, HasSubstr(" 0 versions"));
}

}  // namespace
}  // namespace gongkai::cli::testing
