package org.figlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TextRendererTest {

  private static final Locale DEFAULT = Locale.getDefault();

  @AfterEach
  void restoreDefaultLocale() {
    Locale.setDefault(DEFAULT);
  }

  @Test
  void summaryInFrench() {
    assertEquals("3 problèmes (1 erreur, 2 avertissements, 0 info) dans 3 fichiers",
        lastLine(Sample.report(), Locale.FRENCH));
  }

  @Test
  void summaryInEnglish() {
    assertEquals("3 problems (1 error, 2 warnings, 0 infos) in 3 files",
        lastLine(Sample.report(), Locale.ENGLISH));
  }

  @Test
  void frenchIsTheDefault() throws IOException {
    Locale.setDefault(Locale.ENGLISH);
    var out = new StringWriter();
    Renderers.byName("text").render(empty(2), SourceText.none(), out);
    assertEquals("Aucun problème dans 2 fichiers\n", out.toString());
  }

  @Test
  void noProblems() {
    assertEquals("Aucun problème dans 2 fichiers", lastLine(empty(2), Locale.FRENCH));
    assertEquals("No problems in 2 files", lastLine(empty(2), Locale.ENGLISH));
    assertEquals("Aucun problème dans 1 fichier", lastLine(empty(1), Locale.FRANCE));
    assertEquals("No problems in 1 file", lastLine(empty(1), Locale.UK));
  }

  @Test
  void suppressedFindingsAreNotProblems() {
    Finding suppressed = Sample.report().findings().stream()
        .filter(Finding::suppressed).findFirst().orElseThrow();
    var report = new Report(List.of(suppressed), Sample.RULES, "1", List.of(Sample.ARTICLE));
    assertEquals("Aucun problème dans 1 fichier", lastLine(report, Locale.FRENCH));
  }

  @Test
  void singular() {
    Finding error = Sample.report().findings().stream()
        .filter(f -> f.severity() == Severity.ERROR).findFirst().orElseThrow();
    var report = new Report(List.of(error), Sample.RULES, "1", List.of(Sample.ARTICLE));
    assertEquals("1 problème (1 erreur, 0 avertissement, 0 info) dans 1 fichier",
        lastLine(report, Locale.FRENCH));
    assertEquals("1 problem (1 error, 0 warnings, 0 infos) in 1 file",
        lastLine(report, Locale.ENGLISH));
  }

  @Test
  void theJvmDefaultLocaleNeverChoosesTheLanguage() {
    Locale.setDefault(Locale.FRENCH);
    assertEquals("No problems in 2 files", lastLine(empty(2), Locale.ENGLISH));
    assertEquals("No problems in 2 files", lastLine(empty(2), Locale.GERMAN));
    Locale.setDefault(Locale.ENGLISH);
    assertEquals("Aucun problème dans 2 fichiers", lastLine(empty(2), Locale.CANADA_FRENCH));
  }

  @Test
  void withoutSourceTextOnlyHeadersAndNotesArePrinted() {
    String text = Golden.render("text", Locale.ENGLISH, Sample.report(), SourceText.none());
    assertEquals("""
        articles/économie 2023.md:3:32: warning: Hausse de 12\u00a0% sans période de référence \
        ni source [unsourced-growth]
        articles/économie 2023.md:4:36: error: Le total annoncé (1\u00a0600 milliards d’euros) \
        ne correspond pas à la somme des montants cités (1\u00a0540 milliards d’euros) \
        [sum-mismatch]
          note: articles/économie 2023.md:2:39: montant cité ici
        transcripts/débat.txt:1:33: warning: L’Insee publie 7,3\u00a0% pour ce trimestre, \
        pas 7,1\u00a0% [fact-mismatch]
        3 problems (1 error, 2 warnings, 0 infos) in 3 files
        """, text);
  }

  private static Report empty(int files) {
    List<String> checked = List.of("a.md", "b.md").subList(0, files);
    return new Report(List.of(), List.of(), "1", checked);
  }

  private static String lastLine(Report report, Locale locale) {
    List<String> lines =
        Golden.render("text", locale, report, Sample.sources(0)).lines().toList();
    return lines.get(lines.size() - 1);
  }
}
