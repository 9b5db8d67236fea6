package org.figlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Compares rendered output with {@code src/test/resources/report/NAME.golden}. Run the tests with
 * {@code -Dgolden.update=true} to write the current output there instead, then review the diff.
 */
final class Golden {

  private static final Path DIRECTORY = Path.of("src", "test", "resources", "report");

  static String render(String format, Locale locale, Report report, SourceText sources) {
    var out = new StringWriter();
    try {
      Renderers.byName(format, locale).render(report, sources, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static void assertMatches(String name, String actual) {
    String file = name + ".golden";
    if (Boolean.getBoolean("golden.update")) {
      try {
        Files.writeString(DIRECTORY.resolve(file), actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    try (InputStream in = Golden.class.getResourceAsStream("/report/" + file)) {
      assertNotNull(in, file + " is missing: run the tests once with -Dgolden.update=true");
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Golden() {}
}
