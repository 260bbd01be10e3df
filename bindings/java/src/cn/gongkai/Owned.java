package cn.gongkai;

import java.lang.ref.Cleaner;
import java.util.function.Consumer;

/**
 * One library handle owned by a Java object: freed by close(), or by a Cleaner when the owner
 * becomes unreachable without being closed, whichever comes first, and never twice. The owner
 * calls Reference.reachabilityFence(this) after each native call so that the Cleaner cannot free
 * the handle while the call runs.
 *
 * @param <P> the JNA pointer type of the handle (erased to Object here, so that this class links
 *     without JNA and the missing-jar message stays clear)
 */
final class Owned<P> {
  private static final Cleaner CLEANER = Cleaner.create();

  private final P pointer;
  private final String what;
  private final Cleaner.Cleanable cleanable;
  private volatile boolean closed;

  /** `free` must not refer to `owner`, or the owner would never become unreachable. */
  Owned(Object owner, P pointer, Consumer<P> free, String what) {
    this.pointer = pointer;
    this.what = what;
    this.cleanable = CLEANER.register(owner, () -> free.accept(pointer));
  }

  /** The handle; IllegalStateException once closed. */
  P get() {
    if (closed) {
      throw new IllegalStateException(what + " is closed");
    }
    return pointer;
  }

  /** Frees the handle (once; later calls do nothing). */
  void close() {
    closed = true;
    cleanable.clean();
  }
}
