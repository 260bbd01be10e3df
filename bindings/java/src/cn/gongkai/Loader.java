package cn.gongkai;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * Finds and opens libgongkai.so.MAJOR. Looked up, in this order:
 * <ol>
 *   <li>the file named by the system property {@value #LIBRARY_PROPERTY}, else by the environment
 *       variable {@value #LIBRARY_ENV}; when one is set and not empty it is the only place tried;
 *   <li>libgongkai.so.MAJOR through JNA's search: the directories of the system property
 *       jna.library.path, then the system's dynamic loader (LD_LIBRARY_PATH, ld.so.cache), then
 *       linux-x86-64/libgongkai.so.MAJOR (or the platform's folder) as a resource on the class
 *       path.
 * </ol>
 * A library of another major version is refused.
 */
final class Loader {
  static final String LIBRARY_PROPERTY = "gongkai.library";
  static final String LIBRARY_ENV = "GONGKAI_LIBRARY";
  static final int EXPECTED_MAJOR = GongkaiLibrary.GONGKAI_VERSION_MAJOR;
  static final String SONAME = "libgongkai.so." + EXPECTED_MAJOR;

  /** Strings cross the boundary as UTF-8 whatever the JVM's default charset. */
  private static final Map<String, Object> OPTIONS = Map.of(Library.OPTION_STRING_ENCODING, "UTF-8");

  record Loaded(GongkaiLibrary library, String path) {}

  private Loader() {}

  static Loaded load() {
    String explicit = System.getProperty(LIBRARY_PROPERTY);
    String origin = "-D" + LIBRARY_PROPERTY;
    if (explicit == null || explicit.isEmpty()) {
      explicit = System.getenv(LIBRARY_ENV);
      origin = LIBRARY_ENV;
    }
    GongkaiLibrary lib;
    if (explicit != null && !explicit.isEmpty()) {
      File file = new File(explicit).getAbsoluteFile();
      String where = origin + "=" + explicit;
      if (!file.isFile()) {
        throw new UnsatisfiedLinkError("gongkai: cannot load the Gongkai library: " + where
            + ": no such file");
      }
      try {
        lib = Native.load(file.getPath(), GongkaiLibrary.class, OPTIONS);
      } catch (UnsatisfiedLinkError e) {
        throw new UnsatisfiedLinkError("gongkai: cannot load the Gongkai library: " + where + ": "
            + e.getMessage());
      }
    } else {
      try {
        lib = Native.load(SONAME, GongkaiLibrary.class, OPTIONS);
      } catch (UnsatisfiedLinkError e) {
        throw new UnsatisfiedLinkError("gongkai: cannot load the Gongkai library " + SONAME
            + "; tried jna.library.path=" + System.getProperty("jna.library.path", "(not set)")
            + ", the system loader and the class path. JNA said:\n  "
            + e.getMessage().replace("\n", "\n  ")
            + "\nSet -Djna.library.path=DIR (the directory of " + SONAME + "), or -D"
            + LIBRARY_PROPERTY + "=FILE (or " + LIBRARY_ENV + "=FILE).");
      }
    }
    NativeLibrary nativeLibrary = ((Library.Handler) Proxy.getInvocationHandler(lib)).getNativeLibrary();
    String path = nativeLibrary.getFile().getPath();
    // Every function now, not at its first call: an older library fails here, by name.
    for (Method method : GongkaiLibrary.class.getDeclaredMethods()) {
      try {
        nativeLibrary.getFunction(method.getName());
      } catch (UnsatisfiedLinkError e) {
        throw new UnsatisfiedLinkError("gongkai: " + path + " does not export " + method.getName()
            + "; is it libgongkai, version " + EXPECTED_MAJOR + ".x as new as this binding?");
      }
    }
    checkVersion(lib.gongkai_version_number().longValue(), path);
    return new Loaded(lib, path);
  }

  /** Throws unless `number` (MAJOR * 1000000 + MINOR * 1000 + PATCH) has major EXPECTED_MAJOR. */
  static void checkVersion(long number, String path) {
    long major = number / 1000000;
    if (major != EXPECTED_MAJOR) {
      throw new UnsatisfiedLinkError("gongkai: " + path + " is version " + major + "."
          + (number / 1000 % 1000) + "." + (number % 1000) + ", but this binding needs major version "
          + EXPECTED_MAJOR);
    }
  }
}
