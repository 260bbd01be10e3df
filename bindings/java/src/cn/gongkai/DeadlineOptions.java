package cn.gongkai;

import cn.gongkai.GongkaiLibrary.gongkai_deadline_options;
import com.sun.jna.ptr.PointerByReference;
import java.lang.ref.Reference;

/**
 * How {@link Applications#deadlines} counts where the law is silent; the defaults are in
 * docs/cases.md. Setters return this, for chaining.
 *
 * <p>Thread safety: not for two threads at once; use one per thread.
 */
public final class DeadlineOptions implements AutoCloseable {
  private final Owned<gongkai_deadline_options> handle;

  /** The defaults: day one is the next working day; a fee wait stops the reply clock. */
  public DeadlineOptions() {
    GongkaiLibrary lib = Lib.get();
    PointerByReference out = new PointerByReference();
    Lib.check(lib.gongkai_deadline_options_new(out));
    handle = new Owned<>(this, new gongkai_deadline_options(out.getValue()),
        p -> Lib.get().gongkai_deadline_options_free(p), "DeadlineOptions");
  }

  /** true: the start date is day one when it is a working day; false (default): the next
   * working day is. */
  public DeadlineOptions countStartDay(boolean countStartDay) {
    GongkaiLibrary lib = Lib.get();
    try {
      Lib.check(lib.gongkai_deadline_options_set_count_start_day(handle.get(), countStartDay ? 1 : 0));
      return this;
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** true (default): the wait from a fee notice's receipt to payment stops the reply clock. */
  public DeadlineOptions feeWaitStopsClock(boolean stops) {
    GongkaiLibrary lib = Lib.get();
    try {
      Lib.check(lib.gongkai_deadline_options_set_fee_wait_stops_clock(handle.get(), stops ? 1 : 0));
      return this;
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  gongkai_deadline_options pointer() {
    return handle.get();
  }

  /** Frees the options; closing twice is fine. */
  @Override
  public void close() {
    handle.close();
  }
}
