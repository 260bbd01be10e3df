package cn.gongkai;

import cn.gongkai.GongkaiLibrary.gongkai_validate_options;
import cn.gongkai.v1.AnnualReport;
import com.sun.jna.ptr.PointerByReference;
import java.lang.ref.Reference;

/**
 * What {@link Reports#validate(AnnualReport, ValidateOptions)} checks a report against besides
 * itself: the previous year's report (the cross-year rules) and the member reports a
 * consolidated report must equal the sum of (the roll-up rule). Empty when new.
 *
 * <p>Thread safety: several threads may validate with the same options at once, but none may
 * change them meanwhile.
 */
public final class ValidateOptions implements AutoCloseable {
  private final Owned<gongkai_validate_options> handle;

  public ValidateOptions() {
    GongkaiLibrary lib = Lib.get();
    PointerByReference out = new PointerByReference();
    Lib.check(lib.gongkai_validate_options_new(out));
    handle = new Owned<>(this, new gongkai_validate_options(out.getValue()),
        p -> Lib.get().gongkai_validate_options_free(p), "ValidateOptions");
  }

  /**
   * The same agency's report of the year before; replaces any earlier one. GongkaiException
   * INVALID_ARGUMENT if it is not a report (the options are then unchanged).
   */
  public ValidateOptions previous(AnnualReport report) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = report.toByteArray();
    try {
      Lib.check(lib.gongkai_validate_options_set_previous(handle.get(), Lib.BINARY, data, Lib.size(data)));
      return this;
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** The member reports of a consolidated report; replaces any earlier ones (none clears them). */
  public ValidateOptions members(Iterable<AnnualReport> reports) {
    GongkaiLibrary lib = Lib.get();
    byte[] stream = Protos.delimited(reports);
    try {
      Lib.check(lib.gongkai_validate_options_set_members(handle.get(), Lib.BINARY, stream,
          Lib.size(stream)));
      return this;
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  gongkai_validate_options pointer() {
    return handle.get();
  }

  /** Frees the options; closing twice is fine. */
  @Override
  public void close() {
    handle.close();
  }
}
