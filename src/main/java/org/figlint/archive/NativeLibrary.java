package org.figlint.archive;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
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
    try {
      String folder = LibraryLoaderUtil.getNativeLibResourcePath();
      String name = LibraryLoaderUtil.getNativeLibName();
      URL resource = SQLiteJDBCLoader.class.getResource(folder + "/" + name);
      Path cache = cacheFolder();
      if (resource == null || cache == null) {
        return;
      }
      Path dir = cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()
          + folder.replace("/org/sqlite/native", "").replace('/', '-'));
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
          return;
        }
        Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
      System.setProperty("org.sqlite.lib.path", dir.toString());
      System.setProperty("org.sqlite.lib.name", name);
    } catch (IOException | RuntimeException e) {
      // sqlite-jdbc extracts its library as usual
    }
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
