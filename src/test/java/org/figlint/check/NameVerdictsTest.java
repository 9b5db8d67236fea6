package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.ClaimArchive;
import org.figlint.claim.Lexicon;
import org.figlint.document.DocumentLoader;
import org.figlint.parse.Extractor;
import org.figlint.report.Finding;
import org.figlint.rule.CheckConfig;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleLoader;
import org.figlint.rule.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * name-variant keeps its verdict on each group of words as written, per lexicon: the verdicts
 * kept give the findings that working them out again gives, for the settings they were made
 * with only, and there are never more of them than the bound.
 */
class NameVerdictsTest {
  private static final RuleSet RULES =
      new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue).loadBundled();

  private static final String TEXT = """
      Hugginh Fase a dévoilé un partenariat avec Microsoft, a indiqué OpenIA.
      Hugginh Fase et OpenIA ont répondu le même jour ; Microsoft n'a rien dit.
      """;

  private static List<String> findings(Lexicon lexicon, int maxDistance, String text) {
    Map<String, Object> params = new HashMap<>(RULES.check("name-variant").params());
    params.put("max-distance", maxDistance);
    CheckConfig config = new CheckConfig("name-variant", true,
        RULES.check("name-variant").severity(), params);
    var doc = DocumentLoader.fromText(text, "draft.txt");
    AnalysedDocument analysed = AnalysedDocument.of(doc,
        Extractor.create().extract(doc.analysed(), LocalDate.of(2024, 11, 15)), lexicon);
    CheckContext ctx = new CheckContext(config, lexicon, ExchangeRates.bundled(),
        new Messages(Locale.FRENCH), ClaimArchive.NONE, null);
    new NameVariantCheck().checkDocument(analysed, ctx);
    return ctx.findings().stream().map(Finding::message).toList();
  }

  @Test
  void keptVerdictsGiveTheFindingsOfAFreshLexicon() {
    Lexicon shared = Lexicon.of(RULES);
    List<String> first = findings(shared, 2, TEXT);
    assertEquals(4, first.size(), first.toString());
    // The second time every group of words is known: the same findings.
    assertEquals(first, findings(shared, 2, TEXT));
    assertEquals(first, findings(Lexicon.of(RULES), 2, TEXT));
  }

  @Test
  void verdictsMadeWithOtherSettingsAreNotUsed() {
    Lexicon shared = Lexicon.of(RULES);
    // "Hugginh Fase" is two edits from "Hugging Face": a variant with max-distance 2, not with 1.
    List<String> two = findings(shared, 2, TEXT);
    List<String> one = findings(shared, 1, TEXT);
    assertEquals(findings(Lexicon.of(RULES), 1, TEXT), one);
    assertTrue(two.stream().anyMatch(m -> m.contains("Hugginh Fase")), two.toString());
    assertTrue(one.stream().noneMatch(m -> m.contains("Hugginh Fase")), one.toString());
    assertEquals(two, findings(shared, 2, TEXT));
  }

  @Test
  void theVerdictsKeptAreBounded() {
    NameVariantCheck.NameIndex index = new NameVariantCheck.NameIndex(Lexicon.of(RULES));
    NameVariantCheck.NameIndex.Verdicts verdicts = index.verdicts(2, 5);
    for (int i = 0; i < NameVariantCheck.NameIndex.MAX_VERDICTS * 2 + 7; i++) {
      verdicts.put("Nom" + i, NameVariantCheck.NO_MATCH);
      assertTrue(verdicts.byWritten().size() <= NameVariantCheck.NameIndex.MAX_VERDICTS);
    }
    assertSame(NameVariantCheck.NO_MATCH, verdicts.get("Nom" + (NameVariantCheck.NameIndex.MAX_VERDICTS * 2 + 6)));
    assertSame(verdicts, index.verdicts(2, 5));
  }
}
