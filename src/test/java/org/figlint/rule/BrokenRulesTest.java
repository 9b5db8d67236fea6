package org.figlint.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every broken rule file is reported as one line, {@code file:line:column: message}. Each case
 * is a rules folder holding one broken file; the other files are absent.
 */
class BrokenRulesTest {

  /** A rule file, its broken content, and the position and message expected. */
  record Case(String name, String file, String content, String position, String message) {}

  private static final String CHECKS = "figlint.yaml";
  private static final String ENTITIES = "entities.yaml";
  private static final String PREDICATES = "predicates.yaml";
  private static final String FACTS = "facts/test.yaml";

  private static final List<Case> CASES = List.of(
      // ------------------------------------------------------------ figlint.yaml
      new Case("unknown top-level key", CHECKS, """
          check:
            weekday-mismatch: {}
          """, "1:1", "unknown key 'check'; this file has only 'checks'"),
      new Case("unknown check id", CHECKS, """
          checks:
            weekday-mismatch: { severity: error }
            weekday-mismatsh: { severity: error }
          """, "3:3", "unknown check 'weekday-mismatsh'; known checks: weekday-mismatch,"),
      new Case("bad severity", CHECKS, """
          checks:
            weekday-mismatch: { severity: fatal }
          """, "2:33", "bad severity 'fatal' for check 'weekday-mismatch'; use error, warning or"),
      new Case("severity of the wrong type", CHECKS, """
          checks:
            date-mismatch:
              severity: 3
          """, "3:15", "'severity' of check 'date-mismatch' must be a text, not a whole number"),
      new Case("unknown parameter", CHECKS, """
          checks:
            conversion-mismatch:
              severity: warning
              tolerence: 0.05
          """, "4:5", "unknown parameter 'tolerence' for check 'conversion-mismatch'; known:"),
      new Case("parameter of a check that has none", CHECKS, """
          checks:
            weekday-mismatch: { tolerance: 0.1 }
          """, "2:23", "unknown parameter 'tolerance' for check 'weekday-mismatch'"),
      new Case("decimal parameter given as text", CHECKS, """
          checks:
            conversion-mismatch:
              tolerance: "3%"
          """, "3:16", "parameter 'tolerance' of check 'conversion-mismatch' must be a number, not a"
              + " text"),
      new Case("decimal parameter out of range", CHECKS, """
          checks:
            conversion-mismatch:
              tolerance: 1.5
          """, "3:16", "parameter 'tolerance' of check 'conversion-mismatch' must be between 0 and"
              + " 1, not 1.5"),
      new Case("negative tolerance", CHECKS, """
          checks:
            fact-contradiction: { tolerance: -0.02 }
          """, "2:36", "parameter 'tolerance' of check 'fact-contradiction' must be between 0 and 1, not -0.02"),
      new Case("int parameter given a decimal", CHECKS, """
          checks:
            name-variant:
              max-distance: 2.5
          """, "3:19", "parameter 'max-distance' of check 'name-variant' must be a whole number, not"
              + " a decimal number"),
      new Case("int parameter out of range", CHECKS, """
          checks:
            name-variant:
              min-length: 0
          """, "3:17", "parameter 'min-length' of check 'name-variant' must be between 2 and 50,"
              + " not 0"),
      new Case("int parameter in hexadecimal", CHECKS, """
          checks:
            name-variant: { max-distance: 0x2 }
          """, "2:33", "parameter 'max-distance' of check 'name-variant' must be a whole number"
              + " written in digits, not '0x2'"),
      new Case("decimal parameter that is not a number", CHECKS, """
          checks:
            figure-mismatch: { tolerance: .nan }
          """, "2:33", "parameter 'tolerance' of check 'figure-mismatch' must be a decimal number,"
              + " not '.nan'"),
      new Case("enabled given as text", CHECKS, """
          checks:
            count-mismatch:
              enabled: "no"
          """, "3:14", "'enabled' of check 'count-mismatch' must be true or false, not a text"),
      new Case("checks is a list", CHECKS, """
          checks: [weekday-mismatch, date-mismatch]
          """, "1:9", "checks must be a mapping (key: value), not a list"),
      new Case("a check is a list", CHECKS, """
          checks:
            weekday-mismatch: [error]
          """, "2:21", "check 'weekday-mismatch' must be a mapping (key: value), not a list"),
      new Case("duplicate check", CHECKS, """
          checks:
            weekday-mismatch: { severity: error }
            weekday-mismatch: { severity: info }
          """, "3:3", "duplicate key 'weekday-mismatch'"),
      new Case("unclosed flow mapping", CHECKS, """
          checks:
            weekday-mismatch: { severity: error
            date-mismatch: { severity: info }
          """, "3:16", "YAML syntax error:"),
      new Case("tab indentation", CHECKS, "checks:\n\tweekday-mismatch: {}\n",
          "2:1", "YAML syntax error:"),
      new Case("bad indentation", CHECKS, """
          checks:
            weekday-mismatch:
                severity: error
             enabled: false
          """, "4:4", "YAML syntax error:"),
      new Case("a tag", CHECKS, """
          checks:
            weekday-mismatch: !severity { severity: error }
          """, "2:21", "YAML tags (!tag) are not allowed in rule files"),
      new Case("a Java type tag", CHECKS, """
          checks:
            weekday-mismatch: { severity: !!javax.script.ScriptEngineManager [] }
          """, "2:33", "YAML tags (!tag) are not allowed in rule files"),
      new Case("an anchor", CHECKS, """
          checks:
            weekday-mismatch: &strict { severity: error }
            date-mismatch: *strict
          """, "2:21", "YAML anchors (&name) are not allowed in rule files"),
      new Case("two documents", CHECKS, """
          checks: {}
          ---
          checks: {}
          """, "3:1", "only one YAML document is allowed per file"),
      new Case("the file is a list", CHECKS, """
          - weekday-mismatch
          """, "1:1", "the file must be a mapping (key: value), not a list"),

      // ------------------------------------------------------------ entities.yaml
      new Case("unknown entity key", ENTITIES, """
          entities:
            - name: Mistral AI
              knd: organization
          """, "3:5", "unknown key 'knd' in entity; known keys: aliases, currency, kind, name"),
      new Case("entity without kind", ENTITIES, """
          entities:
            - name: Mistral AI
              aliases: [Mistral]
          """, "2:5", "entity 'Mistral AI' has no 'kind'"),
      new Case("entity without name", ENTITIES, """
          entities:
            - { kind: place, currency: CAD }
          """, "2:5", "entity has no 'name'"),
      new Case("bad entity kind", ENTITIES, """
          entities:
            - { name: Ottawa, kind: city }
          """, "2:27", "bad kind 'city' for entity 'Ottawa'; use organization, person, place,"),
      new Case("currency on a person", ENTITIES, """
          entities:
            - { name: Emmanuel Macron, kind: person, currency: EUR }
          """, "2:44", "only places have a currency, and 'Emmanuel Macron' is person"),
      new Case("lower-case currency", ENTITIES, """
          entities:
            - { name: Ottawa, kind: place, currency: cad }
          """, "2:44", "'cad' is not an ISO 4217 currency code (such as CAD)"),
      new Case("unknown currency", ENTITIES, """
          entities:
            - { name: Ottawa, kind: place, currency: CAQ }
          """, "2:44", "'CAQ' is not an ISO 4217 currency code"),
      new Case("duplicate entity name", ENTITIES, """
          entities:
            - { name: Mistral AI, kind: organization, aliases: [Mistral] }
            - { name: Mistral, kind: place }
          """, "3:13", "duplicate entity name 'Mistral': already a name of 'Mistral AI'"),
      new Case("duplicate name that differs by accents and case", ENTITIES, """
          entities:
            - { name: États-Unis, kind: place, currency: USD }
            - { name: Amérique, kind: place, aliases: ["etats unis"] }
          """, "3:46", "duplicate entity name 'etats unis': already a name of 'États-Unis'"),
      new Case("aliases not a list", ENTITIES, """
          entities:
            - name: Mistral AI
              kind: organization
              aliases: Mistral
          """, "4:14", "'aliases' of entity 'Mistral AI' must be a list, not a text"),
      new Case("alias is a number", ENTITIES, """
          entities:
            - { name: G7, kind: organization, aliases: [7] }
          """, "2:47", "'aliases' of entity 'G7' must list texts, not a whole number"),
      new Case("empty entity name", ENTITIES, """
          entities:
            - { name: "", kind: organization }
          """, "2:13", "'name' of an entity is empty"),
      new Case("alias without letters", ENTITIES, """
          entities:
            - { name: OpenAI, kind: organization, aliases: ["«»"] }
          """, "2:51", "a name or alias must hold at least one letter or digit"),
      new Case("entities is a mapping", ENTITIES, """
          entities:
            name: Mistral AI
          """, "2:3", "entities must be a list, not a mapping"),

      // ------------------------------------------------------------ predicates.yaml
      new Case("predicate id not kebab-case", PREDICATES, """
          predicates:
            - id: Investment
              kinds: [money]
              terms: ["invest*"]
          """, "2:9", "the predicate id 'Investment' must be kebab-case"),
      new Case("duplicate predicate id", PREDICATES, """
          predicates:
            - { id: investment, kinds: [money], terms: ["invest*"] }
            - { id: investment, kinds: [money], terms: ["injecte*"] }
          """, "3:11", "duplicate predicate id 'investment', first defined at"),
      new Case("bad predicate kind", PREDICATES, """
          predicates:
            - { id: investment, kinds: [euros], terms: ["invest*"] }
          """, "2:31", "bad kind 'euros' in predicate 'investment'; use money, date, percent or"
              + " count"),
      new Case("star inside a word", PREDICATES, """
          predicates:
            - { id: investment, kinds: [money], terms: ["invest*", "in*vest"] }
          """, "2:58", "'*' may only end a word, in term \"in*vest\""),
      new Case("predicate without terms", PREDICATES, """
          predicates:
            - id: investment
              kinds: [money]
          """, "2:5", "predicate 'investment' has no 'terms'"),
      new Case("predicate with empty terms", PREDICATES, """
          predicates:
            - { id: investment, kinds: [money], terms: [] }
          """, "2:46", "'terms' of predicate 'investment' is empty"),

      // ------------------------------------------------------------ facts/*.yaml
      new Case("fact without source", FACTS, """
          facts:
            - id: g7-hiroshima-summit
              about: ["G7", "Hiroshima"]
              value: "du 19 au 21 mai 2023"
          """, "2:5", "fact 'g7-hiroshima-summit' has no 'source': every fact needs a checkable"
              + " source"),
      new Case("fact with an empty source", FACTS, """
          facts:
            - id: g7-hiroshima-summit
              about: ["G7", "Hiroshima"]
              value: "du 19 au 21 mai 2023"
              source:
          """, "5:12", "fact 'g7-hiroshima-summit' has no 'source'"),
      new Case("source that is not a web address", FACTS, """
          facts:
            - id: g7-hiroshima-summit
              about: ["G7", "Hiroshima"]
              value: "du 19 au 21 mai 2023"
              source: "Wikipédia"
          """, "5:13", "'source' of fact 'g7-hiroshima-summit' must be a web address"),
      new Case("value the grammar cannot read", FACTS, """
          facts:
            - id: g7-hiroshima-summit
              about: ["G7", "Hiroshima"]
              value: "au printemps"
              source: "https://japan.go.jp/kizuna/2023/07/historical_significance_of_g7.html"
          """, "4:12", "cannot read the value \"au printemps\" of fact 'g7-hiroshima-summit' as a"
              + " French figure"),
      new Case("fact id not kebab-case", FACTS, """
          facts:
            - id: G7_Hiroshima
              about: ["G7"]
              value: "mai 2023"
              source: "https://example.org/g7"
          """, "2:9", "the fact id 'G7_Hiroshima' must be kebab-case"),
      new Case("duplicate fact id", FACTS, """
          facts:
            - { id: g7, about: [G7], value: "mai 2023", source: "https://example.org/a" }
            - { id: g7, about: [G7], value: "juin 2024", source: "https://example.org/b" }
          """, "3:11", "duplicate fact id 'g7', first defined at"),
      new Case("empty about", FACTS, """
          facts:
            - { id: g7, about: [], value: "mai 2023", source: "https://example.org/a" }
          """, "2:22", "'about' of fact 'g7' is empty"),
      new Case("about missing", FACTS, """
          facts:
            - { id: g7, value: "mai 2023", source: "https://example.org/a" }
          """, "2:5", "fact 'g7' has no 'about'"),
      new Case("unknown fact key", FACTS, """
          facts:
            - id: g7
              about: [G7]
              value: "mai 2023"
              sources: ["https://example.org/a"]
          """, "5:5", "unknown key 'sources' in fact; known keys: about, id, keywords, note, source,"
              + " value"),
      new Case("value missing", FACTS, """
          facts:
            - { id: g7, about: [G7], source: "https://example.org/a" }
          """, "2:5", "fact 'g7' has no 'value'"),
      new Case("bad keyword", FACTS, """
          facts:
            - { id: g7, about: [G7], keywords: ["*sommet"], value: "mai 2023",
                source: "https://example.org/a" }
          """, "2:39", "'*' may only end a word"),
      new Case("note is a list", FACTS, """
          facts:
            - { id: g7, about: [G7], value: "mai 2023", source: "https://example.org/a",
                note: [a, b] }
          """, "3:13", "'note' of fact 'g7' must be a text, not a list"),
      new Case("facts is a mapping", FACTS, """
          facts:
            g7: { about: [G7] }
          """, "2:3", "facts must be a list, not a mapping"));

  @TestFactory
  Stream<DynamicTest> eachBrokenFileIsReportedWithItsPosition(@TempDir Path root) {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Path dir = Files.createTempDirectory(root, "rules");
      Path file = dir.resolve(c.file());
      Files.createDirectories(file.getParent());
      Files.writeString(file, c.content());
      RuleLoader loader = new RuleLoader(new DefaultCheckCatalog(), FakeGrammar::parse);
      RuleException e = assertThrows(RuleException.class, () -> loader.load(dir));
      String prefix = file.toString().replace('\\', '/') + ":" + c.position() + ": ";
      assertTrue(e.getMessage().startsWith(prefix + c.message()),
          () -> "expected " + prefix + c.message() + "\n     got " + e.getMessage());
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
      assertEquals(prefix + e.detail(), e.getMessage());
    }));
  }

  @TestFactory
  Stream<DynamicTest> aFactIdIsUniqueAcrossFiles(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("facts"));
    Files.writeString(dir.resolve("facts/a.yaml"), """
        facts:
          - { id: g7, about: [G7], value: "mai 2023", source: "https://example.org/a" }
        """);
    Path extra = dir.resolve("extra.yaml");
    Files.writeString(extra, """
        # an extra file
        facts:
          - { id: g7, about: [G7], value: "mai 2023", source: "https://example.org/b" }
        """);
    RuleLoader loader = new RuleLoader(new DefaultCheckCatalog(), FakeGrammar::parse);
    return Stream.of(
        DynamicTest.dynamicTest("in the rules folder and an extra file", () -> {
          RuleException e = assertThrows(RuleException.class,
              () -> loader.load(dir, List.of(extra)));
          assertEquals(extra.toString().replace('\\', '/') + ":3:11: duplicate fact id 'g7', first"
              + " defined at " + dir.resolve("facts/a.yaml").toString().replace('\\', '/')
              + ":2:11", e.getMessage());
        }),
        DynamicTest.dynamicTest("an extra file that does not exist", () -> {
          Path missing = dir.resolve("missing.yaml");
          RuleException e = assertThrows(RuleException.class,
              () -> loader.load(dir, List.of(missing)));
          assertEquals(missing.toString().replace('\\', '/') + ":1:1: no such file",
              e.getMessage());
        }),
        DynamicTest.dynamicTest("a value parser that throws", () -> {
          RuleLoader throwing = new RuleLoader(new DefaultCheckCatalog(), v -> {
            throw new IllegalStateException("grammar exploded");
          });
          RuleException e = assertThrows(RuleException.class, () -> throwing.load(dir));
          assertEquals(dir.resolve("facts/a.yaml").toString().replace('\\', '/')
              + ":2:35: cannot read the value \"mai 2023\" of fact 'g7': grammar exploded",
              e.getMessage());
        }));
  }
}
