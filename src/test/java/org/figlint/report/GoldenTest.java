package org.figlint.report;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each renderer's output for the sample report, under several default locales. */
class GoldenTest {

  private static final Locale DEFAULT = Locale.getDefault();

  @AfterEach
  void restoreDefaultLocale() {
    Locale.setDefault(DEFAULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr-FR", "en-US", "tr-TR", "ar-EG"})
  void text(String defaultLocale) {
    Locale.setDefault(Locale.forLanguageTag(defaultLocale));
    Golden.assertMatches("text",
        Golden.render("text", Locale.FRENCH, Sample.report(), Sample.sources(0)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr-FR", "en-US", "tr-TR", "ar-EG"})
  void json(String defaultLocale) {
    Locale.setDefault(Locale.forLanguageTag(defaultLocale));
    Golden.assertMatches("json",
        Golden.render("json", Locale.FRENCH, Sample.report(), Sample.sources(0)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr-FR", "en-US", "tr-TR", "ar-EG"})
  void sarif(String defaultLocale) {
    Locale.setDefault(Locale.forLanguageTag(defaultLocale));
    Golden.assertMatches("sarif",
        Golden.render("sarif", Locale.FRENCH, Sample.report(), Sample.sources(0)));
  }
}
