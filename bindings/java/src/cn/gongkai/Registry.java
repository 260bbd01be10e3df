package cn.gongkai;

import cn.gongkai.GongkaiLibrary.CString;
import cn.gongkai.GongkaiLibrary.gongkai_registry;
import cn.gongkai.v1.AnnualReport;
import cn.gongkai.v1.Disposition;
import cn.gongkai.v1.FiledVersion;
import cn.gongkai.v1.RegistryAgencyList;
import cn.gongkai.v1.RegistryFindingList;
import cn.gongkai.v1.RegistryReceipt;
import cn.gongkai.v1.RegistryStatus;
import cn.gongkai.v1.RegistryVerification;
import cn.gongkai.v1.RollupResult;
import cn.gongkai.v1.VersionDiff;
import com.google.protobuf.Parser;
import com.sun.jna.ptr.PointerByReference;
import java.lang.ref.Reference;
import java.nio.file.Path;

/**
 * The filing registry (docs/registry.md): one SQLite file of agencies in their hierarchy, the
 * annual reports they file as immutable versions on a hash chain, reviewers' dispositions of
 * findings, acceptance, and the roll-up of accepted reports. Answers are the cn.gongkai.v1
 * messages of registry.proto. A version number of 0 is the latest.
 *
 * <p>Every change is one transaction. GongkaiException UNAVAILABLE when another writer holds the
 * file longer than the busy timeout (nothing changed; try again); DATA_LOSS for a damaged file.
 *
 * <p>Thread safety: not for two threads at once, not even to read; open one per thread (several
 * may open the same file, in one process or several).
 */
public final class Registry implements AutoCloseable {
  private final Owned<gongkai_registry> handle;

  private Registry(gongkai_registry pointer) {
    handle = new Owned<>(this, pointer, p -> Lib.get().gongkai_registry_free(p), "Registry");
  }

  /** Opens an existing registry file. */
  public static Registry open(Path path) {
    return open(path, false);
  }

  /**
   * Opens `path`; with `create`, creates the file when it does not exist. GongkaiException
   * NOT_FOUND when it does not exist; FAILED_PRECONDITION for an SQLite file that is not a
   * Gongkai registry or of a newer schema; DATA_LOSS for a damaged file or one that is not
   * SQLite; UNAVAILABLE while another writer holds it.
   */
  public static Registry open(Path path, boolean create) {
    GongkaiLibrary lib = Lib.get();
    CString p = Lib.name(path.toString(), "path");
    PointerByReference out = new PointerByReference();
    Lib.check(lib.gongkai_registry_open(out, p, create ? 1 : 0));
    return new Registry(new gongkai_registry(out.getValue()));
  }

  /** A C call on the handle whose answer goes to a buffer. */
  @FunctionalInterface
  private interface Call {
    int call(PointerByReference out, gongkai_registry r);
  }

  /** Runs `call` on the handle and parses its answer. Callers have called Lib.get() first (see
   * there: a missing jar is then reported clearly). */
  private <T> T answer(Parser<T> parser, String what, Call call) {
    try {
      gongkai_registry r = handle.get();
      byte[] out = Lib.callForBuffer(b -> call.call(b, r));
      return Protos.parse(parser, out, what);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  // --- Agencies ---

  /**
   * Adds, or updates by id, the agencies of `agencies`, all or none. GongkaiException
   * INVALID_ARGUMENT naming the entry for an empty id or name, an unknown parent, a cycle or
   * impossible years.
   */
  public void putAgencies(RegistryAgencyList agencies) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = agencies.toByteArray();
    try {
      Lib.check(lib.gongkai_registry_agencies_put(handle.get(), Lib.BINARY, data, Lib.size(data)));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * Stores the agencies of a CSV (header "id,name,level,parent", optionally
   * ",first_year,last_year") or JSON list, as {@link #putAgencies} does. GongkaiException
   * INVALID_ARGUMENT naming the line and column, or the entry.
   */
  public void importAgencies(String text) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = Lib.utf8(text);
    try {
      Lib.check(lib.gongkai_registry_agencies_import(handle.get(), data, Lib.size(data)));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** The stored agencies, in id order. */
  public RegistryAgencyList agencies() {
    GongkaiLibrary lib = Lib.get();
    return answer(RegistryAgencyList.parser(), "RegistryAgencyList",
        (b, r) -> lib.gongkai_registry_agencies_list(b, r, Lib.BINARY));
  }

  // --- Filing ---

  /** Files the first version of the report's agency and year. */
  public FiledVersion file(AnnualReport report, String actor) {
    return file(report, actor, "");
  }

  /**
   * Files `report` as the next version of its agency and year, by `actor`; a correction (更正)
   * needs a `reason`. GongkaiException NOT_FOUND for an unknown agency; INVALID_ARGUMENT for an
   * unreadable report, a correction without reason or a year the agency does not file.
   */
  public FiledVersion file(AnnualReport report, String actor, String reason) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = report.toByteArray();
    CString a = Lib.name(actor, "actor");
    CString why = Lib.name(reason, "reason");
    return answer(FiledVersion.parser(), "FiledVersion",
        (b, r) -> lib.gongkai_registry_file(b, r, Lib.BINARY, data, Lib.size(data), a, why));
  }

  /** The latest version of (agencyId, year). */
  public FiledVersion version(String agencyId, int year) {
    return version(agencyId, year, 0);
  }

  /** A version; GongkaiException NOT_FOUND naming agency, year and number. */
  public FiledVersion version(String agencyId, int year, int number) {
    GongkaiLibrary lib = Lib.get();
    CString id = Lib.name(agencyId, "agency_id");
    return answer(FiledVersion.parser(), "FiledVersion",
        (b, r) -> lib.gongkai_registry_version_get(b, r, Lib.BINARY, id, year, number));
  }

  /** A version's report as filed; errors as for {@link #version(String, int, int)}. */
  public AnnualReport report(String agencyId, int year, int number) {
    GongkaiLibrary lib = Lib.get();
    CString id = Lib.name(agencyId, "agency_id");
    return answer(AnnualReport.parser(), "AnnualReport",
        (b, r) -> lib.gongkai_registry_report_get(b, r, Lib.BINARY, id, year, number));
  }

  /** Locks a version as the one published; FAILED_PRECONDITION when it is locked already. */
  public FiledVersion lock(String agencyId, int year, int number, String actor) {
    GongkaiLibrary lib = Lib.get();
    CString id = Lib.name(agencyId, "agency_id");
    CString a = Lib.name(actor, "actor");
    return answer(FiledVersion.parser(), "FiledVersion",
        (b, r) -> lib.gongkai_registry_lock(b, r, Lib.BINARY, id, year, number, a));
  }

  // --- Review ---

  /** A version's findings with their fingerprints and dispositions. */
  public RegistryFindingList findings(String agencyId, int year, int number) {
    GongkaiLibrary lib = Lib.get();
    CString id = Lib.name(agencyId, "agency_id");
    return answer(RegistryFindingList.parser(), "RegistryFindingList",
        (b, r) -> lib.gongkai_registry_findings(b, r, Lib.BINARY, id, year, number));
  }

  /**
   * Records `actor`'s disposition of the finding with `fingerprint` in every version of the year
   * where it recurs; DISPOSITION_EXPLAINED needs an explanation. GongkaiException NOT_FOUND when
   * no version of the year has the finding; INVALID_ARGUMENT for DISPOSITION_UNSPECIFIED.
   */
  public void dispose(String agencyId, int year, String fingerprint, Disposition disposition,
      String explanation, String actor) {
    GongkaiLibrary lib = Lib.get();
    if (disposition == Disposition.UNRECOGNIZED) {
      throw new IllegalArgumentException("disposition: UNRECOGNIZED has no value");
    }
    CString id = Lib.name(agencyId, "agency_id");
    CString f = Lib.name(fingerprint, "fingerprint");
    CString e = Lib.name(explanation, "explanation");
    CString a = Lib.name(actor, "actor");
    try {
      Lib.check(lib.gongkai_registry_dispose(handle.get(), id, year, f, disposition.getNumber(), e, a));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * Accepts a version: the filing gate. GongkaiException FAILED_PRECONDITION listing every
   * finding that blocks it, by rule and fingerprint.
   */
  public FiledVersion accept(String agencyId, int year, int number, String actor) {
    GongkaiLibrary lib = Lib.get();
    CString id = Lib.name(agencyId, "agency_id");
    CString a = Lib.name(actor, "actor");
    return answer(FiledVersion.parser(), "FiledVersion",
        (b, r) -> lib.gongkai_registry_accept(b, r, Lib.BINARY, id, year, number, a));
  }

  /** The cells that differ between two versions, in statutory order, with both values. */
  public VersionDiff diff(String agencyId, int year, int fromNumber, int toNumber) {
    GongkaiLibrary lib = Lib.get();
    CString id = Lib.name(agencyId, "agency_id");
    return answer(VersionDiff.parser(), "VersionDiff",
        (b, r) -> lib.gongkai_registry_diff(b, r, Lib.BINARY, id, year, fromNumber, toNumber));
  }

  // --- Roll-up, status, integrity ---

  /**
   * The sum of the children's latest accepted versions, each child's state, and whether it is
   * complete; a missing child is a result, not an exception.
   */
  public RollupResult rollup(String agencyId, int year) {
    GongkaiLibrary lib = Lib.get();
    CString id = Lib.name(agencyId, "agency_id");
    return answer(RollupResult.parser(), "RollupResult",
        (b, r) -> lib.gongkai_registry_rollup(b, r, Lib.BINARY, id, year));
  }

  /** Every expected agency's state for `year`. */
  public RegistryStatus status(int year) {
    return status(year, "");
  }

  /** Every expected agency's state for `year` under `under` ("" for every tree). */
  public RegistryStatus status(int year, String under) {
    GongkaiLibrary lib = Lib.get();
    CString u = Lib.name(under, "under");
    return answer(RegistryStatus.parser(), "RegistryStatus",
        (b, r) -> lib.gongkai_registry_status(b, r, Lib.BINARY, year, u));
  }

  /** Checks the store against its hash chain; the problems list what was altered or removed. */
  public RegistryVerification verify() {
    GongkaiLibrary lib = Lib.get();
    return answer(RegistryVerification.parser(), "RegistryVerification",
        (b, r) -> lib.gongkai_registry_verify(b, r, Lib.BINARY));
  }

  /** The chain's head: the receipt to hand the supervising office. */
  public RegistryReceipt head() {
    GongkaiLibrary lib = Lib.get();
    return answer(RegistryReceipt.parser(), "RegistryReceipt",
        (b, r) -> lib.gongkai_registry_head(b, r, Lib.BINARY));
  }

  /**
   * Checks a receipt handed out earlier (a past {@link #head()}): GongkaiException
   * FAILED_PRECONDITION, giving the sequence, unless the chain still holds its entry with its
   * hash. With {@link #verify()} this proves that nothing it covers changed since.
   */
  public void checkReceipt(RegistryReceipt receipt) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = receipt.toByteArray();
    try {
      Lib.check(lib.gongkai_registry_check_receipt(handle.get(), Lib.BINARY, data, Lib.size(data)));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** Closes the file; closing twice is fine. */
  @Override
  public void close() {
    handle.close();
  }
}
