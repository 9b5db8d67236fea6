package org.figlint.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.figlint.check.CheckContext;
import org.figlint.check.NameVariantCheck;
import org.figlint.claim.AnalysedDocument;
import org.figlint.parse.Mention;
import org.figlint.report.Finding;
import org.figlint.report.Location;
import org.figlint.rule.RuleSet;
import org.figlint.rule.Entity;
import org.figlint.value.DateInterval;

/**
 * The sure fix of a finding, when there is exactly one: the weekday that matches its date for
 * {@code weekday-mismatch}, the known name for {@code name-variant}. Fixes are computed from the
 * analysed document (its mentions and entities) and the rules, never from a message; they are
 * the edits an editor's quick fix or a LanguageTool {@code replacements} entry offers.
 */
public final class Fixes {
  private static final String WEEKDAY = "weekday-mismatch";
  private static final String NAME_VARIANT = "name-variant";

  private Fixes() {}

  /**
   * The replacements that fix {@code finding} of {@code review} in
   * text order; empty when the finding has no fix or more than one possible.
   */
  public static List<Replacement> of(Review review, Finding finding) {
    Optional<AnalysedDocument> doc = review.document(finding.location().file());
    if (doc.isEmpty()) {
      return List.of();
    }
    return switch (finding.ruleId()) {
      case WEEKDAY -> weekday(doc.get(), finding.location());
      case NAME_VARIANT -> nameVariant(review.ruleSet(), doc.get(), finding);
      default -> List.of();
    };
  }

  /** The checks whose findings may have a fix. */
  public static Set<String> fixable() {
    return Set.of(WEEKDAY, NAME_VARIANT);
  }

  // ---- weekday-mismatch --------------------------------------------------------------------

  /** A weekday word of the text: its span, the day it names, and its language. */
  private record WeekdayWord(int start, int end, DayOfWeek day, Locale locale) {}

  /**
   * The fix of the date mention at {@code at}. Mentions are in text order, and so are their
   * places in the original file: the ones that start where the finding does are found by a
   * binary search, rather than by working out the place of every mention for every finding.
   */
  private static List<Replacement> weekday(AnalysedDocument doc, Location at) {
    List<Mention> mentions = doc.mentions();
    int target = doc.lines().offset(at.startLine(), at.startColumn());
    for (int k = AnalysedDocument.firstStartingAt(mentions,
            m -> doc.document().originalOffset(m.start()), target);
        k < mentions.size() && doc.document().originalOffset(mentions.get(k).start()) == target;
        k++) {
      Mention m = mentions.get(k);
      if (!(m.value() instanceof DateInterval d) || !d.resolved() || d.relative()
          || !sameSpan(CheckContext.location(doc, m.start(), m.end(), null), at)) {
        continue;
      }
      List<WeekdayWord> words = weekdayWords(doc.text(), m.start(), m.end());
      List<Replacement> out = new ArrayList<>();
      WeekdayWord first = null;
      if (d.weekday() != null) {
        first = words.stream().filter(w -> w.day() == d.weekday()).findFirst().orElse(null);
        fixWeekday(doc, first, d.start(), out);
      }
      if (d.endWeekday() != null) {
        WeekdayWord taken = first;
        WeekdayWord last = null;
        for (WeekdayWord w : words) {
          if (w.day() == d.endWeekday() && w != taken) {
            last = w;
          }
        }
        fixWeekday(doc, last, d.end(), out);
      }
      if (!out.isEmpty()) {
        return List.copyOf(out);
      }
    }
    return List.of();
  }

  private static void fixWeekday(AnalysedDocument doc, WeekdayWord word, LocalDate date,
      List<Replacement> out) {
    if (word == null || date.getDayOfWeek() == word.day()) {
      return;
    }
    String written = doc.text().substring(word.start(), word.end());
    String right = date.getDayOfWeek().getDisplayName(TextStyle.FULL, word.locale());
    out.add(new Replacement(CheckContext.location(doc, word.start(), word.end(), null),
        sameCase(written, right, word.locale())));
  }

  private static List<WeekdayWord> weekdayWords(String text, int start, int end) {
    List<WeekdayWord> out = new ArrayList<>();
    int i = start;
    while (i < end) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < end && Character.isLetter(text.charAt(i))) {
        i++;
      }
      String word = text.substring(s, i).toLowerCase(Locale.ROOT);
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        for (DayOfWeek day : DayOfWeek.values()) {
          if (day.getDisplayName(TextStyle.FULL, locale).toLowerCase(Locale.ROOT).equals(word)) {
            out.add(new WeekdayWord(s, i, day, locale));
          }
        }
      }
    }
    return out;
  }

  /** {@code replacement} written in the case of {@code written}: "Lundi" gives "Mardi". */
  static String sameCase(String written, String replacement, Locale locale) {
    if (written.length() > 1 && written.equals(written.toUpperCase(locale))) {
      return replacement.toUpperCase(locale);
    }
    String lower = replacement.toLowerCase(locale);
    if (Character.isUpperCase(written.charAt(0))) {
      return lower.substring(0, 1).toUpperCase(locale) + lower.substring(1);
    }
    return lower;
  }

  private static boolean sameSpan(Location a, Location b) {
    return a.startLine() == b.startLine() && a.startColumn() == b.startColumn()
        && a.endLine() == b.endLine() && a.endColumn() == b.endColumn();
  }

  // ---- name-variant ------------------------------------------------------------------------

  private static List<Replacement> nameVariant(RuleSet rules, AnalysedDocument doc,
      Finding finding) {
    Location at = finding.location();
    String written = at.snippet();
    if (written == null || written.isBlank()) {
      return List.of();
    }
    if (!finding.related().isEmpty()) {
      // A person's name spelled two ways: the related location is the spelling kept.
      Location kept = finding.related().get(0);
      return kept.snippet() == null || kept.snippet().isBlank() || kept.snippet().equals(written)
          ? List.of() : List.of(new Replacement(at, kept.snippet()));
    }
    Set<String> names = new LinkedHashSet<>();
    for (Entity e : NameVariantCheck.variantOf(rules, written)) {
      names.add(e.name());
    }
    if (names.size() > 1) {
      // Several known names are near: keep those the document names elsewhere.
      Set<String> inText = new LinkedHashSet<>(names);
      inText.retainAll(doc.entityNames());
      names = inText;
    }
    if (names.size() != 1) {
      return List.of();
    }
    String name = names.iterator().next();
    return name.equals(written) ? List.of() : List.of(new Replacement(at, name));
  }
}
