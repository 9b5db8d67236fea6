package org.figlint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.figlint.bench.CorpusGenerator.Density;
import org.figlint.bench.CorpusGenerator.GeneratedDocument;
import org.figlint.bench.CorpusGenerator.Inconsistency;
import org.figlint.cli.Main;
import org.figlint.parse.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The generator: same seed, same bytes; the size asked for; weekdays the calendar agrees with. */
class CorpusGeneratorTest {
  private static final List<String> WEEKDAYS = List.of(Figures.WEEKDAYS);
  private static final List<String> MONTHS = List.of(Figures.MONTHS);
  private static final Pattern WEEKDAY_DATE = Pattern.compile("\\b("
      + String.join("|", Figures.WEEKDAYS) + ") (1er|\\d{1,2}) (" + String.join("|", Figures.MONTHS)
      + ")(?: (\\d{4}))?");

  private static String generate(long seed, long bytes) throws Exception {
    StringWriter out = new StringWriter();
    new CorpusGenerator(seed, Density.NORMAL, 0.05).write(out, bytes);
    return out.toString();
  }

  @Test
  void sameSeedSameBytes() throws Exception {
    String a = generate(7, 200_000);
    assertEquals(a, generate(7, 200_000));
    assertNotEquals(a, generate(8, 200_000));
  }

  @Test
  void honorsTheSizeAskedFor() throws Exception {
    for (long size : new long[] {100_000, 1_000_000}) {
      StringWriter out = new StringWriter();
      CorpusGenerator.Summary s = new CorpusGenerator(3, Density.HIGH, 0.02).write(out, size);
      long actual = out.toString().getBytes(StandardCharsets.UTF_8).length;
      assertEquals(actual, s.bytes(), "summary counts the bytes written");
      assertTrue(Math.abs(actual - size) <= size * 0.02, size + " asked, " + actual + " written");
    }
  }

  @Test
  void everyDocumentStartsWithItsDateLine() {
    CorpusGenerator.Run run = new CorpusGenerator(5, Density.LOW, 0).generate(300_000);
    while (run.hasNext()) {
      GeneratedDocument doc = run.next();
      assertTrue(doc.text().startsWith("date " + doc.date() + "\n"), doc.name());
    }
  }

  @Test
  void weekdaysAreRightByTheCalendar() {
    assertEquals(0, wrongWeekdays(11, 0).size(), "no error planted, none written");
  }

  @Test
  void theWrongWeekdaysAreTheOnesPlanted() {
    CorpusGenerator.Run run = new CorpusGenerator(11, Density.HIGH, 0.2).generate(400_000);
    List<String> wrong = wrongWeekdays(run);
    long planted = run.summary().planted().get(Inconsistency.WEEKDAY);
    assertTrue(planted > 10, "planted " + planted);
    assertEquals(planted, wrong.size(), String.join("\n", wrong));
  }

  private static List<String> wrongWeekdays(long seed, double share) {
    return wrongWeekdays(new CorpusGenerator(seed, Density.HIGH, share).generate(400_000));
  }

  /** Weekdays that do not match their date; a date without a year is in the nearest year. */
  private static List<String> wrongWeekdays(CorpusGenerator.Run run) {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    while (run.hasNext()) {
      GeneratedDocument doc = run.next();
      Matcher m = WEEKDAY_DATE.matcher(doc.text());
      while (m.find()) {
        DayOfWeek written = DayOfWeek.of(WEEKDAYS.indexOf(m.group(1)) + 1);
        int day = m.group(2).equals("1er") ? 1 : Integer.parseInt(m.group(2));
        int month = MONTHS.indexOf(m.group(3)) + 1;
        LocalDate date = m.group(4) != null
            ? LocalDate.of(Integer.parseInt(m.group(4)), month, day)
            : nearest(doc.date(), month, day);
        checked++;
        if (date.getDayOfWeek() != written) {
          wrong.add(doc.name() + ": " + m.group() + " is a " + date.getDayOfWeek());
        }
      }
    }
    assertTrue(checked > 100, "only " + checked + " weekdays written");
    return wrong;
  }

  private static LocalDate nearest(LocalDate reference, int month, int day) {
    LocalDate best = null;
    for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
      if (month == 2 && day == 29 && !java.time.Year.isLeap(y)) {
        continue;
      }
      LocalDate candidate = LocalDate.of(y, month, day);
      if (best == null || Math.abs(ChronoUnit.DAYS.between(reference, candidate))
          < Math.abs(ChronoUnit.DAYS.between(reference, best))) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * The settings keep the densities they are documented with: {@code news} as dense in figures
   * as the real news archive (2,800 mentions per MB as extracted), the others two, four and
   * seven times denser.
   */
  @Test
  void densitiesGiveTheMentionRatesTheyAreDocumentedWith() {
    Extractor extractor = Extractor.create();
    double[][] expected = {{2_000, 3_600}, {4_500, 7_000}, {10_000, 14_500}, {16_000, 23_000}};
    Density[] densities = {Density.NEWS, Density.LOW, Density.NORMAL, Density.HIGH};
    for (int i = 0; i < densities.length; i++) {
      CorpusGenerator.Run run = new CorpusGenerator(13, densities[i], 0.02).generate(400_000);
      long mentions = 0;
      long bytes = 0;
      while (run.hasNext()) {
        GeneratedDocument doc = run.next();
        mentions += extractor.extract(doc.text(), doc.date()).size();
        bytes += doc.text().getBytes(StandardCharsets.UTF_8).length;
      }
      double perMb = mentions * 1e6 / bytes;
      assertTrue(perMb >= expected[i][0] && perMb <= expected[i][1],
          densities[i] + ": " + Math.round(perMb) + " mentions per MB");
    }
    assertEquals(Density.NEWS, Density.parse(" News "));
  }

  @Test
  void figlintExtractFindsEveryKindOfFigure(@TempDir Path dir) throws Exception {
    CorpusGenerator.Summary s = new CorpusGenerator(21, Density.NORMAL, 0.02)
        .writeFolder(dir, 100_000);
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertEquals(0, cl.execute("extract", "--format", "jsonl", dir.toString()));
    Map<String, Integer> kinds = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : out.toString().split("\n")) {
      JsonNode mention = json.readTree(line);
      kinds.merge(mention.get("kind").asText(), 1, Integer::sum);
    }
    for (String kind : List.of("money", "date", "percent", "count")) {
      assertTrue(kinds.getOrDefault(kind, 0) > 20, kind + " in " + kinds);
    }
    int total = kinds.values().stream().mapToInt(Integer::intValue).sum();
    assertTrue(total > s.bytes() / 200, total + " figures in " + s.bytes() + " bytes");
  }
}
