package org.figlint.news;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.figlint.check.Linter;
import org.figlint.claim.AnalysedDocument;
import org.figlint.report.Finding;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * figlint on 1,000 published news articles: it must find the weekday errors that the calendar
 * proves (computed independently, see bench/news/weekday_truth.py) and stay quiet otherwise.
 */
class NewsQualityTest {
  private static final List<NewsSample.Article> ARTICLES = new ArrayList<>();
  private static final List<Finding> FINDINGS = new ArrayList<>();
  private static final Map<String, NewsSample.Article> BY_PATH = new HashMap<>();

  @BeforeAll
  static void lintSample() throws Exception {
    ARTICLES.addAll(NewsSample.load());
    Linter linter = new Linter(
        new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue).loadBundled(),
        ExchangeRates.bundled(), Locale.FRENCH);
    List<AnalysedDocument> docs = ARTICLES.parallelStream()
        .map(a -> linter.analyse(a.document(), null)).toList();
    for (NewsSample.Article a : ARTICLES) {
      BY_PATH.put(a.document().path(), a);
    }
    FINDINGS.addAll(linter.check(docs));
  }

  /** Truth rows: article id, absolute offset, and whether no year within 12 months fits. */
  private record Truth(String id, int offset, boolean wrong, String mention) {}

  private static List<Truth> truth() throws Exception {
    List<Truth> rows = new ArrayList<>();
    Map<String, NewsSample.Article> byId = new HashMap<>();
    for (NewsSample.Article a : ARTICLES) {
      byId.put(a.id(), a);
    }
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        NewsQualityTest.class.getResourceAsStream("/news/weekday-truth-sample.tsv"),
        StandardCharsets.UTF_8))) {
      String header = in.readLine();
      List<String> cols = List.of(header.split("\t"));
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t");
        NewsSample.Article a = byId.get(f[cols.indexOf("id")]);
        int offset = a.offset(f[cols.indexOf("field")], Integer.parseInt(f[cols.indexOf("offset_utf16")]));
        // An explicit year is checked exactly; a date without a year is wrong when no year
        // within twelve months of the publication date fits its weekday.
        boolean explicit = f[cols.indexOf("year_source")].equals("explicit");
        boolean wrong = explicit ? f[cols.indexOf("status")].equals("wrong")
            : f[cols.indexOf("wrong_any_year_within_12_months")].equals("true");
        rows.add(new Truth(a.id(), offset, wrong, f[cols.indexOf("mention")]));
      }
    }
    return rows;
  }

  private static int offset(Finding f) {
    NewsSample.Article a = BY_PATH.get(f.location().file());
    org.figlint.document.LineMap lines = a.document().lines();
    // Convert back from line/column to an offset.
    String text = a.document().text();
    int line = 1;
    int i = 0;
    while (line < f.location().startLine()) {
      if (text.charAt(i++) == '\n') {
        line++;
      }
    }
    return i + f.location().startColumn() - 1 + (lines == null ? 0 : 0);
  }

  @Test
  void weekdayErrorsAreFoundPrecisely() throws Exception {
    List<Truth> truth = truth();
    List<Finding> weekday = FINDINGS.stream().filter(f -> f.ruleId().equals("weekday-mismatch")).toList();
    int truePositives = 0;
    List<String> missed = new ArrayList<>();
    for (Truth t : truth) {
      if (!t.wrong()) {
        continue;
      }
      boolean found = weekday.stream().anyMatch(f -> BY_PATH.get(f.location().file()).id().equals(t.id())
          && Math.abs(offset(f) - t.offset()) <= 40);
      if (found) {
        truePositives++;
      } else {
        missed.add(t.id() + " " + t.mention());
      }
    }
    long positives = truth.stream().filter(Truth::wrong).count();
    List<String> falseAlarms = new ArrayList<>();
    for (Finding f : weekday) {
      String id = BY_PATH.get(f.location().file()).id();
      int off = offset(f);
      boolean right = truth.stream().anyMatch(t -> t.wrong() && t.id().equals(id)
          && Math.abs(off - t.offset()) <= 40);
      if (!right) {
        falseAlarms.add(id + " " + f.location().snippet());
      }
    }
    double recall = positives == 0 ? 1 : (double) truePositives / positives;
    double precision = weekday.isEmpty() ? 1 : (double) (weekday.size() - falseAlarms.size()) / weekday.size();
    System.out.printf(Locale.ROOT, "weekday: %d calendar errors, %d found (recall %.3f), %d findings,"
        + " %d false alarms (precision %.3f)%n", positives, truePositives, recall, weekday.size(),
        falseAlarms.size(), precision);
    if (System.getProperty("figlint.news.dump") != null) {
      System.out.println("MISSED " + missed);
      System.out.println("FALSE ALARMS " + falseAlarms);
    }
    assertTrue(recall >= 0.90, "recall " + recall + ", missed: " + missed);
    assertTrue(precision >= 0.95, "precision " + precision + ", false alarms: " + falseAlarms);
  }

  @Test
  void publishedNewsStaysQuiet() {
    Map<String, Integer> byRule = new TreeMap<>();
    for (Finding f : FINDINGS) {
      if (!f.ruleId().equals("weekday-mismatch")) {
        byRule.merge(f.ruleId(), 1, Integer::sum);
      }
    }
    if (System.getProperty("figlint.news.dump") != null) {
      for (Finding f : FINDINGS) {
        if (!f.ruleId().equals("weekday-mismatch")) {
          System.out.println("FINDING " + f.ruleId() + " " + f.location().file() + ":"
              + f.location().startLine() + " " + f.message());
        }
      }
    }
    int total = byRule.values().stream().mapToInt(Integer::intValue).sum();
    double per100 = 100.0 * total / ARTICLES.size();
    System.out.printf(Locale.ROOT, "noise: %d findings beyond weekdays on %d articles (%.2f per 100): %s%n",
        total, ARTICLES.size(), per100, byRule);
    assertTrue(per100 <= 5.0, "findings per 100 articles: " + per100 + " " + byRule);
  }
}
