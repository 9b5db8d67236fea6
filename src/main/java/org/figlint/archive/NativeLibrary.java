package org.figlint.archive;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where SQLite's native code is loaded from. sqlite-jdbc copies its native library out of the
 * jar into a new temporary file at every start, which costs a short-lived {@code lint} about a
 * tenth of a second; figlint keeps one copy per sqlite-jdbc version and platform in the user's
 * cache folder ({@code $XDG_CACHE_HOME/figlint} or {@code ~/.cache/figlint}) and points
 * sqlite-jdbc at it. When that folder cannot be used, sqlite-jdbc does as it always does.
 *
 * <p>Which of sqlite-jdbc's libraries fits the platform is worked out once: sqlite-jdbc asks by
 * listing the process's memory mappings (musl or glibc) and by running {@code uname -o}
 * (Termux), about 20 ms of a short run. A small file beside the copy, named after the version,
 * the system and the processor, says where the copy is; later runs read it instead. Should the
 * copy not load after all (a home folder shared with another system of the same name and
 * processor), sqlite-jdbc falls back to extracting its library as usual.
 */
final class NativeLibrary {
  private static boolean prepared;

  private NativeLibrary() {}

  static synchronized void prepare() {
    if (prepared) {
      return;
    }
    prepared = true;
    if (System.getProperty("org.sqlite.lib.path") != null) {
      return;
    }
    Path cache = cacheFolder();
    if (cache == null) {
      return;
    }
    try {
      Path lib = copy(cache, SQLiteJDBCLoader.getVersion(), System.getProperty("os.name", ""),
          System.getProperty("os.arch", ""));
      if (lib != null) {
        System.setProperty("org.sqlite.lib.path", lib.getParent().toString());
        System.setProperty("org.sqlite.lib.name", lib.getFileName().toString());
      }
    } catch (IOException | RuntimeException e) {
      // sqlite-jdbc extracts its library as usual
    }
  }

  /**
   * The copy of the native library for this version and platform under {@code cache}: the one
   * that the location file names when it is there, else a new copy, then recorded. Null when
   * the jar holds no library for the platform.
   */
  static Path copy(Path cache, String version, String osName, String osArch)
      throws IOException {
    Path location = cache.resolve(safe("sqlite-jdbc-" + version + "-" + osName + "-" + osArch)
        + ".location");
    Path recorded = recorded(cache, location);
    if (recorded != null) {
      return recorded;
    }
    String folder = LibraryLoaderUtil.getNativeLibResourcePath();
    String name = LibraryLoaderUtil.getNativeLibName();
    URL resource = SQLiteJDBCLoader.class.getResource(folder + "/" + name);
    if (resource == null) {
      return null;
    }
    Path dir = cache.resolve(safe("sqlite-jdbc-" + version
        + folder.replace("/org/sqlite/native", "").replace('/', '-')));
    Path lib = dir.resolve(name);
    URLConnection connection = resource.openConnection();
    long size = connection.getContentLengthLong();
    if (!Files.isRegularFile(lib) || Files.size(lib) != size) {
      Files.createDirectories(dir);
      Path part = Files.createTempFile(dir, name, ".part");
      try (InputStream in = connection.getInputStream()) {
        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      }
      if (Files.size(part) != size) {
        Files.deleteIfExists(part);
        return null;
      }
      Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    Path part = Files.createTempFile(cache, location.getFileName().toString(), ".part");
    Files.writeString(part, cache.relativize(lib).toString(), StandardCharsets.UTF_8);
    Files.move(part, location, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return lib;
  }

  /** The copy that {@code location} names, when both are there and it stays under the cache. */
  private static Path recorded(Path cache, Path location) {
    try {
      if (!Files.isRegularFile(location)) {
        return null;
      }
      Path lib = cache.resolve(Files.readString(location, StandardCharsets.UTF_8).strip())
          .normalize();
      return lib.startsWith(cache.normalize()) && Files.isRegularFile(lib)
          && Files.size(lib) > 0 ? lib : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A file name made of {@code text}: letters, digits, dots, dashes and underscores. */
  static String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean kept = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '.' || c == '-' || c == '_';
      out.append(kept ? c : '_');
    }
    return out.toString();
  }

  private static Path cacheFolder() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "figlint");
    }
    String home = System.getProperty("user.home");
    return home == null || home.isBlank() ? null : Path.of(home, ".cache", "figlint");
  }
}
