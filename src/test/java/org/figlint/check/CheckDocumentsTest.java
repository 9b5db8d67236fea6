package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.figlint.claim.AnalysedDocument;
import org.figlint.document.DocumentLoader;
import org.figlint.report.Finding;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Check tests as data: every document under src/test/resources/checks/ marks the findings it
 * must produce at the end of the flagged line, as {@code ⟪rule-id⟫} (several markers for several
 * findings). A folder is one case whose documents are linted together (findings across
 * documents). A document without markers must stay silent. Markers are removed before linting.
 */
class CheckDocumentsTest {
  private static final Path ROOT = Path.of("src/test/resources/checks");
  private static final Pattern MARKER = Pattern.compile("\\s*⟪([a-z-]+)⟫");

  private static final Linter LINTER = new Linter(
      new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue).loadBundled(),
      ExchangeRates.bundled(), Locale.FRENCH);

  @TestFactory
  Stream<DynamicTest> documents() throws IOException {
    List<Path> cases;
    try (Stream<Path> list = Files.list(ROOT)) {
      cases = list.sorted().toList();
    }
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
        () -> check(c)));
  }

  private static void check(Path c) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(c)) {
      try (Stream<Path> list = Files.list(c)) {
        list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    } else {
      files.add(c);
    }
    List<String> expected = new ArrayList<>();
    List<AnalysedDocument> docs = new ArrayList<>();
    for (Path f : files) {
      String raw = Files.readString(f, StandardCharsets.UTF_8);
      String[] lines = raw.split("\n", -1);
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
      docs.add(LINTER.analyse(DocumentLoader.fromText(clean.toString(),
          f.getFileName().toString()), null));
    }
    List<String> actual = new ArrayList<>();
    List<String> detail = new ArrayList<>();
    for (Finding finding : LINTER.check(docs)) {
      actual.add(finding.location().file() + ":" + finding.location().startLine() + " "
          + finding.ruleId());
      detail.add(finding.location().file() + ":" + finding.location().startLine() + ":"
          + finding.location().startColumn() + " " + finding.ruleId() + " " + finding.message());
    }
    expected.sort(null);
    actual.sort(null);
    assertEquals(expected, actual, () -> String.join("\n", detail));
  }
}
