package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.figlint.rule.CheckSpec;
import org.junit.jupiter.api.Test;

/** Every check has documentation, messages in both languages, and an entry in the catalog. */
class ChecksMetaTest {
  private static Properties bundle(String suffix) throws Exception {
    Properties p = new Properties();
    try (InputStream in = ChecksMetaTest.class.getResourceAsStream(
        "/org/figlint/check/messages" + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyCheckIsDocumentedInBothLanguages() throws Exception {
    Properties en = bundle("");
    Properties fr = bundle("_fr");
    for (Check check : Linter.CHECKS) {
      for (String key : new String[] {"summary", "description", "example"}) {
        assertTrue(en.containsKey(check.id() + "." + key), check.id() + "." + key + " (en)");
        assertTrue(fr.containsKey(check.id() + "." + key), check.id() + "." + key + " (fr)");
      }
    }
    assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(fr.stringPropertyNames()));
  }

  @Test
  void catalogAndChecksAgree() {
    Set<String> catalog = Linter.specs().stream().map(CheckSpec::id).collect(Collectors.toSet());
    Set<String> checks = Linter.CHECKS.stream().map(Check::id).collect(Collectors.toSet());
    assertEquals(catalog, checks);
    assertEquals(10, checks.size());
  }

  @Test
  void patternsFormatInBothLanguages() throws Exception {
    for (Locale locale : Messages.supported()) {
      Messages m = new Messages(locale);
      Properties p = bundle(locale.getLanguage().equals("fr") ? "_fr" : "");
      for (String key : p.stringPropertyNames()) {
        String pattern = p.getProperty(key);
        if (pattern.contains("{0}")) {
          String text = m.get(key, "A", "B", "C", "D", "E", "F", "G", "H");
          assertFalse(text.contains("{"), key + ": " + text);
          assertFalse(text.contains("''"), key + ": " + text);
        } else {
          assertFalse(pattern.contains("''"), key + " has no arguments: write single quotes");
        }
      }
    }
  }
}
