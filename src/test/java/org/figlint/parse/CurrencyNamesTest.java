package org.figlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrencyNamesTest {
  @Test
  void marksAreTakenOffAsTheUnicodeCategoryMDoes() {
    for (String text : List.of("livres égyptiennes", "couronnes tchèques", "€", "złoty", "dông",
        "a\u0301\u20DD\u0903b", "x\uD834\uDD65y", "", "ñ", "ﬁ")) {
      String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
      assertEquals(nfd.replaceAll("\\p{M}", ""), CurrencyNames.withoutMarks(nfd), text);
    }
  }

  @Test
  void namesWithAccentsResolveTheSameEveryTime() {
    for (int round = 0; round < 3; round++) {
      assertEquals("EGP", CurrencyNames.resolve("livres", "égyptiennes").code());
      assertEquals("EUR", CurrencyNames.resolve("€", null).code());
      assertNotNull(CurrencyNames.resolve("Euros", null));
      assertNull(CurrencyNames.resolve("écus", null));
    }
  }
}
