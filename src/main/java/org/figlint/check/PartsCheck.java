package org.figlint.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.Sentence;
import org.figlint.parse.Mention;
import org.figlint.report.Location;
import org.figlint.value.Count;
import org.figlint.value.Money;
import org.figlint.value.Percent;

/**
 * parts-exceed-whole: "45 entreprises, dont 52 françaises", "12 milliards d'euros, dont 7 ...
 * et 6 ...". A whole is a money, count or percent mention followed by a cue (dont, comprenant,
 * parmi lesquels, répartis entre); its parts are the mentions of the same kind and unit that
 * follow in the sentence, and a count right after the cue is a subgroup whatever its noun ("577
 * députés, dont 608 femmes"). A count followed by "sur" or "des" and its total is a part of it
 * too ("612 sièges sur 577", "23 des 21 circonscriptions"). A part above the whole, or parts
 * whose sum exceeds it, is flagged.
 */
public final class PartsCheck implements Check {
  private static final String[] CUES = {
    "dont", "comprenant", "parmi lesquels", "parmi lesquelles", "parmi eux", "parmi elles",
    "répartis entre", "réparties entre", "répartis en", "réparties en", "y compris"
  };

  /** Words between the whole and its cue: "12 milliards d'euros d'investissements, dont". */
  private static final int MAX_GAP = 60;

  /** How far after the cue the first part may start, in characters. */
  private static final int FIRST_PART_GAP = 12;

  /** How far after a part the next one may start ("pour l'industrie et 6 milliards"). */
  private static final int NEXT_PART_GAP = 60;

  /**
   * The most parts a whole is given: more than any list of parts holds. Without a bound, a
   * sentence of thousands of figures, each close to the next, gave each whole all the figures
   * after it, and took time in the square of their number.
   */
  static final int MAX_PARTS = 32;

  @Override
  public String id() {
    return "parts-exceed-whole";
  }

  @Override
  public void checkDocument(AnalysedDocument doc, CheckContext ctx) {
    String text = doc.text();
    List<Mention> mentions = doc.mentions();
    // "612 sièges sur 577", "23 des 21 circonscriptions": a count out of the total that follows.
    for (int i = 1; i < mentions.size(); i++) {
      Mention part = mentions.get(i - 1);
      Mention whole = mentions.get(i);
      if (part.value() instanceof Count && sameMeasure(whole, part)
          && whole.start() - part.end() <= 6
          && OUT_OF.contains(text.substring(part.end(), whole.start()).strip()
              .toLowerCase(Locale.ROOT))) {
        check(doc, ctx, whole, List.of(part));
      }
    }
    for (int i = 0; i < mentions.size(); i++) {
      Mention whole = mentions.get(i);
      if (whole.value() instanceof org.figlint.value.DateInterval) {
        continue;
      }
      boolean percent = whole.value() instanceof Percent;
      int si = doc.sentenceIndex(whole.start());
      if (si < 0) {
        continue;
      }
      Sentence s = doc.sentences().get(si);
      // "60 % des sondés, dont 79 % de femmes": a percent after "dont" is a share of the
      // subgroup, not a part of the whole; percents split only with "répartis entre".
      int cueEnd = cueAfter(text, whole.end(), Math.min(s.end(), whole.end() + MAX_GAP),
          i + 1 < mentions.size() ? mentions.get(i + 1).start() : s.end(),
          percent ? PERCENT_CUES : CUES);
      if (cueEnd < 0) {
        continue;
      }
      // The parts follow the cue at once ("dont 52 françaises") and each other closely.
      List<Mention> parts = new ArrayList<>();
      // "577 députés, dont 208 femmes": parts of another noun, a subgroup of the whole each.
      List<Mention> subgroups = new ArrayList<>();
      int previousEnd = cueEnd;
      int read = cueEnd; // the text up to here holds no ; ( or )
      for (int j = i + 1; j < mentions.size() && parts.size() < MAX_PARTS; j++) {
        Mention p = mentions.get(j);
        int gap = parts.isEmpty() ? FIRST_PART_GAP : NEXT_PART_GAP;
        if (p.start() >= s.end() || stops(text, read, p.start()) || p.start() - previousEnd > gap) {
          break;
        }
        read = Math.max(read, p.start());
        if (sameMeasure(whole, p)) {
          parts.add(p);
          previousEnd = p.end();
        } else if (j == i + 1 && subgroup(whole, p) && rightAfterCue(text, whole, cueEnd, p)) {
          subgroups.add(p);
          previousEnd = p.end();
        }
      }
      boolean reported = !parts.isEmpty() && check(doc, ctx, whole, parts);
      // Subgroups may overlap ("dont 400 cadres et 900 femmes"): each is checked alone, and
      // their sum is not.
      for (int k = 0; k < subgroups.size() && !reported; k++) {
        reported = check(doc, ctx, whole, subgroups.subList(k, k + 1));
      }
    }
  }

  private static final java.util.Set<String> OUT_OF = java.util.Set.of("sur", "des");

  private static final String[] PERCENT_CUES = {
    "répartis entre", "réparties entre", "répartis en", "réparties en", "se répartissent entre"
  };

  private static int cueAfter(String text, int from, int to, int nextMention, String[] cues) {
    String window = text.substring(from, Math.max(from, Math.min(to, nextMention)))
        .toLowerCase(Locale.ROOT);
    for (String cue : cues) {
      int k = window.indexOf(cue);
      while (k >= 0) {
        boolean before = k == 0 || !Character.isLetter(window.charAt(k - 1));
        int e = k + cue.length();
        boolean after = e >= window.length() || !Character.isLetter(window.charAt(e));
        if (before && after) {
          return from + e;
        }
        k = window.indexOf(cue, k + 1);
      }
    }
    return -1;
  }

  private static boolean stops(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == ';' || c == ')' || c == '(') {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code part} counts a subgroup of the whole by another noun: "577 députés, dont
   * 208 femmes". (Units of time, length and the like make no count: "trois condamnations, dont
   * 15 ans ferme" has none after the cue.)
   */
  private static boolean subgroup(Mention whole, Mention part) {
    return whole.value() instanceof Count && part.value() instanceof Count;
  }

  /**
   * True when only the cue and a comma stand between the whole and {@code part}: "577 députés,
   * dont 208 femmes", not "56 morts, dont les quatre kamikazes, et 700 blessés" nor "1 200
   * salariés en France, dont 400 cadres" (whose subgroup may be of other words).
   */
  private static boolean rightAfterCue(String text, Mention whole, int cueEnd, Mention part) {
    String between = text.substring(whole.end(), cueEnd).replace(",", "").strip()
        .toLowerCase(Locale.ROOT);
    return java.util.Arrays.asList(CUES).contains(between)
        && text.substring(cueEnd, part.start()).isBlank();
  }

  private static boolean sameMeasure(Mention whole, Mention part) {
    if (whole.value() instanceof Money w && part.value() instanceof Money p) {
      return w.currency().equals(p.currency()) && w.period() == p.period();
    }
    if (whole.value() instanceof Count w && part.value() instanceof Count p) {
      return w.unit().equalsIgnoreCase(p.unit());
    }
    if (whole.value() instanceof Percent w && part.value() instanceof Percent p) {
      return w.points() == p.points();
    }
    return false;
  }

  /** Reports a part above the whole, or parts whose sum is; true when it reported. */
  private boolean check(AnalysedDocument doc, CheckContext ctx, Mention whole,
      List<Mention> parts) {
    Values.Bounds w = Values.bounds(whole.value(), false);
    if (w.high() == null) {
      return false;
    }
    Values v = ctx.values();
    for (Mention p : parts) {
      Values.Bounds b = Values.bounds(p.value(), false);
      if (b.low() != null && b.low().compareTo(w.high()) > 0) {
        ctx.report(doc, p.start(), p.end(),
            ctx.message("part", p.text(), whole.text(), v.value(p.value()), v.value(whole.value())),
            List.of(CheckContext.location(doc, whole.start(), whole.end(), ctx.message("related"))));
        return true;
      }
    }
    if (parts.size() < 2) {
      return false;
    }
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal exactSum = BigDecimal.ZERO;
    for (Mention p : parts) {
      Values.Bounds b = Values.bounds(p.value(), false);
      if (b.low() == null) {
        return false;
      }
      sum = sum.add(b.low());
      exactSum = exactSum.add(Values.bounds(p.value(), false).mid());
    }
    if (sum.compareTo(w.high()) > 0) {
      Mention last = parts.get(parts.size() - 1);
      List<Location> related = new ArrayList<>();
      related.add(CheckContext.location(doc, whole.start(), whole.end(), ctx.message("related")));
      for (Mention p : parts.subList(0, parts.size() - 1)) {
        related.add(CheckContext.location(doc, p.start(), p.end(), ctx.message("relatedPart")));
      }
      String unit = whole.value() instanceof Money m ? m.currency()
          : whole.value() instanceof Count c ? c.unit() : "%";
      ctx.report(doc, last.start(), last.end(),
          ctx.message("sum", whole.text(), v.number(exactSum) + " " + unit,
              v.value(whole.value()), parts.size()),
          related);
      return true;
    }
    return false;
  }
}
