// A seeded, deterministic generator of realistic records for one agency and one report year:
// proactive disclosures with their issuance slips, applications, remedies, the figures entered
// by hand, and the agency (tools/gen/README.md).
//
// Every record is made from its own random stream, derived from (seed, kind, index), so the
// same options give byte-identical records on every platform, records are produced one at a
// time (ten million never sit in memory), and record i of one kind can be re-made on its own.
// Nothing here uses floating point or the standard library's distributions.
//
// Personal fields are obviously fake ("（虚构）", id numbers starting 000000, example.com mail);
// with GenOptions::marker set, every personal field contains the marker.
#ifndef GONGKAI_TOOLS_GEN_GENERATE_H_
#define GONGKAI_TOOLS_GEN_GENERATE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "calendar/calendar.h"
#include "gongkai/v1/application.pb.h"
#include "gongkai/v1/common.pb.h"
#include "gongkai/v1/disclosure.pb.h"
#include "gongkai/v1/remedy.pb.h"
#include "gongkai/v1/report.pb.h"
#include "gongkai/v1/slip.pb.h"

namespace gongkai::gen {

// What to generate. The defaults are one district-year of the size of the seed report
// (35,520 items published proactively, 2,493 applications).
struct GenOptions {
  uint64_t seed = 1;
  // The report year, 2019..2099.
  int year = 2025;
  // How many records of each kind; exactly this many are produced (>= 0). Slips are not
  // counted: one is made for every disclosure that is an official document (has a 文号).
  int64_t disclosures = 35000;
  int64_t applications = 2500;
  int64_t remedies = 150;
  // The agency (its id is also the organisation code of every 索引号).
  std::string agency_id = "11110105MB0000000X";
  std::string agency_name = "示范市临江区人民政府";
  v1::AgencyLevel agency_level = v1::AGENCY_LEVEL_COUNTY;
  std::string parent_id = "11110100MB0000000X";
  // When not empty, every personal field of every application contains it.
  std::string marker;
  // Put the fixed scenario records first (the example profile): one application per outcome
  // and per procedure, every kind and result of remedy, rules and normative documents issued,
  // repealed and in force, late and overdue publications, slips with a return, a withholding
  // and a 第十八条 change. They count towards the totals above (and are cut short by them).
  bool scenarios = false;
  // The day the data is taken: no event, publication or conclusion after it. Default (nullopt):
  // 31 December of `year`; otherwise 31 December of `year` .. 31 December of year + 1.
  std::optional<absl::CivilDay> as_of;
  // The working-day calendar; null means calendar::Calendar::National().
  std::shared_ptr<const calendar::Calendar> calendar;
};

// The options `gongkai-gen --profile example` uses for examples/district: the defaults with
// seed 2025, report year 2025, 260 disclosures, 140 applications, 24 remedies and scenarios.
GenOptions ExampleOptions();

// OK, or InvalidArgument naming the option and its value (never the marker's text).
absl::Status CheckOptions(const GenOptions& options);

// The agency the records belong to.
absl::StatusOr<v1::Agency> GenerateAgency(const GenOptions& options);

// Calls `visit` once per record, in order: the scenarios, then the records of earlier years
// (normative documents and rules still catalogued; applications received in November and
// December of the year before; remedies filed the year before), then the year's records in
// date order. The message passed is valid only during the call. Errors: those of CheckOptions.
absl::Status GenerateDisclosures(const GenOptions& options,
                                 absl::FunctionRef<void(const v1::Disclosure&)> visit);
// The slips of the disclosures that have one (slip_id set), in the disclosures' order.
absl::Status GenerateSlips(const GenOptions& options,
                           absl::FunctionRef<void(const v1::IssuanceSlip&)> visit);
// Both in one pass: each disclosure, then its slip if it has one.
absl::Status GenerateDisclosuresAndSlips(const GenOptions& options,
                                         absl::FunctionRef<void(const v1::Disclosure&)> disclosure,
                                         absl::FunctionRef<void(const v1::IssuanceSlip&)> slip);
absl::Status GenerateApplications(const GenOptions& options,
                                  absl::FunctionRef<void(const v1::Application&)> visit);
absl::Status GenerateRemedies(const GenOptions& options,
                              absl::FunctionRef<void(const v1::Remedy&)> visit);

// The figures of table 二 that live in other systems (items （五）（六）（八）, and （九） in the
// 2019 layout), with provenance SOURCE_ENTERED, and the three narrative sections, for the layout
// in force for the year. Nothing derived from records is set.
absl::StatusOr<v1::AnnualReport> GenerateEntered(const GenOptions& options);

}  // namespace gongkai::gen

#endif  // GONGKAI_TOOLS_GEN_GENERATE_H_
