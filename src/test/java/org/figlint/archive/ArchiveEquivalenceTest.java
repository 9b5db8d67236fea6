package org.figlint.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.figlint.claim.AnalysedDocument;
import org.figlint.document.DocumentLoader;
import org.figlint.report.Finding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document checked against an archive of the others gets the findings it gets when all are
 * checked together: the check cases of src/test/resources/checks/ whose folders hold several
 * documents, each document in turn as the draft. Markers ({@code ⟪rule-id⟫}) give the findings.
 */
class ArchiveEquivalenceTest {
  private static final Path ROOT = Path.of("src/test/resources/checks");
  private static final Pattern MARKER = Pattern.compile("\\s*⟪([a-z-]+)⟫");

  @TempDir Path dir;

  record Marked(AnalysedDocument document, List<String> expected) {}

  @TestFactory
  Stream<DynamicTest> eachDocumentAgainstTheOthers() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> list = Files.list(ROOT)) {
      for (Path folder : list.filter(Files::isDirectory).sorted().toList()) {
        List<Marked> docs = read(folder);
        for (int i = 0; i < docs.size(); i++) {
          int draft = i;
          tests.add(DynamicTest.dynamicTest(folder.getFileName() + "/"
              + docs.get(i).document().path(), () -> check(docs, draft)));
        }
      }
    }
    return tests.stream();
  }

  private void check(List<Marked> docs, int draft) {
    Path db = dir.resolve("archive-" + draft + ".db");
    try (Archive archive = Archive.open(db, true)) {
      List<Archive.Entry> others = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        if (i != draft) {
          others.add(ArchiveTest.entry(docs.get(i).document()));
        }
      }
      archive.write(others, "test");
      List<String> actual = new ArrayList<>();
      for (Finding f : ArchiveTest.LINTER.check(List.of(docs.get(draft).document()), archive)) {
        actual.add(f.location().file() + ":" + f.location().startLine() + " " + f.ruleId());
      }
      List<String> expected = new ArrayList<>(docs.get(draft).expected());
      expected.sort(null);
      actual.sort(null);
      assertEquals(expected, actual);
    }
  }

  private static List<Marked> read(Path folder) throws IOException {
    List<Marked> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String[] lines = Files.readString(f, StandardCharsets.UTF_8).split("\n", -1);
        List<String> expected = new ArrayList<>();
        StringBuilder clean = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
          Matcher m = MARKER.matcher(lines[i]);
          while (m.find()) {
            expected.add(f.getFileName() + ":" + (i + 1) + " " + m.group(1));
          }
          clean.append(MARKER.matcher(lines[i]).replaceAll(""));
          if (i + 1 < lines.length) {
            clean.append('\n');
          }
        }
        out.add(new Marked(ArchiveTest.LINTER.analyse(DocumentLoader.fromText(clean.toString(),
            f.getFileName().toString()), null), expected));
      }
    }
    return out;
  }
}
