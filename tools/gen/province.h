// A province-sized filing registry (docs/performance.md, "The registry"): a four-level tree of
// agencies (the province, its cities, their counties, and the townships and departments under
// each county), each filing its annual report for several years, some in several versions
// (corrections of reports with error findings), most versions locked and accepted, a few
// agencies missing a year. Deterministic for the same options, like the record generator.
#ifndef GONGKAI_TOOLS_GEN_PROVINCE_H_
#define GONGKAI_TOOLS_GEN_PROVINCE_H_

#include <cstdint>
#include <functional>
#include <string>

#include "absl/status/status.h"
#include "gongkai/v1/registry.pb.h"
#include "registry/registry.h"

namespace gongkai::gen {

struct ProvinceOptions {
  uint64_t seed = 1;
  // Agencies in the tree, >= 4: one province, one city per 1,250 agencies (at least one), twelve
  // counties per city, the rest spread over the counties.
  int agencies = 20000;
  // The report years last_year - years + 1 .. last_year, all of the 2021 layout.
  int last_year = 2025;
  int years = 5;
  // Versions an agency files for a year: exactly this many with `all_versions`, else 1 to this
  // many. Every version but the last is a correction's predecessor; about half of those have
  // two error findings, which the last one corrects.
  int versions = 3;
  bool all_versions = false;
};

// OK, or InvalidArgument naming the option.
absl::Status CheckProvinceOptions(const ProvinceOptions& options);

// The tree, parents before children.
v1::RegistryAgencyList ProvinceAgencies(const ProvinceOptions& options);

// The ids of the agencies that have children, parents before children.
std::vector<std::string> ProvinceParents(const ProvinceOptions& options);

// Puts the agencies into `store` and files every year's versions: about 2% of agencies miss a
// year; the last version of a year is accepted (90%) after being locked (half of those); about
// 5% of years keep a single version with error findings that a reviewer explained, then
// accepted. `progress`, if set, is called after each year with the year and versions filed.
absl::Status FileProvince(const ProvinceOptions& options, registry::Registry& store,
                          const std::function<void(int year, int64_t versions)>& progress = {});

}  // namespace gongkai::gen

#endif  // GONGKAI_TOOLS_GEN_PROVINCE_H_
