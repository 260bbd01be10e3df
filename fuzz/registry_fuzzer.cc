// The filing registry (gongkai/registry.h) on a store held in memory (":memory:"), fresh for
// every input: agency lists from outside (CSV, JSON, binary), reports filed and corrected, and
// every call that takes a name, number, fingerprint or receipt from its caller.
//
// Input: selector, then parts. Selector bit 0: JSON or binary; bits 1-2: the operation;
// bits 3-4: the agency a report is filed for (0 the district D, 1 the city C, 2 the province P,
// 3 the report's own agency).
//   0 agencies_import TEXT                    2 file REPORT into the tree P ← C ← D, then review
//   1 agencies_put LIST                         it: findings, dispose, accept, lock, correct, diff,
//                                               roll up, status
//   3 every call with caller's values, over the tree and one filed report:
//     AGENCY \ FINGERPRINT \ EXPLANATION \ RECEIPT (bits 5-7: year 2019 + n, number n - 1)
// Promises checked beyond fuzz_support.h: a list that was stored is listed back and stores
// again to the same list; a filed version reads back as filed and its report as stored; a
// version's findings once explained let it be accepted; the roll-up of C over the accepted D
// equals gongkai_report_merge of D's report (cells and the codes both); verify finds no
// problem, and the head checks as a receipt, after every input.
#include <string>
#include <vector>

#include "common/coding.h"
#include "fuzz_support.h"
#include "gongkai/v1/registry.pb.h"
#include "gongkai/v1/report.pb.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"

namespace {

using gongkai::fuzz::Bytes;
using gongkai::fuzz::CallForBuffer;
using gongkai::fuzz::Checked;
using gongkai::fuzz::Fail;
using gongkai::fuzz::Required;
namespace v1 = gongkai::v1;

constexpr gongkai_format kBinary = GONGKAI_FORMAT_BINARY;
constexpr char kTree[] =
    "id,name,level,parent\n"
    "P,示例省人民政府,1,\n"
    "C,示例市人民政府,2,P\n"
    "D,示例区人民政府,3,C\n";

// A fresh store in memory; freed at the end of the input.
class Store {
 public:
  Store() {
    if (Checked(gongkai_registry_open(&r_, ":memory:", 1), "gongkai_registry_open") != GONGKAI_OK)
      Fail("gongkai_registry_open", "an in-memory store did not open");
  }
  ~Store() { gongkai_registry_free(r_); }
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  gongkai_registry* get() const { return r_; }

 private:
  gongkai_registry* r_ = nullptr;
};

template <typename Message>
Message Parsed(const std::string& bytes, const char* call,
               gongkai_format format = GONGKAI_FORMAT_BINARY) {
  Message m;
  const bool parsed = format == GONGKAI_FORMAT_JSON
                          ? google::protobuf::util::JsonStringToMessage(bytes, &m).ok()
                          : m.ParseFromString(bytes);
  if (!parsed) Fail(call, "output does not parse");
  return m;
}

std::string Listed(gongkai_registry* r) {
  return Required("gongkai_registry_agencies_list", [&](gongkai_buffer** out) {
    return gongkai_registry_agencies_list(out, r, kBinary);
  });
}

// A stored list is listed back, and storing what was listed changes nothing.
void ListsBack(gongkai_registry* r) {
  const std::string list = Listed(r);
  if (Checked(gongkai_registry_agencies_put(r, kBinary, Bytes(list), list.size()),
              "gongkai_registry_agencies_put") != GONGKAI_OK)
    Fail("gongkai_registry_agencies_put", "the listed agencies do not store again");
  if (Listed(r) != list) Fail("gongkai_registry_agencies_put", "storing the list changed it");
}

// Verify finds nothing wrong, and the head checks as a receipt.
void Verified(gongkai_registry* r) {
  const std::string bytes = Required("gongkai_registry_verify", [&](gongkai_buffer** out) {
    return gongkai_registry_verify(out, r, kBinary);
  });
  const auto v = Parsed<v1::RegistryVerification>(bytes, "gongkai_registry_verify");
  if (v.problems_size() != 0) Fail("gongkai_registry_verify", v.problems(0).c_str());
  const std::string head = Required("gongkai_registry_head", [&](gongkai_buffer** out) {
    return gongkai_registry_head(out, r, kBinary);
  });
  if (Checked(gongkai_registry_check_receipt(r, kBinary, Bytes(head), head.size()),
              "gongkai_registry_check_receipt") != GONGKAI_OK)
    Fail("gongkai_registry_check_receipt", "the head is not a receipt of its own chain");
}

void Tree(gongkai_registry* r) {
  if (Checked(gongkai_registry_agencies_import(r, Bytes(kTree), sizeof kTree - 1),
              "gongkai_registry_agencies_import") != GONGKAI_OK)
    Fail("gongkai_registry_agencies_import", "the fixed tree");
}

gongkai_code File(gongkai_registry* r, gongkai_format format, const std::string& report,
                  const char* reason, v1::FiledVersion* filed) {
  std::string bytes;
  const gongkai_code code = CallForBuffer(
      "gongkai_registry_file",
      [&](gongkai_buffer** out) {
        return gongkai_registry_file(out, r, format, Bytes(report), report.size(), "fuzz", reason);
      },
      &bytes);
  if (code == GONGKAI_OK) *filed = Parsed<v1::FiledVersion>(bytes, "gongkai_registry_file", format);
  return code;
}

// The report retargeted at `agency` (kept when empty), as binary; empty when it does not parse.
std::string Retargeted(gongkai_format format, const std::string& report, const char* agency) {
  std::string binary;
  if (format == GONGKAI_FORMAT_JSON) {
    gongkai_buffer* out = nullptr;
    if (gongkai_message_from_json(&out, 0, "gongkai.v1.AnnualReport", report.data(),
                                  report.size()) != GONGKAI_OK)
      return "";
    binary.assign(reinterpret_cast<const char*>(gongkai_buffer_data(out)),
                  gongkai_buffer_size(out));
    gongkai_buffer_free(out);
  } else {
    binary = report;
  }
  v1::AnnualReport parsed;
  if (!parsed.ParseFromString(binary)) return "";
  if (*agency != '\0') parsed.mutable_agency()->set_id(agency);
  return parsed.SerializeAsString();
}

// Explains every open finding of the latest version, then accepts it: the gate must open.
void ExplainAndAccept(gongkai_registry* r, const v1::FiledVersion& filed) {
  const char* id = filed.agency_id().c_str();
  const std::string bytes = Required("gongkai_registry_findings", [&](gongkai_buffer** out) {
    return gongkai_registry_findings(out, r, kBinary, id, filed.year(), 0);
  });
  const auto list = Parsed<v1::RegistryFindingList>(bytes, "gongkai_registry_findings");
  for (const v1::RegistryFinding& f : list.findings()) {
    if (Checked(gongkai_registry_dispose(r, id, filed.year(), f.fingerprint().c_str(),
                                         GONGKAI_DISPOSITION_EXPLAINED, "已说明", "fuzz"),
                "gongkai_registry_dispose") != GONGKAI_OK)
      Fail("gongkai_registry_dispose", "a listed finding could not be explained");
  }
  Required("gongkai_registry_accept", [&](gongkai_buffer** out) {
    return gongkai_registry_accept(out, r, kBinary, id, filed.year(), 0, "fuzz");
  });
}

// The roll-up of C, once D's report is accepted, equals the merge of that report.
void RollsUpAsMerge(gongkai_registry* r, int year) {
  const std::string report = Required("gongkai_registry_report_get", [&](gongkai_buffer** out) {
    return gongkai_registry_report_get(out, r, kBinary, "D", year, 0);
  });
  std::string rolled;
  const gongkai_code rolled_code = CallForBuffer(
      "gongkai_registry_rollup",
      [&](gongkai_buffer** out) { return gongkai_registry_rollup(out, r, kBinary, "C", year); },
      &rolled);
  v1::Agency parent;
  parent.set_id("C");
  parent.set_name("示例市人民政府");
  const std::string parent_bytes = parent.SerializeAsString();
  std::string stream;  // one length-delimited member
  gongkai::PutVarint64(&stream, report.size());
  stream += report;
  std::string merged;
  const gongkai_code merged_code = CallForBuffer(
      "gongkai_report_merge",
      [&](gongkai_buffer** out) {
        return gongkai_report_merge(out, kBinary, Bytes(parent_bytes), parent_bytes.size(),
                                    Bytes(stream), stream.size());
      },
      &merged);
  if (rolled_code != merged_code) Fail("gongkai_registry_rollup", "a code merge does not give");
  if (rolled_code != GONGKAI_OK) return;
  const auto rollup = Parsed<v1::RollupResult>(rolled, "gongkai_registry_rollup");
  const auto sum = Parsed<v1::AnnualReport>(merged, "gongkai_report_merge");
  if (!rollup.complete()) Fail("gongkai_registry_rollup", "incomplete with its one child accepted");
  if (rollup.report().cells_size() != sum.cells_size())
    Fail("gongkai_registry_rollup", "a cell count merge does not give");
  for (int c = 0; c < sum.cells_size(); ++c) {
    if (!google::protobuf::util::MessageDifferencer::Equals(rollup.report().cells(c), sum.cells(c)))
      Fail("gongkai_registry_rollup", sum.cells(c).key().c_str());
  }
}

void Review(gongkai_registry* r, const std::string& status_under, const v1::FiledVersion& filed) {
  const char* id = filed.agency_id().c_str();
  std::string bytes;
  if (CallForBuffer(
          "gongkai_registry_version_get",
          [&](gongkai_buffer** out) {
            return gongkai_registry_version_get(out, r, kBinary, id, filed.year(), 0);
          },
          &bytes) != GONGKAI_OK ||
      !google::protobuf::util::MessageDifferencer::Equals(
          Parsed<v1::FiledVersion>(bytes, "gongkai_registry_version_get"), filed))
    Fail("gongkai_registry_version_get", "the version does not read back as filed");
  ExplainAndAccept(r, filed);
  CallForBuffer(
      "gongkai_registry_lock",
      [&](gongkai_buffer** out) {
        return gongkai_registry_lock(out, r, kBinary, id, filed.year(), 0, "fuzz");
      },
      nullptr);
  if (filed.agency_id() == "D") RollsUpAsMerge(r, filed.year());
  CallForBuffer(
      "gongkai_registry_status",
      [&](gongkai_buffer** out) {
        return gongkai_registry_status(out, r, kBinary, filed.year(), status_under.c_str());
      },
      nullptr);
}

void FileAndReview(gongkai_registry* r, gongkai_format format, uint8_t target,
                   const std::string& report) {
  Tree(r);
  static const char* const kTargets[] = {"D", "C", "P", ""};
  v1::FiledVersion filed;
  gongkai_code code = File(r, format, report, nullptr, &filed);
  std::string binary;
  if (code != GONGKAI_OK) {  // the report's own agency is rarely in the tree: file it for one
    binary = Retargeted(format, report, kTargets[target]);
    if (binary.empty()) return;
    code = File(r, kBinary, binary, nullptr, &filed);
    if (code != GONGKAI_OK) return;
  } else {
    binary = Retargeted(format, report, "");
  }
  Review(r, filed.agency_id(), filed);
  // A correction: the same report again, then what changed (nothing).
  v1::FiledVersion corrected;
  if (File(r, kBinary, binary, "更正", &corrected) != GONGKAI_OK)
    Fail("gongkai_registry_file", "a correction of a filed report was refused");
  const std::string bytes = Required("gongkai_registry_diff", [&](gongkai_buffer** out) {
    return gongkai_registry_diff(out, r, kBinary, filed.agency_id().c_str(), filed.year(),
                                 filed.number(), corrected.number());
  });
  if (Parsed<v1::VersionDiff>(bytes, "gongkai_registry_diff").changes_size() != 0)
    Fail("gongkai_registry_diff", "the same report filed twice differs");
}

// Every call with the caller's values, over the tree and one filed report of D for 2024.
void Values(gongkai_registry* r, gongkai_format format, uint8_t selector,
            gongkai::fuzz::Input& in) {
  Tree(r);
  const std::string report =
      R"({"agency":{"id":"D","name":"示例区人民政府"},"year":2024,"layout":"2021",)"
      R"("cells":[{"key":"t3.new.natural_person","count":"1"}]})";
  gongkai_buffer* out = nullptr;
  if (gongkai_report_validate(&out, nullptr, nullptr, GONGKAI_FORMAT_JSON, Bytes(report),
                              report.size()) != GONGKAI_OK)
    Fail("gongkai_report_validate", "the fixed report");
  gongkai_buffer_free(out);
  v1::FiledVersion filed;
  if (File(r, GONGKAI_FORMAT_JSON, report, nullptr, &filed) != GONGKAI_OK)
    Fail("gongkai_registry_file", "the fixed report");
  const std::string agency = in.Part();
  const std::string fingerprint = in.Part();
  const std::string explanation = in.Part();
  const std::string receipt = in.Rest();
  const int year = 2019 + (selector >> 5);
  const int number = static_cast<int>(selector >> 5) - 1;
  const char* id = agency.c_str();
  const auto any = [&](const char* call, auto fn) { CallForBuffer(call, fn, nullptr); };
  any("gongkai_registry_version_get", [&](gongkai_buffer** o) {
    return gongkai_registry_version_get(o, r, format, id, year, number);
  });
  any("gongkai_registry_report_get", [&](gongkai_buffer** o) {
    return gongkai_registry_report_get(o, r, format, id, year, number);
  });
  any("gongkai_registry_findings", [&](gongkai_buffer** o) {
    return gongkai_registry_findings(o, r, format, id, year, number);
  });
  for (const int d : {0, 1, 2, 3}) {
    Checked(gongkai_registry_dispose(r, id, year, fingerprint.c_str(),
                                     static_cast<gongkai_disposition>(d), explanation.c_str(),
                                     explanation.c_str()),
            "gongkai_registry_dispose");
  }
  any("gongkai_registry_diff", [&](gongkai_buffer** o) {
    return gongkai_registry_diff(o, r, format, id, year, number, number + 1);
  });
  any("gongkai_registry_rollup",
      [&](gongkai_buffer** o) { return gongkai_registry_rollup(o, r, format, id, year); });
  any("gongkai_registry_status",
      [&](gongkai_buffer** o) { return gongkai_registry_status(o, r, format, year, id); });
  any("gongkai_registry_lock", [&](gongkai_buffer** o) {
    return gongkai_registry_lock(o, r, format, id, year, number, explanation.c_str());
  });
  any("gongkai_registry_accept", [&](gongkai_buffer** o) {
    return gongkai_registry_accept(o, r, format, id, year, number, explanation.c_str());
  });
  Checked(gongkai_registry_check_receipt(r, format, Bytes(receipt), receipt.size()),
          "gongkai_registry_check_receipt");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  gongkai::fuzz::Input in(data, size);
  const uint8_t selector = in.Byte();
  const gongkai_format format = gongkai::fuzz::FormatOf(selector);
  Store store;
  gongkai_registry* r = store.get();
  switch ((selector >> 1) & 3) {
    case 0: {
      const std::string text = in.Rest();
      if (Checked(gongkai_registry_agencies_import(r, Bytes(text), text.size()),
                  "gongkai_registry_agencies_import") == GONGKAI_OK)
        ListsBack(r);
      else if (!Listed(r).empty())
        Fail("gongkai_registry_agencies_import", "a refused list left agencies behind");
      break;
    }
    case 1: {
      const std::string list = in.Rest();
      if (Checked(gongkai_registry_agencies_put(r, format, Bytes(list), list.size()),
                  "gongkai_registry_agencies_put") == GONGKAI_OK)
        ListsBack(r);
      break;
    }
    case 2:
      FileAndReview(r, format, (selector >> 3) & 3, in.Rest());
      break;
    default:
      Values(r, format, selector, in);
      break;
  }
  Verified(r);
  return 0;
}
