package org.figlint.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibraryTest {
  @TempDir Path cache;

  private Path location() {
    return cache.resolve("sqlite-jdbc-1.2.3-Linux-amd64.location");
  }

  @Test
  void copiesTheLibraryOnceAndRecordsWhereItIs() throws Exception {
    Path lib = NativeLibrary.copy(cache, "1.2.3", "Linux", "amd64");
    assertNotNull(lib);
    assertTrue(lib.startsWith(cache) && Files.size(lib) > 0, lib.toString());
    assertEquals(cache.relativize(lib).toString(),
        Files.readString(location(), StandardCharsets.UTF_8));
    // A later run reads the location instead of working out the platform again.
    Path other = Files.writeString(cache.resolve("other.so"), "x");
    Files.writeString(location(), "other.so");
    assertEquals(other, NativeLibrary.copy(cache, "1.2.3", "Linux", "amd64"));
  }

  @Test
  void aLocationThatNamesNoFileOrLeavesTheCacheIsMadeAgain() throws Exception {
    Path lib = NativeLibrary.copy(cache, "1.2.3", "Linux", "amd64");
    for (String bad : new String[] {"missing.so", "../../../../etc/hostname", "", "\0"}) {
      Files.writeString(location(), bad);
      assertEquals(lib, NativeLibrary.copy(cache, "1.2.3", "Linux", "amd64"), bad);
      assertEquals(cache.relativize(lib).toString(), Files.readString(location()), bad);
    }
  }

  @Test
  void eachVersionAndPlatformHasItsOwnLocation() throws Exception {
    NativeLibrary.copy(cache, "1.2.3", "Linux", "amd64");
    NativeLibrary.copy(cache, "1.2.4", "Linux", "amd64");
    NativeLibrary.copy(cache, "1.2.3", "Mac OS X", "amd64");
    assertTrue(Files.isRegularFile(cache.resolve("sqlite-jdbc-1.2.4-Linux-amd64.location")));
    assertTrue(Files.isRegularFile(cache.resolve("sqlite-jdbc-1.2.3-Mac_OS_X-amd64.location")));
    assertNotEquals(Files.readString(location()),
        Files.readString(cache.resolve("sqlite-jdbc-1.2.4-Linux-amd64.location")));
  }

  @Test
  void fileNamesKeepOnlySafeCharacters() {
    assertEquals("sqlite-jdbc-3.53.4.0-Linux-x86_64",
        NativeLibrary.safe("sqlite-jdbc-3.53.4.0-Linux-x86_64"));
    assertEquals("a_b_c__d", NativeLibrary.safe("a/b c\\:d"));
  }
}
