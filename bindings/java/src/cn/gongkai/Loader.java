package cn.gongkai;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Finds and opens libgongkai.so.MAJOR. Looked up, in this order:
 * <ol>
 *   <li>the file named by the system property {@value #LIBRARY_PROPERTY}, else by the environment
 *       variable {@value #LIBRARY_ENV}; when one is set and not empty it is the only place tried;
 *   <li>libgongkai.so.MAJOR in the directories of the system property java.library.path;
 *   <li>in the directories of the system property jna.library.path;
 *   <li>in the library directory of the installation the jar belongs to: the path from the jar's
 *       directory (share/java) to the library directory (lib, or lib/&lt;multiarch&gt;) that the
 *       build wrote into the jar's {@value #INSTALL_PROPERTIES}, resolved from the jar's
 *       directory as named on the class path and, when that is a link, from its target's;
 *   <li>in the library directory of the install prefix the jar was built for (the same resource);
 *   <li>through the system's dynamic loader by name (LD_LIBRARY_PATH, ld.so.cache);
 *   <li>as the resource linux-x86-64/libgongkai.so.MAJOR (JNA's folder for the platform) on the
 *       class path.
 * </ol>
 * The first existing file is loaded; one that exists but cannot be loaded is an error, not a
 * reason to look further. A library of another major version is refused.
 */
final class Loader {
  static final String LIBRARY_PROPERTY = "gongkai.library";
  static final String LIBRARY_ENV = "GONGKAI_LIBRARY";
  static final int EXPECTED_MAJOR = GongkaiLibrary.GONGKAI_VERSION_MAJOR;
  static final String SONAME = "libgongkai.so." + EXPECTED_MAJOR;
  /** Written by the build (bindings/java/install.properties.in). */
  static final String INSTALL_PROPERTIES = "cn/gongkai/install.properties";

  /** Strings cross the boundary as UTF-8 whatever the JVM's default charset. */
  private static final Map<String, Object> OPTIONS = Map.of(Library.OPTION_STRING_ENCODING, "UTF-8");

  record Loaded(GongkaiLibrary library, String path) {}

  /** A directory to look in, and how it was found ("java.library.path"). */
  record Place(String origin, Path directory) {}

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
      lib = open(file.getPath(), where);
    } else {
      lib = search();
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

  private static GongkaiLibrary open(String file, String where) {
    try {
      return Native.load(file, GongkaiLibrary.class, OPTIONS);
    } catch (UnsatisfiedLinkError e) {
      throw new UnsatisfiedLinkError("gongkai: cannot load the Gongkai library: " + where + ": "
          + e.getMessage());
    }
  }

  /** Steps 2 to 7 of the class comment. */
  private static GongkaiLibrary search() {
    List<Place> places = places();
    for (Place place : places) {
      Path file = place.directory().resolve(SONAME);
      if (Files.isRegularFile(file)) {
        return open(file.toAbsolutePath().toString(), place.origin() + ": " + file);
      }
    }
    try {
      // The system loader, then the class path (and jna.library.path once more: JNA's own order).
      return Native.load(SONAME, GongkaiLibrary.class, OPTIONS);
    } catch (UnsatisfiedLinkError e) {
      StringBuilder tried = new StringBuilder();
      for (String origin : List.of("java.library.path", "jna.library.path")) {
        tried.append(origin).append('=').append(System.getProperty(origin, "(not set)")).append(", ");
      }
      for (Place place : places) {
        if (!place.origin().endsWith(".library.path")) {
          tried.append(place.directory()).append(" (").append(place.origin()).append("), ");
        }
      }
      throw new UnsatisfiedLinkError("gongkai: cannot load the Gongkai library " + SONAME
          + "; tried " + tried + "the system loader and the class path. JNA said:\n  "
          + e.getMessage().replace("\n", "\n  ")
          + "\nSet -Djna.library.path=DIR (the directory of " + SONAME + "), or -D"
          + LIBRARY_PROPERTY + "=FILE (or " + LIBRARY_ENV + "=FILE).");
    }
  }

  /** The directories of steps 2 to 5, in order, without repeats. */
  static List<Place> places() {
    List<Place> places = new ArrayList<>();
    for (String property : List.of("java.library.path", "jna.library.path")) {
      for (String dir : System.getProperty(property, "").split(File.pathSeparator)) {
        if (!dir.isEmpty()) {
          places.add(new Place(property, Path.of(dir)));
        }
      }
    }
    Properties install = installProperties();
    String fromJar = install.getProperty("libdir.from.jardir", "");
    if (!fromJar.isEmpty()) {
      for (Path jarDir : jarDirectories()) {
        places.add(new Place("beside the jar", jarDir.resolve(fromJar).normalize()));
      }
    }
    String libdir = install.getProperty("libdir", "");
    if (!libdir.isEmpty()) {
      places.add(new Place("the install prefix", Path.of(libdir)));
    }
    Set<Path> seen = new LinkedHashSet<>();
    places.removeIf(place -> !seen.add(place.directory().toAbsolutePath().normalize()));
    return places;
  }

  /** What the build recorded about the installation (empty when not built by CMake). */
  static Properties installProperties() {
    Properties properties = new Properties();
    try (InputStream in = Loader.class.getClassLoader().getResourceAsStream(INSTALL_PROPERTIES)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException | IllegalArgumentException e) {
      // A damaged resource: look elsewhere.
    }
    return properties;
  }

  /** The directory of the jar this class came from, as named and (if a link) as resolved. */
  static List<Path> jarDirectories() {
    List<Path> dirs = new ArrayList<>();
    try {
      CodeSource source = Loader.class.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      if (location == null || !"file".equals(location.getProtocol())) {
        return dirs;
      }
      Path jar = Path.of(location.toURI());
      if (!Files.isRegularFile(jar)) {
        return dirs;  // a directory of classes, not a jar
      }
      dirs.add(jar.toAbsolutePath().getParent());
      Path real = jar.toRealPath().getParent();
      if (!dirs.contains(real)) {
        dirs.add(real);
      }
    } catch (URISyntaxException | IOException | SecurityException | IllegalArgumentException e) {
      // No location to go by.
    }
    return dirs;
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
