package cn.gongkai;

import com.sun.jna.Callback;
import com.sun.jna.FromNativeContext;
import com.sun.jna.IntegerType;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.NativeMapped;
import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;

/**
 * The C API of include/gongkai/gongkai.h as JNA sees it: one method per C function, with the C
 * function's name, in the order of the headers. This is the low level: callers use the classes
 * of this package ({@link Calendar}, {@link Reports}, {@link Applications}, {@link Table3},
 * {@link AnnualBuilder}, ...), which free every buffer and handle and turn codes into
 * {@link GongkaiException}s. The loaded instance is {@link Gongkai#library()}.
 *
 * <p>Types follow one rule each, and tests/java/cn/gongkai/HeaderTest.java checks every method
 * against the headers with the same rules:
 *
 * <pre>
 *   C                                   Java
 *   gongkai_code, int, unsigned int     int
 *   gongkai_format and the other enums  int (the constants below)
 *   long                                NativeLong
 *   int64_t                             long
 *   size_t                              SizeT
 *   const char* (NUL-terminated)        CString (UTF-8 and a NUL, whatever the default charset)
 *   const char* / const uint8_t* + size byte[] (followed by a SizeT)
 *   const char* result                  String (read as UTF-8)
 *   char* out (a date)                  byte[] of GONGKAI_DATE_SIZE
 *   int* / int64_t* out                 IntByReference / LongByReference
 *   const uint8_t* result               Pointer
 *   gongkai_x*                          gongkai_x (the nested PointerType of the same name)
 *   gongkai_x** out                     PointerByReference
 *   void                                void
 * </pre>
 *
 * <p>Adding a C function: add its method here, in the place its header has it, with the
 * types above; then give it a caller in the class of its module.
 */
public interface GongkaiLibrary extends Library {

  // The integer #defines of the headers, and the constants of their enums other than
  // gongkai_code (Code has those), with their names (HeaderTest checks each one), except
  // GONGKAI_VERSION_MINOR and _PATCH: a binding works with any minor version of its major.
  int GONGKAI_VERSION_MAJOR = 1;
  int GONGKAI_DATE_SIZE = 11;
  // gongkai_format
  int GONGKAI_FORMAT_BINARY = 0;
  int GONGKAI_FORMAT_JSON = 1;
  // gongkai_json_print_flag and gongkai_json_parse_flag: bits combined into an unsigned int
  int GONGKAI_JSON_PRETTY = 1;
  int GONGKAI_JSON_PROTO_NAMES = 2;
  int GONGKAI_JSON_EMIT_DEFAULTS = 4;
  int GONGKAI_JSON_IGNORE_UNKNOWN = 1;
  // gongkai_render_output
  int GONGKAI_RENDER_TEXT = 1;
  int GONGKAI_RENDER_MARKDOWN = 2;
  int GONGKAI_RENDER_CSV = 3;
  int GONGKAI_RENDER_CSV_LABELS = 4;
  int GONGKAI_RENDER_JSON = 5;
  int GONGKAI_RENDER_HTML = 6;
  int GONGKAI_RENDER_HTML_DOCUMENT = 7;
  // gongkai_record_kind
  int GONGKAI_RECORD_DISCLOSURE = 1;
  int GONGKAI_RECORD_SLIP = 2;
  int GONGKAI_RECORD_APPLICATION = 3;
  int GONGKAI_RECORD_REMEDY = 4;
  // gongkai_disposition (the values of cn.gongkai.v1.Disposition)
  int GONGKAI_DISPOSITION_EXPLAINED = 1;
  int GONGKAI_DISPOSITION_MUST_CORRECT = 2;

  /** C size_t, the width of a pointer on the platform. */
  final class SizeT extends IntegerType {
    private static final long serialVersionUID = 1L;

    public SizeT() {
      this(0);
    }

    public SizeT(long value) {
      super(Native.SIZE_T_SIZE, value, true);
    }
  }

  /**
   * A NUL-terminated UTF-8 string argument (C const char*). Not String: JNA 5.13 encodes String
   * arguments in the JVM's default charset (US-ASCII under a POSIX locale) whatever the library's
   * encoding option says. Null is C's NULL.
   */
  final class CString implements NativeMapped {
    private final String value;

    public CString() {
      this("");
    }

    public CString(String value) {
      this.value = value;
    }

    @Override
    public Object toNative() {
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      Memory memory = new Memory(utf8.length + 1);
      memory.write(0, utf8, 0, utf8.length);
      memory.setByte(utf8.length, (byte) 0);
      return memory;
    }

    @Override
    public Object fromNative(Object nativeValue, FromNativeContext context) {
      throw new UnsupportedOperationException("CString is for arguments; results are String");
    }

    @Override
    public Class<?> nativeType() {
      return Pointer.class;
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /** The opaque C struct gongkai_buffer; only pointers to it are used. */
  final class gongkai_buffer extends PointerType {
    public gongkai_buffer() {}

    public gongkai_buffer(Pointer p) {
      super(p);
    }
  }

  /** The opaque C struct gongkai_validate_options. */
  final class gongkai_validate_options extends PointerType {
    public gongkai_validate_options() {}

    public gongkai_validate_options(Pointer p) {
      super(p);
    }
  }

  /** The opaque C struct gongkai_calendar. */
  final class gongkai_calendar extends PointerType {
    public gongkai_calendar() {}

    public gongkai_calendar(Pointer p) {
      super(p);
    }
  }

  /** The opaque C struct gongkai_deadline_options. */
  final class gongkai_deadline_options extends PointerType {
    public gongkai_deadline_options() {}

    public gongkai_deadline_options(Pointer p) {
      super(p);
    }
  }

  /** The opaque C struct gongkai_table3. */
  final class gongkai_table3 extends PointerType {
    public gongkai_table3() {}

    public gongkai_table3(Pointer p) {
      super(p);
    }
  }

  /** The opaque C struct gongkai_index_registry. */
  final class gongkai_index_registry extends PointerType {
    public gongkai_index_registry() {}

    public gongkai_index_registry(Pointer p) {
      super(p);
    }
  }

  /** The opaque C struct gongkai_annual. */
  final class gongkai_annual extends PointerType {
    public gongkai_annual() {}

    public gongkai_annual(Pointer p) {
      super(p);
    }
  }

  /** The opaque C struct gongkai_registry. */
  final class gongkai_registry extends PointerType {
    public gongkai_registry() {}

    public gongkai_registry(Pointer p) {
      super(p);
    }
  }

  // common.h
  String gongkai_code_name(int code);

  String gongkai_last_error_message();

  // version.h
  String gongkai_version_string();

  NativeLong gongkai_version_number();

  // buffer.h
  Pointer gongkai_buffer_data(gongkai_buffer buffer);

  SizeT gongkai_buffer_size(gongkai_buffer buffer);

  void gongkai_buffer_free(gongkai_buffer buffer);

  // message.h
  int gongkai_message_to_json(PointerByReference out, int flags, CString type_name, byte[] data, SizeT size);

  int gongkai_message_from_json(PointerByReference out, int flags, CString type_name, byte[] json, SizeT size);

  int gongkai_message_type_names(PointerByReference out);

  // report.h
  int gongkai_layout_ids(PointerByReference out);

  int gongkai_layout_get(PointerByReference out, int format, CString id, int year);

  int gongkai_validate_options_new(PointerByReference out);

  void gongkai_validate_options_free(gongkai_validate_options options);

  int gongkai_validate_options_set_previous(gongkai_validate_options options, int format, byte[] report,
      SizeT size);

  int gongkai_validate_options_set_members(gongkai_validate_options options, int format, byte[] stream,
      SizeT size);

  int gongkai_report_validate(PointerByReference out, IntByReference error_count,
      gongkai_validate_options options, int format, byte[] report, SizeT size);

  int gongkai_report_merge(PointerByReference out, int format, byte[] parent, SizeT parent_size, byte[] reports,
      SizeT reports_size);

  int gongkai_report_import_grid(PointerByReference out, int format, byte[] report, SizeT report_size,
      CString table, byte[] csv, SizeT csv_size, CString source_name);

  int gongkai_report_import_document(PointerByReference out, int format, byte[] options, SizeT options_size,
      byte[] document, SizeT document_size);

  int gongkai_report_check_narrative(PointerByReference out, int format, byte[] report, SizeT size);

  int gongkai_report_render(PointerByReference out, int format, int output, byte[] report, SizeT size);

  // calendar.h
  int gongkai_calendar_national(PointerByReference out);

  int gongkai_calendar_layer(PointerByReference out, gongkai_calendar base, int format, byte[] layer, SizeT size);

  void gongkai_calendar_free(gongkai_calendar calendar);

  int gongkai_calendar_version(PointerByReference out, gongkai_calendar calendar);

  int gongkai_calendar_is_working_day(IntByReference working, IntByReference provisional,
      gongkai_calendar calendar, CString date);

  int gongkai_calendar_add_working_days(byte[] out, IntByReference provisional, gongkai_calendar calendar,
      CString from, long n);

  int gongkai_calendar_working_days_between(LongByReference out, gongkai_calendar calendar, CString from,
      CString to);

  int gongkai_calendar_year(PointerByReference out, gongkai_calendar calendar, int format, int year);

  // cases.h
  int gongkai_application_check(gongkai_calendar calendar, int format, byte[] application, SizeT size);

  int gongkai_application_apply_event(PointerByReference out, gongkai_calendar calendar, int format,
      byte[] application, SizeT size, byte[] event, SizeT event_size);

  int gongkai_deadline_options_new(PointerByReference out);

  void gongkai_deadline_options_free(gongkai_deadline_options options);

  int gongkai_deadline_options_set_count_start_day(gongkai_deadline_options options, int count_start_day);

  int gongkai_deadline_options_set_fee_wait_stops_clock(gongkai_deadline_options options, int stops);

  int gongkai_application_deadlines(PointerByReference out, gongkai_calendar calendar,
      gongkai_deadline_options options, int format, byte[] application, SizeT size, CString as_of);

  // Dates are ASCII, so JNA's String[] (in the default encoding) carries them as they are.
  int gongkai_reply_due(byte[] out, IntByReference provisional, gongkai_calendar calendar,
      gongkai_deadline_options options, CString received, int extension_days, CString correction_received,
      String[] pause_starts, String[] pause_ends, SizeT pause_count);

  int gongkai_table3_new(PointerByReference out, int format, int year, CString layout, byte[] mapping,
      SizeT mapping_size);

  void gongkai_table3_free(gongkai_table3 table);

  int gongkai_table3_add(gongkai_table3 table, int format, byte[] stream, SizeT size);

  int gongkai_table3_merge(gongkai_table3 into, gongkai_table3 from);

  int gongkai_table3_result(PointerByReference out, gongkai_table3 table, int format, byte[] agency,
      SizeT agency_size);

  // disclosure.h
  int gongkai_disclosure_check(int format, byte[] record, SizeT size);

  int gongkai_disclosure_timeliness(PointerByReference out, gongkai_calendar calendar,
      gongkai_deadline_options options, int format, byte[] record, SizeT size, CString as_of);

  int gongkai_index_registry_new(PointerByReference out, int format, byte[] scheme, SizeT size);

  void gongkai_index_registry_free(gongkai_index_registry registry);

  int gongkai_index_registry_add(gongkai_index_registry registry, CString index, CString owner);

  int gongkai_index_registry_next(PointerByReference out, gongkai_index_registry registry, CString date,
      CString owner);

  // slip.h
  int gongkai_slip_replay(PointerByReference out, int format, byte[] slip, SizeT size, byte[] workflows,
      SizeT workflows_size);

  int gongkai_slip_apply_event(PointerByReference out, int format, byte[] slip, SizeT size, byte[] event,
      SizeT event_size, byte[] workflows, SizeT workflows_size);

  // remedy.h
  int gongkai_remedy_check(int format, byte[] record, SizeT size);

  // annual.h
  int gongkai_annual_new(PointerByReference out, gongkai_calendar calendar, int format, byte[] request,
      SizeT size);

  void gongkai_annual_free(gongkai_annual annual);

  int gongkai_annual_add(gongkai_annual annual, int format, int kind, byte[] stream, SizeT size);

  int gongkai_annual_set_threads(gongkai_annual annual, int threads);

  /**
   * gongkai_read_fn of annual.h: writes up to `capacity` bytes to `buffer` and returns how many; 0
   * at the end of the stream, a negative number when reading failed.
   */
  interface ReadFn extends Callback {
    long invoke(Pointer context, Pointer buffer, SizeT capacity);
  }

  int gongkai_annual_add_reader(gongkai_annual annual, int format, int kind, ReadFn read, Pointer context);

  int gongkai_annual_add_file(gongkai_annual annual, int format, int kind, CString path);

  int gongkai_annual_merge(gongkai_annual into, gongkai_annual from);

  int gongkai_annual_finish(PointerByReference out, gongkai_annual annual, int format);

  // notice.h
  int gongkai_notice_write(PointerByReference out, gongkai_calendar calendar, int format, byte[] request,
      SizeT size);

  int gongkai_notice_compose(PointerByReference out, gongkai_calendar calendar, int format, byte[] request,
      SizeT size);

  int gongkai_notice_check(PointerByReference out, gongkai_calendar calendar, int format, byte[] request,
      SizeT size, byte[] text, SizeT text_size);

  int gongkai_notice_template_check(int format, byte[] notice_template, SizeT size);

  // registry.h
  int gongkai_registry_open(PointerByReference out, CString path, int create);

  void gongkai_registry_free(gongkai_registry registry);

  int gongkai_registry_agencies_put(gongkai_registry registry, int format, byte[] agencies, SizeT size);

  int gongkai_registry_agencies_import(gongkai_registry registry, byte[] text, SizeT size);

  int gongkai_registry_agencies_list(PointerByReference out, gongkai_registry registry, int format);

  int gongkai_registry_file(PointerByReference out, gongkai_registry registry, int format, byte[] report,
      SizeT size, CString actor, CString reason);

  int gongkai_registry_version_get(PointerByReference out, gongkai_registry registry, int format,
      CString agency_id, int year, int number);

  int gongkai_registry_report_get(PointerByReference out, gongkai_registry registry, int format,
      CString agency_id, int year, int number);

  int gongkai_registry_lock(PointerByReference out, gongkai_registry registry, int format, CString agency_id,
      int year, int number, CString actor);

  int gongkai_registry_findings(PointerByReference out, gongkai_registry registry, int format,
      CString agency_id, int year, int number);

  int gongkai_registry_dispose(gongkai_registry registry, CString agency_id, int year, CString fingerprint,
      int disposition, CString explanation, CString actor);

  int gongkai_registry_accept(PointerByReference out, gongkai_registry registry, int format,
      CString agency_id, int year, int number, CString actor);

  int gongkai_registry_diff(PointerByReference out, gongkai_registry registry, int format, CString agency_id,
      int year, int from_number, int to_number);

  int gongkai_registry_rollup(PointerByReference out, gongkai_registry registry, int format,
      CString agency_id, int year);

  int gongkai_registry_status(PointerByReference out, gongkai_registry registry, int format, int year,
      CString under);

  int gongkai_registry_verify(PointerByReference out, gongkai_registry registry, int format);

  int gongkai_registry_head(PointerByReference out, gongkai_registry registry, int format);

  int gongkai_registry_check_receipt(gongkai_registry registry, int format, byte[] receipt, SizeT size);
}
