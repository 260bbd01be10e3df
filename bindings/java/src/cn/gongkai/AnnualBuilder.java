package cn.gongkai;

import cn.gongkai.GongkaiLibrary.CString;
import cn.gongkai.GongkaiLibrary.gongkai_annual;
import cn.gongkai.v1.AnnualRequest;
import cn.gongkai.v1.AnnualResult;
import cn.gongkai.v1.Application;
import cn.gongkai.v1.Disclosure;
import cn.gongkai.v1.IssuanceSlip;
import cn.gongkai.v1.NarrativeLine;
import cn.gongkai.v1.Remedy;
import com.sun.jna.ptr.PointerByReference;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The full annual report (政府信息公开工作年度报告) from records (docs/annual.md): made from a
 * gongkai.v1.AnnualRequest (agency, year, entered figures and narratives, options), fed streams of
 * disclosure records, issuance slips, applications and remedy cases, and finished into a
 * gongkai.v1.AnnualResult: the report with tables 二 三 四 derived, its validation findings, the
 * headline figures for section 一, and the records skipped or found wrong. A record that breaks a
 * rule is listed among the problems; it does not fail the call.
 *
 * <p>Thread safety: not for two threads at once. Build one per thread over shards of the records
 * (from the same request) and {@link #merge} them, or let one builder parse on several threads
 * ({@link #setThreads}). Big inputs go through the file and InputStream adds, read in blocks.
 */
public final class AnnualBuilder implements AutoCloseable {
  /** The kinds of record: the C enum gongkai_record_kind. */
  public enum Kind {
    DISCLOSURE("disclosure", GongkaiLibrary.GONGKAI_RECORD_DISCLOSURE),
    SLIP("slip", GongkaiLibrary.GONGKAI_RECORD_SLIP),
    APPLICATION("application", GongkaiLibrary.GONGKAI_RECORD_APPLICATION),
    REMEDY("remedy", GongkaiLibrary.GONGKAI_RECORD_REMEDY);

    private final String id;
    private final int value;

    Kind(String id, int value) {
      this.id = id;
      this.value = value;
    }

    /** The kind's name, as a RecordProblem's record_kind gives it ("application"). */
    public String id() {
      return id;
    }

    /** The value of the C enum gongkai_record_kind. */
    public int value() {
      return value;
    }
  }

  private final Owned<gongkai_annual> handle;

  /** A builder for `request`, by the national calendar. */
  public AnnualBuilder(AnnualRequest request) {
    this(request, null);
  }

  /**
   * A builder for `request` by `calendar` (null for national; the builder keeps its own
   * reference, so the Calendar may be closed afterwards). GongkaiException INVALID_ARGUMENT naming
   * the field (agency.id empty, entered cells that are derived from records, a bad workflow or
   * option); NOT_FOUND for an unknown layout or trace cell; OUT_OF_RANGE for a year outside
   * 2019..2100.
   */
  public AnnualBuilder(AnnualRequest request, Calendar calendar) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = request.toByteArray();
    PointerByReference out = new PointerByReference();
    try {
      Lib.check(lib.gongkai_annual_new(out, calendar == null ? null : calendar.pointer(), Lib.BINARY, data,
          Lib.size(data)));
    } finally {
      Reference.reachabilityFence(calendar);
    }
    handle = new Owned<>(this, new gongkai_annual(out.getValue()), p -> Lib.get().gongkai_annual_free(p),
        "AnnualBuilder");
  }

  /** Adds disclosure records (gongkai.v1.Disclosure), sent as one stream. Returns this. */
  public AnnualBuilder addDisclosures(Iterable<Disclosure> records) {
    return add(Kind.DISCLOSURE, Lib.BINARY, Protos.delimited(records));
  }

  /** Adds issuance slips (gongkai.v1.IssuanceSlip), sent as one stream. Returns this. */
  public AnnualBuilder addSlips(Iterable<IssuanceSlip> records) {
    return add(Kind.SLIP, Lib.BINARY, Protos.delimited(records));
  }

  /** Adds applications (gongkai.v1.Application), sent as one stream. Returns this. */
  public AnnualBuilder addApplications(Iterable<Application> records) {
    return add(Kind.APPLICATION, Lib.BINARY, Protos.delimited(records));
  }

  /** Adds remedy cases (gongkai.v1.Remedy), sent as one stream. Returns this. */
  public AnnualBuilder addRemedies(Iterable<Remedy> records) {
    return add(Kind.REMEDY, Lib.BINARY, Protos.delimited(records));
  }

  /** Adds records of `kind` given as a length-delimited binary stream. */
  public AnnualBuilder addDelimited(Kind kind, byte[] stream) {
    return add(kind, Lib.BINARY, stream);
  }

  /** Adds records of `kind` given as JSON lines (one record per line). */
  public AnnualBuilder addJsonLines(Kind kind, String jsonLines) {
    return add(kind, Lib.JSON, jsonLines.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Adds records of `kind` from the file `path`, read in blocks, never whole: a length-delimited
   * binary stream. GongkaiException NOT_FOUND when the file does not exist, INVALID_ARGUMENT when
   * it cannot be read or is malformed; then nothing of it is added.
   */
  public AnnualBuilder addDelimitedFile(Kind kind, Path path) {
    return addFile(kind, Lib.BINARY, path);
  }

  /** Adds records of `kind` from the file `path` of JSON lines, as addDelimitedFile does. */
  public AnnualBuilder addJsonLinesFile(Kind kind, Path path) {
    return addFile(kind, Lib.JSON, path);
  }

  /**
   * Adds records of `kind` read from `in`, a length-delimited binary stream, in blocks as
   * addDelimitedFile does; `in` is read to its end and not closed. An IOException of `in` is
   * thrown again here, and nothing of the stream is added.
   */
  public AnnualBuilder addDelimited(Kind kind, InputStream in) throws IOException {
    return addReader(kind, Lib.BINARY, in);
  }

  /** Adds records of `kind` read from `in`, JSON lines, as addDelimited(Kind, InputStream) does. */
  public AnnualBuilder addJsonLines(Kind kind, InputStream in) throws IOException {
    return addReader(kind, Lib.JSON, in);
  }

  /**
   * Parses the records of later adds on `threads` threads (1..64), the calling one among them;
   * the result is that of one thread. It pays only for streams of megabytes (docs/performance.md).
   * GongkaiException OUT_OF_RANGE otherwise. Returns this.
   */
  public AnnualBuilder setThreads(int threads) {
    try {
      Lib.check(Lib.get().gongkai_annual_set_threads(handle.get(), threads));
      return this;
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  private AnnualBuilder addFile(Kind kind, int format, Path path) {
    CString name = Lib.name(path.toString(), "path");
    try {
      Lib.check(Lib.get().gongkai_annual_add_file(handle.get(), format, kind.value(), name));
      return this;
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  private AnnualBuilder addReader(Kind kind, int format, InputStream in) throws IOException {
    IOException[] failure = new IOException[1];
    byte[] chunk = new byte[1 << 18];  // fewer bytes than asked for is fine
    GongkaiLibrary.ReadFn read = (context, buffer, capacity) -> {
      try {
        int n = in.readNBytes(chunk, 0, (int) Math.min(capacity.longValue(), chunk.length));
        buffer.write(0, chunk, 0, n);
        return n;
      } catch (IOException e) {
        failure[0] = e;
        return -1;
      }
    };
    try {
      int code = Lib.get().gongkai_annual_add_reader(handle.get(), format, kind.value(), read, null);
      if (failure[0] != null) {
        throw failure[0];
      }
      Lib.check(code);
      return this;
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(read);
    }
  }

  /** GongkaiException INVALID_ARGUMENT for a malformed stream (naming the record's index); then
   * nothing of the stream is added. */
  private AnnualBuilder add(Kind kind, int format, byte[] stream) {
    GongkaiLibrary lib = Lib.get();
    try {
      Lib.check(lib.gongkai_annual_add(handle.get(), format, kind.value(), stream, Lib.size(stream)));
      return this;
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /**
   * Adds what `other` has seen to this builder, as if its records had been added after this
   * one's. GongkaiException INVALID_ARGUMENT unless both were made from the same request, or if
   * they are the same builder; OUT_OF_RANGE, changing nothing, if a count would overflow.
   */
  public AnnualBuilder merge(AnnualBuilder other) {
    GongkaiLibrary lib = Lib.get();
    try {
      Lib.check(lib.gongkai_annual_merge(handle.get(), other.handle.get()));
      return this;
    } finally {
      Reference.reachabilityFence(this);
      Reference.reachabilityFence(other);
    }
  }

  /** The result so far; the builder is unchanged and can take more records. */
  public AnnualResult finish() {
    GongkaiLibrary lib = Lib.get();
    try {
      byte[] out = Lib.callForBuffer(b -> lib.gongkai_annual_finish(b, handle.get(), Lib.BINARY));
      return Protos.parse(AnnualResult.parser(), out, "AnnualResult");
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** Frees the builder; closing twice is fine. */
  @Override
  public void close() {
    handle.close();
  }

  /**
   * Section 一's sentences of `result` (its narrative, written by the library) as the CLI prints
   * them: the title on its own line, then each sentence after two spaces, a channel two more
   * spaces in; every line ends in "\n".
   */
  public static String narrativeText(AnnualResult result) {
    StringBuilder text = new StringBuilder(result.getNarrative().getTitle()).append('\n');
    for (NarrativeLine line : result.getNarrative().getLinesList()) {
      text.append("  ").append("  ".repeat(Math.max(0, line.getDepth()))).append(line.getText()).append('\n');
    }
    return text.toString();
  }
}
