/*
 * gongkai/registry.h: the filing registry (docs/registry.md): one SQLite file holding agencies in
 * their hierarchy, the annual reports they file as immutable versions on a hash chain, the
 * reviewers' dispositions of findings, acceptance, and the roll-up of accepted reports.
 *
 * Answers are the messages of gongkai/v1/registry.proto (gongkai.v1.FiledVersion,
 * RegistryFindingList, VersionDiff, RollupResult, RegistryStatus, ...) in the `format` the call
 * names (gongkai_format, gongkai/common.h); message inputs use the same format. Agency ids,
 * actors, reasons, fingerprints and explanations are NUL-terminated UTF-8. A version `number`
 * of 0 means the latest of (agency, year); a negative one is GONGKAI_INVALID_ARGUMENT. Actors'
 * names are stored as given and never appear in error messages.
 *
 * Every call that changes the store is one transaction: it happens entirely or not at all.
 * Besides the codes each function lists, any call that touches the store may return
 * GONGKAI_UNAVAILABLE when another writer holds it longer than the busy timeout (5 s; nothing
 * was changed, try again), GONGKAI_DATA_LOSS when the file is damaged,
 * GONGKAI_RESOURCE_EXHAUSTED for a full disk, and GONGKAI_FAILED_PRECONDITION for a file the
 * process may not open or write (a directory, a read-only file). A change is stored before its
 * answer is written: should memory run out for the answer alone (GONGKAI_RESOURCE_EXHAUSTED,
 * "out of memory"), the change stands; gongkai_registry_version_get reads it.
 *
 * Thread safety: a gongkai_registry must not be used by two threads at once, not even to read;
 * open one handle per thread. Any number of handles, in one process or several, may open the
 * same file: readers never wait, one writer at a time.
 */
#ifndef GONGKAI_REGISTRY_H_
#define GONGKAI_REGISTRY_H_

#include "gongkai/buffer.h"
#include "gongkai/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* An open registry file. */
typedef struct gongkai_registry gongkai_registry;

/*
 * Opens the registry file `path` (NUL-terminated); with `create` nonzero, creates the file and
 * its schema when it does not exist. A store of an earlier schema is migrated. The path
 * ":memory:" with `create` opens a new store held in memory, nothing of it durable and gone when
 * the handle is freed (for tests and trials; each such handle is a store of its own). Free the
 * handle with gongkai_registry_free. Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT for NULL out or
 * path; GONGKAI_NOT_FOUND when the file does not exist and create is 0;
 * GONGKAI_FAILED_PRECONDITION for an SQLite database that is not a Gongkai registry or one of a
 * newer schema; GONGKAI_DATA_LOSS for a damaged file or one that is not SQLite at all;
 * GONGKAI_UNAVAILABLE while another writer holds it.
 */
GONGKAI_API gongkai_code gongkai_registry_open(gongkai_registry** out, const char* path,
                                               int create);

/* Closes a registry; NULL does nothing. */
GONGKAI_API void gongkai_registry_free(gongkai_registry* registry);

/*
 * Adds the agencies of a gongkai.v1.RegistryAgencyList, or updates those whose id is stored
 * (name, level, parent, years), in one transaction. Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT
 * for NULL registry, a malformed list, or an entry with an empty id or name, an unknown parent, a
 * parent cycle or impossible years (the message names the entry, e.g. "agencies[3] (id ...)");
 * nothing is stored then.
 */
GONGKAI_API gongkai_code gongkai_registry_agencies_put(gongkai_registry* registry,
                                                       gongkai_format format,
                                                       const uint8_t* agencies, size_t size);

/*
 * Reads an agency list from `text` and stores it as gongkai_registry_agencies_put does: CSV
 * (UTF-8, header "id,name,level,parent", optionally ",first_year,last_year"; level 1..5 or its
 * name, e.g. 县级) or JSON (a gongkai.v1.RegistryAgencyList). Errors as for agencies_put, and
 * GONGKAI_INVALID_ARGUMENT naming the line and column of text that cannot be read.
 */
GONGKAI_API gongkai_code gongkai_registry_agencies_import(gongkai_registry* registry,
                                                          const uint8_t* text, size_t size);

/* The stored agencies, in id order, as a gongkai.v1.RegistryAgencyList. Returns GONGKAI_OK;
 * GONGKAI_INVALID_ARGUMENT for NULL out or registry or an unknown format. */
GONGKAI_API gongkai_code gongkai_registry_agencies_list(gongkai_buffer** out,
                                                        gongkai_registry* registry,
                                                        gongkai_format format);

/*
 * Files `report` (a gongkai.v1.AnnualReport; its agency and year say where) as the next version
 * of (agency, year), validated, with its findings stored; writes the new gongkai.v1.FiledVersion
 * to *out. `actor` (NUL-terminated) is who files it. A second or later version is a correction
 * (更正) and needs a `reason`; the first takes NULL or "". Returns GONGKAI_OK;
 * GONGKAI_INVALID_ARGUMENT for NULL out, registry or actor, a report that cannot be read, a
 * correction without a reason, or a year the agency is not expected to file; GONGKAI_NOT_FOUND
 * for an agency the registry does not know.
 */
GONGKAI_API gongkai_code gongkai_registry_file(gongkai_buffer** out, gongkai_registry* registry,
                                               gongkai_format format, const uint8_t* report,
                                               size_t size, const char* actor, const char* reason);

/*
 * The gongkai.v1.FiledVersion `number` (0: the latest) of (agency_id, year). Returns GONGKAI_OK;
 * GONGKAI_INVALID_ARGUMENT for NULL out, registry or agency_id, or a negative number;
 * GONGKAI_NOT_FOUND, naming agency, year and number, for a version that does not exist.
 */
GONGKAI_API gongkai_code gongkai_registry_version_get(gongkai_buffer** out,
                                                      gongkai_registry* registry,
                                                      gongkai_format format, const char* agency_id,
                                                      int year, int number);

/* The report of a version (0: the latest) as filed, a gongkai.v1.AnnualReport. Errors as for
 * gongkai_registry_version_get. */
GONGKAI_API gongkai_code gongkai_registry_report_get(gongkai_buffer** out,
                                                     gongkai_registry* registry,
                                                     gongkai_format format, const char* agency_id,
                                                     int year, int number);

/*
 * Locks a version (0: the latest) as the one published, by `actor`; writes the locked
 * gongkai.v1.FiledVersion to *out. Errors as for gongkai_registry_version_get, NULL actor too,
 * and GONGKAI_FAILED_PRECONDITION for a version already locked.
 */
GONGKAI_API gongkai_code gongkai_registry_lock(gongkai_buffer** out, gongkai_registry* registry,
                                               gongkai_format format, const char* agency_id,
                                               int year, int number, const char* actor);

/* A version's findings (0: the latest) with their fingerprints and dispositions, a
 * gongkai.v1.RegistryFindingList. Errors as for gongkai_registry_version_get. */
GONGKAI_API gongkai_code gongkai_registry_findings(gongkai_buffer** out, gongkai_registry* registry,
                                                   gongkai_format format, const char* agency_id,
                                                   int year, int number);

/* What a reviewer decides about a finding: the values of gongkai.v1.Disposition. */
typedef enum gongkai_disposition GONGKAI_ENUM_BASE {
  GONGKAI_DISPOSITION_EXPLAINED = 1,   /* explained and accepted: it no longer blocks acceptance */
  GONGKAI_DISPOSITION_MUST_CORRECT = 2 /* the agency must file a correction */
} gongkai_disposition;

/*
 * Records `actor`'s disposition of the finding with `fingerprint` in (agency_id, year): it holds
 * for every version of the year where the finding recurs. GONGKAI_DISPOSITION_EXPLAINED needs
 * an `explanation` (NULL or "" otherwise). Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT for NULL
 * registry, agency_id, fingerprint or actor, a disposition outside gongkai_disposition, or an
 * explained finding without explanation; GONGKAI_NOT_FOUND when no version of the year has the
 * finding.
 */
GONGKAI_API gongkai_code gongkai_registry_dispose(gongkai_registry* registry, const char* agency_id,
                                                  int year, const char* fingerprint,
                                                  gongkai_disposition disposition,
                                                  const char* explanation, const char* actor);

/*
 * Accepts a version (0: the latest), by `actor`: the filing gate. Writes the accepted
 * gongkai.v1.FiledVersion to *out. Errors as for gongkai_registry_lock, and
 * GONGKAI_FAILED_PRECONDITION, listing each by rule and fingerprint, while an error finding has
 * no explained disposition or a finding must be corrected.
 */
GONGKAI_API gongkai_code gongkai_registry_accept(gongkai_buffer** out, gongkai_registry* registry,
                                                 gongkai_format format, const char* agency_id,
                                                 int year, int number, const char* actor);

/* The cells that differ between versions from_number and to_number of (agency_id, year), in
 * statutory order, with both values: a gongkai.v1.VersionDiff. Errors as for
 * gongkai_registry_version_get, for either number. */
GONGKAI_API gongkai_code gongkai_registry_diff(gongkai_buffer** out, gongkai_registry* registry,
                                               gongkai_format format, const char* agency_id,
                                               int year, int from_number, int to_number);

/*
 * The roll-up of agency_id for `year`, a gongkai.v1.RollupResult: the sum of the latest
 * accepted versions of its children, every child with its state, complete = 0 while one is
 * missing or not accepted (the sum is then partial, never silently), and the agency's own
 * latest version compared with the sum. A missing child is not an error. Returns GONGKAI_OK;
 * GONGKAI_INVALID_ARGUMENT for NULL out, registry or agency_id, or children of different
 * layouts; GONGKAI_NOT_FOUND for an unknown agency; GONGKAI_OUT_OF_RANGE for a sum beyond 64
 * bits.
 */
GONGKAI_API gongkai_code gongkai_registry_rollup(gongkai_buffer** out, gongkai_registry* registry,
                                                 gongkai_format format, const char* agency_id,
                                                 int year);

/*
 * Every expected agency's filing state for `year` under `under` (NULL or "": every tree), a
 * gongkai.v1.RegistryStatus: filed, locked, accepted or missing, open findings, completeness.
 * Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT for NULL out or registry; GONGKAI_NOT_FOUND for
 * an unknown `under`.
 */
GONGKAI_API gongkai_code gongkai_registry_status(gongkai_buffer** out, gongkai_registry* registry,
                                                 gongkai_format format, int year,
                                                 const char* under);

/*
 * Checks the whole store against its hash chain, a gongkai.v1.RegistryVerification: the head,
 * and every problem found (none: no stored version, lock, acceptance or disposition was altered
 * or removed). Problems are results, not failures. Returns GONGKAI_OK;
 * GONGKAI_INVALID_ARGUMENT for NULL out or registry; GONGKAI_DATA_LOSS for a store that cannot
 * be read.
 */
GONGKAI_API gongkai_code gongkai_registry_verify(gongkai_buffer** out, gongkai_registry* registry,
                                                 gongkai_format format);

/* The chain's head, a gongkai.v1.RegistryReceipt: the receipt to hand the supervising office.
 * Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT for NULL out or registry. */
GONGKAI_API gongkai_code gongkai_registry_head(gongkai_buffer** out, gongkai_registry* registry,
                                               gongkai_format format);

/*
 * Checks a receipt handed out earlier (a gongkai.v1.RegistryReceipt, a past head): GONGKAI_OK
 * when the chain still holds an entry at its sequence with its hash; with
 * gongkai_registry_verify (the chain from there to the head) this proves that nothing it covers
 * changed since. Returns GONGKAI_INVALID_ARGUMENT for NULL registry or a malformed receipt;
 * GONGKAI_FAILED_PRECONDITION, giving the sequence, when the entry is gone or has another hash:
 * the history up to it was rewritten.
 */
GONGKAI_API gongkai_code gongkai_registry_check_receipt(gongkai_registry* registry,
                                                        gongkai_format format,
                                                        const uint8_t* receipt, size_t size);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* GONGKAI_REGISTRY_H_ */
