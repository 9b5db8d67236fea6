package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar: drawn on a terminal for long runs only, and never in CI. */
class ProgressTest {

  private final AtomicLong now = new AtomicLong();
  private final StringWriter err = new StringWriter();

  private Progress progress(boolean terminal, Locale locale) {
    return new Progress(new PrintWriter(err), locale, terminal, now::get);
  }

  @Test
  void aLongRunShowsDocumentsThroughputThenFindings() {
    Progress p = progress(true, Locale.FRENCH);
    p.start(4);
    p.documentDone("é".repeat(500_000));   // 1 MB in UTF-8
    now.set(Progress.DELAY_NANOS);           // half a second
    p.tick();
    assertEquals("\rfiglint : [#####---------------] 1/4 documents · 2,0 Mo/s", err.toString());
    p.documentDone("x");
    p.documentDone("x");
    p.documentDone("x");
    p.checking();
    now.set(2 * Progress.DELAY_NANOS);
    p.tick();
    assertTrue(err.toString().endsWith(
        "\rfiglint : [####################] 4/4 documents · 2,0 Mo/s · vérification…"),
        err.toString());
    p.finish(3);
    assertTrue(err.toString().endsWith(
        "\rfiglint : [####################] 4/4 documents · 2,0 Mo/s · 3 constats"
            + "   \n"), err.toString());
  }

  @Test
  void inEnglish() {
    Progress p = progress(true, Locale.ENGLISH);
    p.start(2);
    p.documentDone("abc");
    now.set(Progress.DELAY_NANOS);
    p.tick();
    p.finish(1);
    assertTrue(err.toString().endsWith("1/2 documents · 0.0 MB/s · 1 finding\n"),
        err.toString());
  }

  @Test
  void aShortRunPrintsNothing() {
    Progress p = progress(true, Locale.FRENCH);
    p.start(2);
    p.documentDone("abc");
    now.set(Progress.DELAY_NANOS - 1);
    p.tick();
    p.finish(5);
    assertEquals("", err.toString());
  }

  @Test
  void withoutATerminalNothingIsPrinted() {
    Progress p = progress(false, Locale.FRENCH);
    p.start(2);
    p.documentDone("abc");
    now.set(10 * Progress.DELAY_NANOS);
    p.tick();
    p.finish(5);
    assertEquals("", err.toString());
  }

  @Test
  void ciIsRecognized() {
    assertTrue(Progress.inCi("true"));
    assertTrue(Progress.inCi("1"));
    assertFalse(Progress.inCi(null));
    assertFalse(Progress.inCi(""));
    assertFalse(Progress.inCi("false"));
    assertFalse(Progress.inCi("0"));
  }

  @Test
  void utf8Length() {
    assertEquals(0, Progress.utf8Length(""));
    assertEquals(1 + 2 + 3 + 4, Progress.utf8Length("aé€😀"));
  }
}
