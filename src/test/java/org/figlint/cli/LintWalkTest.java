package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** figlint lint on walked folders: the same report, in sorted order, whatever the threads. */
class LintWalkTest {

  @TempDir Path tmp;

  @Test
  void theSameReportWithOneOrFourThreads() throws Exception {
    for (int i = 0; i < 24; i++) {
      Path file = tmp.resolve("d" + (i % 5)).resolve("n" + (23 - i) + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, i % 3 == 0
          ? "Le vote du vendredi 13 mars 2025 est confirmé.\n"
          : "Le club a gagné 3 matchs sur 4.\n");
    }
    Files.writeString(tmp.resolve(".gitignore"), "d4/\n");
    String one = lint(1);
    String four = lint(4);
    assertEquals(one, four);
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("<testcase classname=\"figlint\" name=\"([^\"]+)\"").matcher(one);
    while (m.find()) {
      names.add(m.group(1));
    }
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(null);
    assertEquals(sorted, names);
    assertEquals(20, names.size(), "d4/ is ignored");
  }

  private String lint(int threads) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      Cli.Run run = pool.submit(() -> Cli.run(tmp, "lint", "--no-config", "--format", "junit",
          tmp.toString())).get();
      assertEquals(1, run.exit(), run.err());
      return run.out();
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aSymbolicLinkLoopEndsAndALinkOutOfTheTreeIsSkipped() throws IOException {
    Path tree = Files.createDirectories(tmp.resolve("tree/sub"));
    Files.writeString(tree.resolve("a.txt"), "Texte.\n");
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("b.txt"), "Texte.\n");
    try {
      Files.createSymbolicLink(tree.resolve("loop"), tmp.resolve("tree"));
      Files.createSymbolicLink(tree.resolve("out"), outside);
    } catch (IOException | UnsupportedOperationException e) {
      org.junit.jupiter.api.Assumptions.abort("the filesystem refuses symbolic links");
    }
    Cli.Run run = Cli.run(tmp, "lint", "--no-config", "--format", "junit",
        tmp.resolve("tree").toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(1, run.out().split("<testcase ", -1).length - 1, run.out());
  }
}
