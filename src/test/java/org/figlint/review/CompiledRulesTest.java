package org.figlint.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.figlint.report.Severity;
import org.figlint.rule.CheckConfig;
import org.figlint.rule.CompiledRules;
import org.figlint.rule.Entity;
import org.figlint.rule.EntityKind;
import org.figlint.rule.Fact;
import org.figlint.rule.Origin;
import org.figlint.rule.Predicate;
import org.figlint.rule.RuleSet;
import org.figlint.value.Count;
import org.figlint.value.DateInterval;
import org.figlint.value.Grain;
import org.figlint.value.Kind;
import org.figlint.value.Money;
import org.figlint.value.Percent;
import org.figlint.value.Period;
import org.figlint.value.Qualifier;
import org.junit.jupiter.api.Test;

/** The bundled rules' compiled form: the same rules as their files, read back exactly. */
class CompiledRulesTest {

  @Test
  void theBuildsCompiledFormHoldsTheRulesOfTheFiles() {
    RuleSet compiled = CompiledRules.bundled(getClass().getClassLoader()).orElseThrow(
        () -> new AssertionError(CompiledRules.RESOURCE + " is missing: the build writes it"));
    RuleSet files = Reviewer.readFiles(null, List.of(), true);
    assertEquals(files, compiled);
    assertTrue(compiled.facts().size() >= 30, "facts: " + compiled.facts().size());
  }

  @Test
  void loadingTheBundledRulesGivesTheRulesOfTheFiles() {
    assertEquals(Reviewer.readFiles(null, List.of(), true),
        Reviewer.loadRules(null, List.of(), true));
    RuleSet withoutFacts = Reviewer.loadRules(null, List.of(), false);
    assertEquals(Reviewer.readFiles(null, List.of(), false), withoutFacts);
    assertEquals(List.of(), withoutFacts.facts());
  }

  @Test
  void everyShapeOfRuleAndValueIsReadBackExactly() throws IOException {
    Origin origin = new Origin("faits/essai.yaml", 12, 5);
    Map<String, CheckConfig> checks = new LinkedHashMap<>();
    checks.put("figure-mismatch", new CheckConfig("figure-mismatch", true, Severity.WARNING,
        Map.of("tolerance", new BigDecimal("0.050"), "window", 31, "strict", true,
            "mode", "strict")));
    checks.put("weekday", new CheckConfig("weekday", false, Severity.INFO, Map.of()));
    List<Entity> entities = List.of(
        new Entity("Banque de France", EntityKind.ORGANIZATION, List.of("BdF", "la Banque"),
            null, origin),
        new Entity("Ottawa", EntityKind.PLACE, List.of(), "CAD", null),
        new Entity("Zoë Ça’va « test »", EntityKind.PERSON, List.of("\u00a0Zoë"), null, origin));
    List<Predicate> predicates = List.of(
        new Predicate("investment", List.of(Kind.MONEY), List.of("investir", "investissement"),
            false, origin),
        new Predicate("revenue", Arrays.asList(Kind.values()), List.of(), true, null));
    List<Fact> facts = List.of(
        fact("money-range", Money.range(new BigDecimal("1.5E9"), new BigDecimal("2000000000"),
            "EUR")),
        fact("money-full", new Money(new BigDecimal("225000000"), "GBP", Qualifier.ABOUT, null,
            null, Period.values()[0], List.of("USD", "CAD"), new BigDecimal("0.01"))),
        fact("date-day", DateInterval.day(LocalDate.of(2023, 5, 19))),
        fact("date-month", new DateInterval(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
            Grain.MONTH, 2025, 3, null, DayOfWeek.MONDAY, DayOfWeek.SUNDAY, true)),
        fact("date-unresolved", new DateInterval(null, null, Grain.DAY, null, 3, 18,
            DayOfWeek.TUESDAY, null, false)),
        fact("percent", new Percent(new BigDecimal("-2.75"), Qualifier.MORE_THAN, true)),
        fact("count", new Count(new BigDecimal("1500"), "salariés", Qualifier.AT_MOST)));
    RuleSet rules = new RuleSet(checks, entities, predicates, facts);

    RuleSet read = CompiledRules.read(new ByteArrayInputStream(bytes(rules)));

    assertEquals(rules, read);
    assertEquals(List.copyOf(rules.checks().keySet()), List.copyOf(read.checks().keySet()));
    Fact note = read.facts().get(0);
    assertEquals("Source : https://example.org/essai", note.source());
    assertEquals(null, read.facts().get(1).note());
  }

  @Test
  void aBrokenFormIsRefusedAndTheFilesAreReadInstead() throws IOException {
    RuleSet rules = new RuleSet(Map.of(), List.of(), List.of(),
        List.of(fact("count", Count.of("3", "sites"))));
    byte[] good = bytes(rules);
    assertThrows(IOException.class,
        () -> CompiledRules.read(new ByteArrayInputStream(Arrays.copyOf(good, good.length - 3))));
    byte[] longer = Arrays.copyOf(good, good.length + 1);
    assertThrows(IOException.class, () -> CompiledRules.read(new ByteArrayInputStream(longer)));
    byte[] foreign = good.clone();
    foreign[0] = 'X';
    assertThrows(IOException.class, () -> CompiledRules.read(new ByteArrayInputStream(foreign)));

    assertEquals(Optional.empty(), CompiledRules.bundled(serving(foreign)));
    assertEquals(Optional.empty(), CompiledRules.bundled(serving(null)));
    assertEquals(Optional.of(rules), CompiledRules.bundled(serving(good)));
  }

  /** A fact; the first has an odd source, the second no note. */
  private static Fact fact(String id, Object parsed) {
    String source = id.equals("money-range") ? "Source : https://example.org/essai"
        : "https://example.org/" + id;
    String note = id.equals("money-full") ? null : "une note";
    return new Fact(id, List.of("Banque de France"), List.of("investir"), "la valeur " + id,
        parsed, source, note, new Origin("faits/essai.yaml", 3, 1));
  }

  private static byte[] bytes(RuleSet rules) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompiledRules.write(rules, out);
    return out.toByteArray();
  }

  /** A class loader whose only resource is the compiled form {@code bytes} (none when null). */
  private static ClassLoader serving(byte[] bytes) {
    return new ClassLoader(null) {
      @Override
      public InputStream getResourceAsStream(String name) {
        return bytes != null && name.equals(CompiledRules.RESOURCE)
            ? new ByteArrayInputStream(bytes) : null;
      }

      @Override
      protected URL findResource(String name) {
        return null;
      }
    };
  }
}
