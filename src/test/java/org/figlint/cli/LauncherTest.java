package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code figlint} launcher's choice of compilers: C1 alone for ordinary inputs, C2 too for
 * more than 256 MiB. It runs a copy of the launcher beside a jar that is up to date, with a
 * {@code java} on the path that only writes down the arguments it is given.
 */
class LauncherTest {
  @TempDir Path dir;

  @Test
  void aSmallInputRunsWithC1AloneAndAHugeOneWithC2Too() throws Exception {
    Path small = Files.writeString(dir.resolve("article.txt"), "Le 3 mars 2024, 12 %.");
    Path huge = dir.resolve("archive.jsonl");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(300L << 20); // sparse: sized, not written
    }

    List<String> smallRun = javaArguments("lint", small.toString());
    assertTrue(smallRun.contains("-XX:TieredStopAtLevel=1"), smallRun.toString());
    assertTrue(smallRun.contains("-XX:CICompilerCount=1"), smallRun.toString());
    assertEquals(List.of("lint", small.toString()), smallRun.subList(smallRun.size() - 2,
        smallRun.size()));

    List<String> hugeRun = javaArguments("lint", small.toString(), huge.toString());
    assertFalse(hugeRun.contains("-XX:TieredStopAtLevel=1"), hugeRun.toString());
    assertFalse(hugeRun.contains("-XX:CICompilerCount=1"), hugeRun.toString());
    assertTrue(hugeRun.contains("-XX:+UseSerialGC"), hugeRun.toString());

    // An archive is looked up, not read: its size does not count.
    List<String> againstHuge =
        javaArguments("lint", "--archive", huge.toString(), small.toString());
    assertTrue(againstHuge.contains("-XX:TieredStopAtLevel=1"), againstHuge.toString());
    List<String> output = javaArguments("lint", "--output", huge.toString(), small.toString());
    assertTrue(output.contains("-XX:TieredStopAtLevel=1"), output.toString());

    List<String> missing = javaArguments("lint", dir.resolve("absent.txt").toString(), "-");
    assertTrue(missing.contains("-XX:TieredStopAtLevel=1"), missing.toString());
  }

  @Test
  void aDuWithoutSizesLeavesC1AndOneTooSlowCountsAsHuge() throws Exception {
    Path small = Files.writeString(dir.resolve("article.txt"), "Le 3 mars 2024, 12 %.");
    // A du that does not know -b, as BSD's: sizes unknown, C1 alone.
    fakeDu("echo \"du: illegal option -- b\" >&2; exit 1");
    assertTrue(javaArguments("lint", small.toString()).contains("-XX:TieredStopAtLevel=1"));
    // A du still at work after half a second: a folder that large gets C2 too.
    fakeDu("sleep 5; echo \"1 $2\"");
    assertFalse(javaArguments("lint", small.toString()).contains("-XX:TieredStopAtLevel=1"));
  }

  @Test
  void theClassDataArchiveIsMadeOnceAndAgainWhenTheJarChanges() throws Exception {
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve("target"));
    Files.copy(Path.of("figlint"), home.resolve("figlint"));
    Path jar = Files.writeString(home.resolve("target/figlint.jar"), "");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path log = dir.resolve("calls.log");
    // A java that writes down each call, and makes the archive a dump asks for.
    Files.writeString(bin.resolve("java"), String.join("\n", "#!/usr/bin/env bash",
        "printf '%s ' \"$@\" >> '" + log + "'; echo >> '" + log + "'",
        "for a in \"$@\"; do case \"$a\" in -XX:SharedArchiveFile=*)",
        "  [[ \" $* \" == *' -Xshare:dump '* ]] && : > \"${a#*=}\";; esac; done", ""));
    Files.setPosixFilePermissions(bin.resolve("java"),
        PosixFilePermissions.fromString("rwxr-xr-x"));

    List<String> first = run(home, bin, log);
    assertTrue(first.stream().anyMatch(c -> c.contains("-Xshare:dump")), first.toString());
    assertTrue(first.get(first.size() - 1).contains("-XX:SharedArchiveFile="), first.toString());

    List<String> second = run(home, bin, log);
    assertEquals(1, second.size(), second.toString());
    assertTrue(second.get(0).contains("-XX:SharedArchiveFile="), second.toString());

    // A jar whose time changed, even to an earlier one, is not the one the archive was made for.
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
        Files.getLastModifiedTime(jar).toMillis() - 60_000));
    List<String> third = run(home, bin, log);
    assertTrue(third.stream().anyMatch(c -> c.contains("-Xshare:dump")), third.toString());
    assertEquals(1, run(home, bin, log).size());
  }

  /** The java calls of one run of the launcher in {@code home}, one line each. */
  private static List<String> run(Path home, Path bin, Path log)
      throws IOException, InterruptedException {
    Files.deleteIfExists(log);
    launch(home.resolve("figlint"), bin, List.of("--version"));
    return Files.readAllLines(log);
  }

  /** Runs {@code launcher} with {@code args}, the commands of {@code bin} first on the path. */
  private static void launch(Path launcher, Path bin, List<String> args)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(
        concat(List.of("bash", launcher.toString()), args));
    Map<String, String> env = builder.environment();
    env.put("PATH", bin + ":" + env.get("PATH"));
    env.remove("FIGLINT_JAVA_OPTS");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
  }

  private void fakeDu(String body) throws IOException {
    Path du = Files.createDirectories(dir.resolve("bin")).resolve("du");
    Files.writeString(du, "#!/usr/bin/env bash\n" + body + "\n");
    Files.setPosixFilePermissions(du, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** The arguments of the last {@code java} the launcher runs with {@code args}. */
  private List<String> javaArguments(String... args) throws IOException, InterruptedException {
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve("target"));
    Path launcher = home.resolve("figlint");
    Files.copy(Path.of("figlint"), launcher, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(home.resolve("target/figlint.jar"), "");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path log = dir.resolve("java.log");
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" > '" + log + "'\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    launch(launcher, bin, List.of(args));
    return Files.readAllLines(log);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
