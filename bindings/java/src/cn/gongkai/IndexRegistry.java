package cn.gongkai;

import cn.gongkai.GongkaiLibrary.CString;
import cn.gongkai.GongkaiLibrary.gongkai_index_registry;
import cn.gongkai.v1.IndexScheme;
import com.sun.jna.ptr.PointerByReference;
import java.lang.ref.Reference;
import java.time.LocalDate;

/**
 * The 索引号 (index numbers) an agency has used under one scheme: checks that new ones fit the
 * scheme and are not taken, and makes the next free one.
 *
 * <p>Thread safety: not for two threads at once.
 */
public final class IndexRegistry implements AutoCloseable {
  private final Owned<gongkai_index_registry> handle;

  /** An empty registry with the default scheme "{org}/{yyyy}-{nnnnn}" and no organisation code
   * (it checks any code and makes none). */
  public IndexRegistry() {
    this(null);
  }

  /** An empty registry with `scheme` (null for the default). GongkaiException INVALID_ARGUMENT
   * naming index_scheme.template for a template it cannot use. */
  public IndexRegistry(IndexScheme scheme) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = scheme == null ? null : scheme.toByteArray();
    PointerByReference out = new PointerByReference();
    Lib.check(lib.gongkai_index_registry_new(out, Lib.BINARY, data, Lib.size(data)));
    handle = new Owned<>(this, new gongkai_index_registry(out.getValue()),
        p -> Lib.get().gongkai_index_registry_free(p), "IndexRegistry");
  }

  /**
   * Records `index` as used by record `owner`. GongkaiException ALREADY_EXISTS naming both records
   * when it is taken; INVALID_ARGUMENT when it does not fit the scheme or is empty. Nothing is
   * recorded on failure.
   */
  public void add(String index, String owner) {
    GongkaiLibrary lib = Lib.get();
    CString i = Lib.name(index, "index");
    CString o = Lib.name(owner, "owner");
    try {
      Lib.check(lib.gongkai_index_registry_add(handle.get(), i, o));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * Makes the next free 索引号 of the period of `date` for `owner`, records it and returns it.
   * GongkaiException OUT_OF_RANGE when the period's serials are exhausted; FAILED_PRECONDITION
   * when the scheme has {org} but no organisation code.
   */
  public String next(LocalDate date, String owner) {
    GongkaiLibrary lib = Lib.get();
    CString d = Dates.arg(date, "date");
    CString o = Lib.name(owner, "owner");
    try {
      return Lib.callForText(b -> lib.gongkai_index_registry_next(b, handle.get(), d, o));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** Frees the registry; closing twice is fine. */
  @Override
  public void close() {
    handle.close();
  }
}
