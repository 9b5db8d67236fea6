package org.figlint.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.figlint.report.Severity;
import org.figlint.value.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Valid rule folders: what the loader builds from them. */
class RuleLoaderTest {

  private final RuleLoader loader = new RuleLoader(new DefaultCheckCatalog(), FakeGrammar::parse);

  private static Path write(Path dir, String file, String content) throws IOException {
    Path path = dir.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content);
    return path;
  }

  @Test
  void anEmptyFolderGivesEveryCheckItsDefaults(@TempDir Path dir) {
    RuleSet rules = loader.load(dir);
    assertEquals(new DefaultCheckCatalog().ids(), List.copyOf(rules.checks().keySet()));
    CheckConfig conversion = rules.check("conversion-mismatch");
    assertTrue(conversion.enabled());
    assertEquals(Severity.WARNING, conversion.severity());
    assertEquals(new BigDecimal("0.03"), conversion.decimal("tolerance"));
    assertEquals(2, rules.check("name-variant").integer("max-distance"));
    assertEquals(5, rules.check("name-variant").integer("min-length"));
    assertEquals(new BigDecimal("0.02"), rules.check("fact-contradiction").decimal("tolerance"));
    assertTrue(rules.entities().isEmpty());
    assertTrue(rules.facts().isEmpty());
  }

  @Test
  void checksTakeTheirSettingsFromTheFile(@TempDir Path dir) throws IOException {
    write(dir, "figlint.yaml", """
        # comments are fine
        checks:
          weekday-mismatch: { severity: Warning }
          conversion-mismatch: { tolerance: 0.05 }
          figure-mismatch:
            tolerance: 0.01
            severity: info
          name-variant: { enabled: false, max-distance: 1 }
          date-mismatch:
        """);
    RuleSet rules = loader.load(dir);
    assertEquals(Severity.WARNING, rules.check("weekday-mismatch").severity());
    assertEquals(new BigDecimal("0.05"), rules.check("conversion-mismatch").decimal("tolerance"));
    assertEquals(Severity.WARNING, rules.check("conversion-mismatch").severity());
    assertEquals(Severity.INFO, rules.check("figure-mismatch").severity());
    assertEquals(new BigDecimal("0.01"), rules.check("figure-mismatch").decimal("tolerance"));
    assertFalse(rules.check("name-variant").enabled());
    assertEquals(1, rules.check("name-variant").integer("max-distance"));
    assertEquals(5, rules.check("name-variant").integer("min-length"));
    assertEquals(CheckConfig.defaults(new DefaultCheckCatalog().find("date-mismatch")
        .orElseThrow()), rules.check("date-mismatch"));
  }

  @Test
  void aWholeNumberIsAValidDecimal(@TempDir Path dir) throws IOException {
    write(dir, "figlint.yaml", "checks:\n  conversion-mismatch: { tolerance: 1 }\n");
    assertEquals(BigDecimal.ONE, loader.load(dir).check("conversion-mismatch")
        .decimal("tolerance"));
  }

  @Test
  void entitiesPredicatesAndFactsAreRead(@TempDir Path dir) throws IOException {
    write(dir, "entities.yaml", """
        entities:
          - { name: "Ottawa", kind: place, currency: CAD }
          - name: "Mistral AI"
            kind: organization
            aliases: ["Mistral", "Mistral IA"]
          - { name: "Norvège", kind: place, aliases: [NO], currency: NOK }
        """);
    write(dir, "predicates.yaml", """
        predicates:
          - { id: fundraising, kinds: [money], terms: ["lever", "levée* de fonds"] }
        """);
    Path facts = write(dir, "facts/mistral.yaml", """
        facts:
          - id: mistral-ai-series-a
            about: ["Mistral AI"]
            keywords: ["série A"]
            value: "385 millions d'euros"
            source: "https://example.org/mistral"
          - id: mistral-ai-seed-round
            about: ["Mistral AI"]
            value: "105 millions d'euros"
            source: "https://example.org/seed"
            note: "Juin 2023."
        """);
    RuleSet rules = loader.load(dir);

    assertEquals(3, rules.entities().size());
    Entity ottawa = rules.entities().get(0);
    assertEquals(new Entity("Ottawa", EntityKind.PLACE, List.of(), "CAD",
        new Origin(dir.resolve("entities.yaml").toString().replace('\\', '/'), 2, 5)), ottawa);
    assertEquals(List.of("Mistral AI", "Mistral", "Mistral IA"), rules.entities().get(1).names());
    assertEquals(List.of("NO"), rules.entities().get(2).aliases());

    Predicate fundraising = rules.predicate("fundraising").orElseThrow();
    assertEquals(List.of(Kind.MONEY), fundraising.kinds());

    Fact seriesA = rules.fact("mistral-ai-series-a").orElseThrow();
    assertEquals(List.of("Mistral AI"), seriesA.about());
    assertEquals(List.of("série A"), seriesA.keywords());
    assertEquals("385 millions d'euros", seriesA.value());
    assertEquals("money", seriesA.parsed());
    assertNull(seriesA.note());
    assertEquals(new Origin(facts.toString().replace('\\', '/'), 2, 5), seriesA.origin());
    assertEquals(Optional.empty(), seriesA.kind(), "the fake grammar returns no figlint Value");
    assertEquals("Juin 2023.", rules.fact("mistral-ai-seed-round").orElseThrow().note());
  }

  @Test
  void extraFactFilesAddToTheBundledOnes(@TempDir Path dir) throws IOException {
    Path extra = write(dir, "mine.yml", """
        facts:
          - { id: my-fact, about: ["Ottawa"], value: "le 1er juillet 2024",
              source: "https://example.org/ottawa" }
        """);
    RuleSet bundled = loader.loadBundled();
    RuleSet more = loader.loadBundled(List.of(extra));
    assertEquals(bundled.facts().size() + 1, more.facts().size());
    assertEquals("my-fact", more.facts().get(more.facts().size() - 1).id());
  }

  @Test
  void bundledRulesAreFoundInsideAJar(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("rules.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      String[][] entries = {
          {"figlint/rules/figlint.yaml", "checks:\n  count-mismatch: { enabled: false }\n"},
          {"figlint/rules/entities.yaml", "entities: []\n"},
          {"figlint/rules/predicates.yaml", "predicates: []\n"},
          {"figlint/rules/facts/b.yaml", "facts:\n  - { id: b, about: [B], value: \"mai 2023\","
              + " source: \"https://example.org/b\" }\n"},
          {"figlint/rules/facts/a.yaml", "facts:\n  - { id: a, about: [A], value: \"mai 2023\","
              + " source: \"https://example.org/a\" }\n"},
          {"figlint/rules/facts/README.md", "not a fact file\n"},
      };
      for (String[] entry : entries) {
        out.putNextEntry(new JarEntry(entry[0]));
        out.write(entry[1].getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      RuleSet rules = new RuleLoader(new DefaultCheckCatalog(), FakeGrammar::parse, classes)
          .loadBundled();
      assertFalse(rules.check("count-mismatch").enabled());
      assertEquals(List.of("a", "b"), rules.facts().stream().map(Fact::id).toList());
      assertEquals("figlint/rules/facts/a.yaml", rules.facts().get(0).origin().file());
    }
  }
}
