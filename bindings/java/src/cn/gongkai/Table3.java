package cn.gongkai;

import cn.gongkai.GongkaiLibrary.CString;
import cn.gongkai.GongkaiLibrary.gongkai_table3;
import cn.gongkai.v1.Agency;
import cn.gongkai.v1.Application;
import cn.gongkai.v1.OutcomeMapping;
import cn.gongkai.v1.Table3Result;
import com.sun.jna.ptr.PointerByReference;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;

/**
 * Table 三 of one report year counted from applications: add records in batches (one call can
 * take millions), merge the aggregators of different shards, then take the result. Records that
 * cannot be placed are counted as problems, not errors.
 *
 * <p>Thread safety: not for two threads at once. Give each thread its own Table3 and
 * {@link #merge} them at the end.
 */
public final class Table3 implements AutoCloseable {
  private final Owned<gongkai_table3> handle;

  /** An empty aggregator for report year `year` in the layout in force for it. */
  public Table3(int year) {
    this(year, "", null);
  }

  /**
   * An empty aggregator for report year `year` in layout `layout` ("" for the one in force for
   * the year); `mapping` (may be null for the built-in one) overrides which row each outcome
   * lands in. GongkaiException OUT_OF_RANGE for a year outside 2019..2100; NOT_FOUND for an
   * unknown layout; INVALID_ARGUMENT for a mapping naming rows the layout lacks.
   */
  public Table3(int year, String layout, OutcomeMapping mapping) {
    GongkaiLibrary lib = Lib.get();
    CString l = Lib.name(layout, "layout");
    byte[] data = mapping == null ? null : mapping.toByteArray();
    PointerByReference out = new PointerByReference();
    Lib.check(lib.gongkai_table3_new(out, Lib.BINARY, year, l, data, Lib.size(data)));
    handle = new Owned<>(this, new gongkai_table3(out.getValue()), p -> Lib.get().gongkai_table3_free(p),
        "Table3");
  }

  /** Adds applications, sent to the library as one stream. Returns this. */
  public Table3 add(Iterable<Application> applications) {
    return add(Lib.BINARY, Protos.delimited(applications));
  }

  /** Adds applications given as a length-delimited binary stream (a varint size before each, as
   * Application.writeDelimitedTo writes them). Returns this. */
  public Table3 addDelimited(byte[] stream) {
    return add(Lib.BINARY, stream);
  }

  /** Adds applications given as JSON lines (one gongkai.v1.Application per line). Returns this. */
  public Table3 addJsonLines(String jsonLines) {
    return add(Lib.JSON, jsonLines.getBytes(StandardCharsets.UTF_8));
  }

  private Table3 add(int format, byte[] stream) {
    GongkaiLibrary lib = Lib.get();
    try {
      Lib.check(lib.gongkai_table3_add(handle.get(), format, stream, Lib.size(stream)));
      return this;
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * Adds `other`'s counts into this one (same year, layout and mapping; `other` is not changed).
   * GongkaiException INVALID_ARGUMENT for a mismatch; OUT_OF_RANGE, changing nothing, if a count
   * would overflow. Returns this.
   */
  public Table3 merge(Table3 other) {
    GongkaiLibrary lib = Lib.get();
    try {
      Lib.check(lib.gongkai_table3_merge(handle.get(), other.handle.get()));
      return this;
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
  }

  /** The result so far, with no agency. */
  public Table3Result result() {
    return result(null);
  }

  /** The result so far: the report of `agency` (may be null) with table 三 derived, the record
   * counts and the problems. */
  public Table3Result result(Agency agency) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = agency == null ? null : agency.toByteArray();
    try {
      byte[] out = Lib.callForBuffer(b -> lib.gongkai_table3_result(b, handle.get(), Lib.BINARY, data,
          Lib.size(data)));
      return Protos.parse(Table3Result.parser(), out, "Table3Result");
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** Frees the aggregator; closing twice is fine. */
  @Override
  public void close() {
    handle.close();
  }
}
