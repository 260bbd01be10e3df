// The filing registry (docs/registry.md): one SQLite file holding agencies and their hierarchy,
// the annual reports they file as immutable versions, a hash chain over every change, the
// reviewers' dispositions of findings, acceptance, and the roll-up of accepted reports.
//
// Every method that changes the store is one transaction: it happens entirely or not at all.
// A Registry is used by one thread at a time; several processes (or several Registry objects)
// may open the same file: readers never block, one writer at a time, and a writer that waits
// longer than OpenOptions::busy_timeout gets Unavailable ("... is busy"), never a damaged store.
#ifndef GONGKAI_LIB_REGISTRY_REGISTRY_H_
#define GONGKAI_LIB_REGISTRY_REGISTRY_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "gongkai/v1/registry.pb.h"
#include "gongkai/v1/report.pb.h"

struct sqlite3;

namespace gongkai::registry {

// The schema this library writes. A store of an earlier version is migrated on open (when
// OpenOptions::migrate); one of a later version is refused.
inline constexpr int kSchemaVersion = 1;

struct OpenOptions {
  // Create the file (and the schema) when it does not exist; otherwise NotFound.
  bool create = false;
  // Bring a store of an earlier schema up to kSchemaVersion; otherwise FailedPrecondition.
  bool migrate = true;
  // How long a writer waits for another to finish before Unavailable.
  absl::Duration busy_timeout = absl::Seconds(5);
  // The time recorded in versions and the chain; the system clock by default. Tests fix it.
  std::function<absl::Time()> now = nullptr;
};

// Who does something and, for a correction or a disposition, why.
struct Actor {
  std::string name;  // "张三 (县政府办)"; stored as given, never in error messages
};

class Registry {
 public:
  // Opens `path`; ":memory:" (with options.create) is a new store in memory, gone with the
  // Registry (SQLite's convention; tests and trials). Errors:
  // - NotFound when it does not exist and !options.create;
  // - FailedPrecondition when it is not a Gongkai registry ("... is an SQLite database but not
  //   a Gongkai registry"), or of a newer schema ("schema 3 is newer than this library's 1"),
  //   or of an older one and !options.migrate;
  // - DataLoss when the file is damaged or not an SQLite database at all;
  // - Unavailable when it is locked longer than busy_timeout; ResourceExhausted for a full disk.
  static absl::StatusOr<std::unique_ptr<Registry>> Open(const std::string& path,
                                                        const OpenOptions& options = {});
  ~Registry();
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;

  // The schema version stored in the file (kSchemaVersion once open).
  int schema_version() const;

  // --- Agencies ---
  // Adds agencies, or updates those whose id exists (name, level, parent, years), all in one
  // transaction. InvalidArgument naming the entry ("agencies[3] (id 1135...): parent X is not
  // known") for an empty id or name, an unknown parent (neither stored nor in the list), a
  // parent cycle ("... would make a cycle: A → B → A"), first_year > last_year, a year outside
  // 2019..2100. Nothing is stored on error.
  absl::Status PutAgencies(const v1::RegistryAgencyList& agencies);
  // The agencies, in id order.
  absl::StatusOr<v1::RegistryAgencyList> ListAgencies() const;
  // Reads an agency list from CSV (UTF-8, header "id,name,level,parent" with optional
  // "first_year,last_year"; level as a number 1..5 or its name, e.g. 县级) or JSON
  // (a RegistryAgencyList). InvalidArgument naming the line and column.
  static absl::StatusOr<v1::RegistryAgencyList> ParseAgencyList(absl::string_view text);

  // --- Filing ---
  // Stores `report` as the next version of (agency, year) and returns it. The agency and year
  // are the report's; the agency must be known and expected that year. The report is validated
  // (with the agency's latest version of year - 1 as the previous year, when there is one) and
  // the findings stored with it. A second or later version is a correction and needs a reason.
  // Errors: NotFound for an unknown agency; InvalidArgument for a report that cannot be read
  // (ReadFigures' errors), a missing reason, a year the agency is not expected to file.
  absl::StatusOr<v1::FiledVersion> File(const v1::AnnualReport& report, const Actor& actor,
                                        absl::string_view reason = "");
  // A version's metadata; number 0: the latest. NotFound naming agency, year and number.
  absl::StatusOr<v1::FiledVersion> GetVersion(absl::string_view agency_id, int year,
                                              int number = 0) const;
  // Every version of (agency, year), oldest first.
  absl::StatusOr<std::vector<v1::FiledVersion>> ListVersions(absl::string_view agency_id,
                                                             int year) const;
  // The report as filed. NotFound as GetVersion.
  absl::StatusOr<v1::AnnualReport> GetReport(absl::string_view agency_id, int year,
                                             int number = 0) const;
  // Marks a version (0: the latest) as the one published. Locking twice is FailedPrecondition.
  absl::StatusOr<v1::FiledVersion> Lock(absl::string_view agency_id, int year, int number,
                                        const Actor& actor);

  // --- Review ---
  // A version's findings with their fingerprints and dispositions.
  absl::StatusOr<v1::RegistryFindingList> Findings(absl::string_view agency_id, int year,
                                                   int number = 0) const;
  // Records a disposition for the finding with `fingerprint` of (agency, year). It holds for
  // every version of that year where the finding recurs, and re-running validation never
  // changes it. DISPOSITION_EXPLAINED needs an explanation. NotFound when no version of the
  // year has that finding.
  absl::Status Dispose(absl::string_view agency_id, int year, absl::string_view fingerprint,
                       v1::Disposition disposition, absl::string_view explanation,
                       const Actor& actor);
  // Accepts a version (0: the latest): the filing gate. FailedPrecondition listing every error
  // finding without DISPOSITION_EXPLAINED, and every finding marked DISPOSITION_MUST_CORRECT
  // ("version 2 has 2 findings that block acceptance: T3-balance (fingerprint ...) ...").
  absl::StatusOr<v1::FiledVersion> Accept(absl::string_view agency_id, int year, int number,
                                          const Actor& actor);

  // The cells that differ between two versions, in statutory order.
  absl::StatusOr<v1::VersionDiff> Diff(absl::string_view agency_id, int year, int from_number,
                                       int to_number) const;

  // --- Roll-up and status ---
  // Sums the latest accepted versions of the agency's children expected in `year` (reading the
  // stored compact cells, not protobuf reports) and compares the agency's own latest version
  // with the sum. Never fails for a missing child: the result says it is incomplete. NotFound
  // for an unknown agency; InvalidArgument when children use different layouts; OutOfRange when
  // a sum exceeds 64 bits.
  absl::StatusOr<v1::RollupResult> Rollup(absl::string_view agency_id, int year) const;
  // Every expected agency's state for `year`, under `under` (empty: every tree).
  absl::StatusOr<v1::RegistryStatus> Status(int year, absl::string_view under = "") const;

  // --- Integrity ---
  // Recomputes every version's digest from its stored report and every chain entry's hash, and
  // checks that versions, locks, acceptances and dispositions are exactly those the chain
  // records. Problems are listed, not returned as errors; errors are for a store that cannot be
  // read.
  absl::StatusOr<v1::RegistryVerification> Verify() const;
  // The chain's head: the receipt to hand the supervising office.
  absl::StatusOr<v1::RegistryReceipt> Head() const;
  // Checks a receipt handed out earlier (a past Head): OK when the chain still holds an entry
  // at its sequence with its hash. FailedPrecondition ("receipt 12 does not match: ...") when
  // the entry is gone or has another hash, i.e. the history up to it was rewritten. Together
  // with Verify (which checks the chain from there to the head) it proves nothing it covers
  // changed since the receipt was taken.
  absl::Status CheckReceipt(const v1::RegistryReceipt& receipt) const;

 private:
  struct Impl;
  explicit Registry(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The fingerprint of a finding: stable across runs and versions (lowercase hex, 32 digits).
std::string Fingerprint(const v1::Finding& finding);

// The canonical serialization a version's digest covers: the report's deterministic protobuf
// encoding with its cells in statutory order.
absl::StatusOr<std::string> CanonicalBytes(const v1::AnnualReport& report);

}  // namespace gongkai::registry

#endif  // GONGKAI_LIB_REGISTRY_REGISTRY_H_
