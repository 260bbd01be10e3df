package cn.gongkai;

import java.time.LocalDate;

/**
 * The library itself: its version, its code names, and where it was loaded from.
 *
 * <p>The library (libgongkai.so.1) is loaded on the first call of any class of this package;
 * see {@link #library()} for where it is looked for. Each call that cannot load it throws the
 * same {@link UnsatisfiedLinkError} (or {@link NoClassDefFoundError} when jna.jar or
 * protobuf.jar is missing) saying where it looked and what to set.
 */
public final class Gongkai {
  /** The major version this binding is written for; the library's must be the same. */
  public static final int EXPECTED_MAJOR = Loader.EXPECTED_MAJOR;

  /** The system property naming the library file; it wins over every other place. */
  public static final String LIBRARY_PROPERTY = Loader.LIBRARY_PROPERTY;

  /** The environment variable naming the library file, when the property is not set. */
  public static final String LIBRARY_ENV = Loader.LIBRARY_ENV;

  private Gongkai() {}

  /**
   * The reply due date of an application received on `received`: 20 working days by the
   * national calendar, day one the next working day (第三十三条). See {@link ReplyDue} for
   * consultations, another calendar or counting the receipt day.
   */
  public static LocalDate replyDue(LocalDate received) {
    return ReplyDue.of(received).due();
  }

  /** The reply due date of an application received on `received` whose reply period was
   * extended by `extensionDays` working days (0..20, 第三十三条). */
  public static LocalDate replyDue(LocalDate received, int extensionDays) {
    return ReplyDue.of(received).extension(extensionDays).due();
  }

  /** The running library's version, "MAJOR.MINOR.PATCH". */
  public static String version() {
    GongkaiLibrary lib = Lib.get();
    return lib.gongkai_version_string();
  }

  /** The running library's version as MAJOR * 1000000 + MINOR * 1000 + PATCH. */
  public static long versionNumber() {
    GongkaiLibrary lib = Lib.get();
    return lib.gongkai_version_number().longValue();
  }

  /** The library's name for a code ("NOT_FOUND"), or "UNKNOWN". */
  public static String codeName(int code) {
    GongkaiLibrary lib = Lib.get();
    return lib.gongkai_code_name(code);
  }

  /** The file the library was loaded from; its name alone ("libgongkai.so.1") when the system's
   * loader found it. */
  public static String libraryPath() {
    return Lib.path();
  }

  /**
   * The raw C API, loaded on first use. It is looked for, in this order: the file the system
   * property {@value #LIBRARY_PROPERTY} names, else the one the environment variable
   * {@value #LIBRARY_ENV} names (when either is set, nowhere else); else libgongkai.so.1 in the
   * directories of java.library.path, then of jna.library.path, then in the library directory
   * of the installation the jar was installed with (share/java/../../lib or
   * ../../lib/&lt;multiarch&gt;), then in that of the prefix it was built for, then through the
   * system's loader (LD_LIBRARY_PATH, ld.so.cache), then as a JNA resource on the class path.
   * The raw calls leave freeing and error codes to the caller; prefer the other classes of this
   * package.
   */
  public static GongkaiLibrary library() {
    return Lib.get();
  }
}
