package cn.gongkai;

import cn.gongkai.GongkaiLibrary.CString;
import cn.gongkai.GongkaiLibrary.SizeT;
import cn.gongkai.GongkaiLibrary.gongkai_buffer;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The loaded library and the helpers every call uses: codes to exceptions, buffers copied and
 * freed, names checked, messages serialized. Package-private; callers use the public classes.
 */
final class Lib {
  static final int BINARY = GongkaiLibrary.GONGKAI_FORMAT_BINARY;
  static final int JSON = GongkaiLibrary.GONGKAI_FORMAT_JSON;

  private static volatile GongkaiLibrary instance;
  private static String path;
  private static LinkageError failure;

  private Lib() {}

  /**
   * The library, loaded on first use (see {@link Loader}). Throws the same clear LinkageError on
   * every call if it cannot be loaded.
   *
   * <p>Every method of the public classes that calls C starts with {@code GongkaiLibrary lib =
   * Lib.get();}, before it makes any JNA object or lambda: then a missing jna.jar or library is
   * reported by this method's message rather than by a bare NoClassDefFoundError
   * (LoadingTest.missingJnaJar calls one entry point of each class to check).
   */
  static GongkaiLibrary get() {
    GongkaiLibrary lib = instance;
    if (lib != null) {
      return lib;
    }
    synchronized (Lib.class) {
      if (instance == null && failure == null) {
        try {
          requireClasses();
          Loader.Loaded loaded = Loader.load();
          path = loaded.path();
          instance = loaded.library();
        } catch (LinkageError e) {
          failure = e;
        }
      }
      if (failure != null) {
        throw copy(failure);
      }
      return instance;
    }
  }

  /**
   * Fails with a clear message when a jar the binding needs is not on the class path. Runs before
   * any JNA class is touched, so it never fails itself with a bare NoClassDefFoundError.
   */
  private static void requireClasses() {
    String[][] required = {
      {"com.sun.jna.Native", "JNA", "jna.jar (Debian: /usr/share/java/jna.jar, package libjna-java)"},
      {"com.google.protobuf.Message", "protobuf-java",
       "protobuf.jar (Debian: /usr/share/java/protobuf.jar, package libprotobuf-java)"},
    };
    for (String[] r : required) {
      try {
        Class.forName(r[0], false, Lib.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new NoClassDefFoundError("gongkai: the " + r[1] + " classes (" + r[0]
            + ") are not on the class path; add " + r[2] + " next to gongkai.jar");
      }
    }
  }

  /** A new error of the same class and message as `e`, thrown again for every later call. */
  private static LinkageError copy(LinkageError e) {
    LinkageError again = e instanceof UnsatisfiedLinkError
        ? new UnsatisfiedLinkError(e.getMessage())
        : e instanceof NoClassDefFoundError ? new NoClassDefFoundError(e.getMessage())
        : new LinkageError(e.getMessage());
    again.initCause(e);
    return again;
  }

  /** The file the library was loaded from. */
  static String path() {
    get();
    synchronized (Lib.class) {
      return path;
    }
  }

  /** For tests: replaces the loaded library by `wrap(library)`; returns the one replaced. */
  static GongkaiLibrary interpose(UnaryOperator<GongkaiLibrary> wrap) {
    synchronized (Lib.class) {
      GongkaiLibrary old = get();
      instance = wrap.apply(old);
      return old;
    }
  }

  /** For tests: puts back the library interpose() returned. */
  static void restore(GongkaiLibrary library) {
    synchronized (Lib.class) {
      instance = library;
    }
  }

  /**
   * Throws the GongkaiException for a nonzero gongkai_code, with this thread's last error
   * message. Runs on the thread of the failed call, before any other call.
   */
  static void check(int code) {
    if (code != 0) {
      GongkaiLibrary lib = get();
      String message = lib.gongkai_last_error_message();
      throw new GongkaiException(code, lib.gongkai_code_name(code), message);
    }
  }

  /** A C call whose first argument is a gongkai_buffer** out. */
  @FunctionalInterface
  interface BufferCall {
    int call(PointerByReference out);
  }

  /** Runs `call` with a fresh gongkai_buffer**, and returns a copy of the buffer's bytes. The
   * buffer is freed whatever happens (a failed call leaves NULL, whose free does nothing). */
  static byte[] callForBuffer(BufferCall call) {
    GongkaiLibrary lib = get();
    PointerByReference out = new PointerByReference();
    try {
      check(call.call(out));
      gongkai_buffer buffer = new gongkai_buffer(out.getValue());
      long size = lib.gongkai_buffer_size(buffer).longValue();
      if (size > Integer.MAX_VALUE - 8) {
        throw new GongkaiException(Code.RESOURCE_EXHAUSTED,
            "gongkai: an output of " + size + " bytes does not fit a Java array");
      }
      if (size == 0) {
        return new byte[0];
      }
      Pointer data = lib.gongkai_buffer_data(buffer);
      return data.getByteArray(0, (int) size);
    } finally {
      lib.gongkai_buffer_free(new gongkai_buffer(out.getValue()));
    }
  }

  /** Like callForBuffer, decoded as UTF-8 text. */
  static String callForText(BufferCall call) {
    return new String(callForBuffer(call), StandardCharsets.UTF_8);
  }

  /** A NUL-terminated string argument: rejects null, and an embedded NUL, which C would cut. */
  static CString name(String value, String what) {
    if (value == null) {
      throw new NullPointerException(what);
    }
    if (value.indexOf('\0') >= 0) {
      throw new GongkaiException(Code.INVALID_ARGUMENT, what + ": contains a NUL character");
    }
    return new CString(value);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The size argument for `data` (null is the empty input). */
  static SizeT size(byte[] data) {
    return new SizeT(data == null ? 0 : data.length);
  }
}
