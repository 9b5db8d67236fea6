package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.Claim;
import org.figlint.document.DocumentLoader;
import org.figlint.report.Timeline;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleLoader;
import org.figlint.value.DateInterval;
import org.junit.jupiter.api.Test;

/**
 * The report's timeline groups the dates of an event as date-mismatch compares them, pair by
 * pair: two of one document unless they share a sentence, two of documents published within 31
 * days (or undated). Worked out by document, it must make the groups that pairs make.
 */
class TimelinesTest {
  private static final Linter LINTER = new Linter(
      new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue).loadBundled(),
      ExchangeRates.bundled(), Locale.FRENCH);
  private static final String[] MONTHS = {"mars", "avril", "mai"};
  private static final String[] COMPANIES = {"Mistral AI", "OpenAI"};

  private static String sentence(Random random) {
    String company = COMPANIES[random.nextInt(COMPANIES.length)];
    String first = "en " + MONTHS[random.nextInt(3)] + " 2023";
    if (random.nextInt(4) == 0) {
      return company + " a été fondée " + first + ", et non en " + MONTHS[random.nextInt(3)]
          + " 2023. ";
    }
    return company + " a été fondée " + first + ". ";
  }

  @Test
  void groupsByDocumentAreThoseOfEveryPair() {
    Random random = new Random(17);
    int events = 0;
    for (int round = 0; round < 150; round++) {
      List<AnalysedDocument> docs = new ArrayList<>();
      for (int d = random.nextInt(6); d >= 0; d--) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(6) > 0) {
          text.append("date ").append(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(120)))
              .append('\n');
        }
        for (int s = random.nextInt(4); s >= 0; s--) {
          text.append(sentence(random));
        }
        docs.add(LINTER.analyse(DocumentLoader.fromText(text.toString(), "d" + d + ".txt"),
            null));
      }
      List<Timeline.Event> made = Timelines.of(docs, List.of());
      Set<Set<String>> expected = pairwise(docs);
      Set<Set<String>> actual = new HashSet<>();
      for (Timeline.Event e : made) {
        Set<String> marks = new TreeSet<>();
        e.marks().forEach(m -> marks.add(m.file() + ":" + m.line() + ":" + m.column()));
        actual.add(marks);
        LocalDate latestStart = e.marks().stream().map(Timeline.Mark::start)
            .max(LocalDate::compareTo).orElseThrow();
        boolean apart = e.marks().stream().anyMatch(m -> m.end().isBefore(latestStart));
        assertEquals(apart, e.disagree(), e.toString());
      }
      assertEquals(expected, actual);
      events += made.size();
    }
    assertTrue(events > 100, "events: " + events);
  }

  /** The groups of two or more that joining every pair gives. */
  private static Set<Set<String>> pairwise(List<AnalysedDocument> docs) {
    List<Integer> docOf = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      for (Claim c : docs.get(d).claims()) {
        if (c.value() instanceof DateInterval date && Timelines.namesAnEvent(c, date)) {
          docOf.add(d);
          claims.add(c);
        }
      }
    }
    int n = claims.size();
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Claim a = claims.get(i);
        Claim b = claims.get(j);
        if (!a.key().equals(b.key()) || a.sameSentence(b)) {
          continue;
        }
        LocalDate da = docs.get(docOf.get(i)).date();
        LocalDate db = docs.get(docOf.get(j)).date();
        if (docOf.get(i).equals(docOf.get(j)) || da == null || db == null
            || Math.abs(ChronoUnit.DAYS.between(da, db)) <= 31) {
          int from = group[j];
          int to = group[i];
          for (int k = 0; k < n; k++) {
            if (group[k] == from) {
              group[k] = to;
            }
          }
        }
      }
    }
    Map<Integer, Set<String>> byGroup = new HashMap<>();
    for (int i = 0; i < n; i++) {
      AnalysedDocument doc = docs.get(docOf.get(i));
      int from = doc.document().originalOffset(claims.get(i).mention().start());
      var at = doc.lines().position(from);
      byGroup.computeIfAbsent(group[i], k -> new TreeSet<>())
          .add(doc.path() + ":" + at.line() + ":" + at.column());
    }
    Set<Set<String>> out = new HashSet<>();
    byGroup.values().stream().filter(g -> g.size() > 1).forEach(out::add);
    return out;
  }
}
