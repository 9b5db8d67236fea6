package org.figlint.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.Sentence;
import org.figlint.parse.Mention;
import org.figlint.rule.RuleIndex;
import org.figlint.value.DateInterval;
import org.figlint.value.Money;

/**
 * conversion-mismatch: "225 millions de livres (270 millions d'euros)" checked against the
 * ECB reference rate of the document's date (or of the event's date when the sentence dates it).
 * Written values stand for their rounding interval; a currency name that several currencies
 * share is flagged only when none of them fits; a currency without a reference rate is never
 * checked.
 */
public final class ConversionCheck implements Check {
  @Override
  public String id() {
    return "conversion-mismatch";
  }

  @Override
  public void checkDocument(AnalysedDocument doc, CheckContext ctx) {
    List<Mention> mentions = doc.mentions();
    String text = doc.text();
    SentenceParts parts = new SentenceParts(doc, ctx);
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention a = mentions.get(i);
      Mention b = mentions.get(i + 1);
      if (!(a.value() instanceof Money ma) || !(b.value() instanceof Money mb)) {
        continue;
      }
      if (!isConversion(text, a.end(), b.start()) || ma.currency().equals(mb.currency())
          || ma.period() != mb.period()) {
        continue;
      }
      check(doc, ctx, parts, a, ma, b, mb);
    }
  }

  /** Words after an amount that its conversion shares ("83 000 £ l'unité (93 278 €)"). */
  private static final List<String> SHARED = List.of("l'unité", "l’unité", "pièce", "chacun",
      "chacune", "ttc", "ht", "hors taxes");

  /** "X (Y", "X, soit Y", "X (soit environ Y". */
  static boolean isConversion(String text, int from, int to) {
    if (to - from > 24) {
      return false;
    }
    String between = text.substring(from, to).strip().toLowerCase(java.util.Locale.ROOT);
    // What both amounts share: a price "l'unité" or "TTC" in one currency is so in the other.
    for (String shared : SHARED) {
      if (between.startsWith(shared) && between.length() > shared.length()
          && !Character.isLetter(between.charAt(shared.length()))) {
        between = between.substring(shared.length()).strip();
        break;
      }
    }
    if (between.startsWith("(")) {
      between = between.substring(1).strip();
    } else if (between.startsWith(",")) {
      between = between.substring(1).strip();
      if (!between.startsWith("soit")) {
        return false;
      }
    } else if (!between.startsWith("soit")) {
      return false;
    }
    if (between.startsWith("soit")) {
      between = between.substring(4).strip();
    }
    return between.isEmpty() || between.equals("environ") || between.equals("près de")
        || between.equals("quelque") || between.equals("plus de") || between.equals("moins de");
  }

  private void check(AnalysedDocument doc, CheckContext ctx, SentenceParts parts, Mention a,
      Money ma, Mention b, Money mb) {
    BigDecimal tolerance = ctx.config().decimal("tolerance");
    Values.Bounds target = written(restated(mb));
    Values.Bounds source = written(restated(ma));
    List<LocalDate> dates = parts.dates(a);
    if (dates.isEmpty()) {
      return;
    }
    Candidates ofAmount = parts.candidates(a, ma);
    Candidates ofConversion = parts.candidates(b, mb);
    List<String> fromCandidates = ofAmount.currencies();
    List<String> toCandidates = ofConversion.currencies();
    List<String> fromUnrated = ofAmount.unrated();
    List<String> toUnrated = ofConversion.unrated();
    Values.Converted best = null;
    String bestFrom = null;
    String bestTo = null;
    LocalDate bestDate = null;
    for (String from : fromCandidates) {
      for (String to : toCandidates) {
        for (LocalDate date : dates) {
          Optional<Values.Converted> c = Values.convert(source, from, to, date, ctx.rates());
          if (c.isEmpty() && date.isBefore(EURO)) {
            // A date before the euro dates something else in the sentence ("une Jaguar de
            // 1990 vendue 1 191 000 £ (1 325 926 €)"): no euro rate was ever fixed at it, and
            // the other dates are still tried. A later date without a rate in the table
            // stops the check, as a currency without one does.
            continue;
          }
          if (c.isEmpty()) {
            return; // a currency without a reference rate: never guess
          }
          if (c.get().bounds().overlaps(target, tolerance)) {
            return;
          }
          if (best == null) {
            best = c.get();
            bestFrom = from;
            bestTo = to;
            bestDate = date;
          }
        }
      }
    }
    if (best == null) {
      return;
    }
    Values v = ctx.values();
    Values.Converted exactConv = Values.convert(Values.exact(ma.low(), ma.high(),
        restated(ma).qualifier()),
        bestFrom, bestTo, bestDate, ctx.rates()).orElse(best);
    BigDecimal expected = exactConv.bounds().mid();
    // The gap is relative to the converted amount; to the amount written when that is zero
    // ("00 millions d'euros (16,2 millions de dollars)": 100 %). Both zero would have agreed.
    BigDecimal base = expected.signum() != 0 ? expected.abs() : target.mid().abs();
    if (base.signum() == 0) {
      return;
    }
    BigDecimal gap = target.mid().subtract(expected).abs().divide(base,
        java.math.MathContext.DECIMAL64);
    String rateText = best.rate() == null ? ""
        : "1 EUR = " + v.rate(best.rate().perEur()) + " " + best.rate().currency();
    // The currency of the ambiguous name ("dollars"): the amount's, else the conversion's.
    String assumed = fromCandidates.size() > 1
        ? ctx.message("assumed", bestFrom, String.join(", ", fromCandidates))
        : toCandidates.size() > 1
            ? ctx.message("assumed", bestTo, String.join(", ", toCandidates)) : "";
    if (!fromUnrated.isEmpty() || !toUnrated.isEmpty()) {
      assumed += ctx.message("unrated", fromUnrated.isEmpty() ? bestTo : bestFrom,
          String.join(", ", fromUnrated.isEmpty() ? toUnrated : fromUnrated));
    }
    String message = ctx.message("message", a.text(), b.text(),
        v.money(expected, expected, bestTo), v.percent(gap), rateText,
        best.rate() == null ? "" : best.rate().source(), v.percent(tolerance), assumed);
    ctx.report(doc, b.start(), b.end(), message,
        List.of(CheckContext.location(doc, a.start(), a.end(), ctx.message("related"))));
  }

  /**
   * The currencies an amount is tried in, and those of its name left out for having neither a
   * reference rate nor a place of the document ("livres": EGP, LBP, SYP), which the message names.
   */
  /**
   * A year that qualifies a thing rather than dates an event: "une Ferrari F430 Spider de 2007
   * adjugée 137 500 $ (118 750 €)", "la Jaguar de 1990". A year alone right after "de" and a
   * capitalized or alphanumeric word (a make, a model) is the thing's, not the sale's.
   */
  static boolean modelYear(String text, Mention m, DateInterval d) {
    if (d.grain() != org.figlint.value.Grain.YEAR || m.end() - m.start() != 4) {
      return false;
    }
    int at = m.start();
    if (at < 5 || !text.startsWith("de ", at - 3) || text.charAt(at - 4) != ' ') {
      return false;
    }
    int wordEnd = at - 4; // exclusive: the space before "de"
    int wordStart = wordEnd;
    while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart == wordEnd) {
      return false;
    }
    String word = text.substring(wordStart, wordEnd);
    return Character.isUpperCase(word.charAt(0)) || word.chars().anyMatch(Character::isDigit);
  }

  /**
   * The bounds of an amount as a conversion reads it: the rounding of its last digit, but at
   * most a tenth of the amount. "1 milliard de yuans" would otherwise stand for 0.5 to 1.5
   * billion, and any conversion from 65 to 195 million euros would pass; a writer who converts
   * "1 milliard" converts a billion, give or take the rounding of a figure written so.
   */
  static Values.Bounds written(Money m) {
    Values.Bounds b = Values.rounded(m);
    if (m.amount() == null || m.qualifier() != org.figlint.value.Qualifier.EXACT) {
      return b;
    }
    java.math.BigDecimal tenth = m.amount().abs().divide(java.math.BigDecimal.TEN);
    java.math.BigDecimal low = m.amount().subtract(tenth);
    java.math.BigDecimal high = m.amount().add(tenth);
    return new Values.Bounds(b.low() == null ? null : b.low().max(low),
        b.high() == null ? null : b.high().min(high));
  }

  /** The first day of the euro: no rate of it was fixed before. */
  static final LocalDate EURO = LocalDate.of(1999, 1, 1);

  /**
   * The amount as a conversion restates it: "plus de 22 milliards de dollars (19 milliards
   * d'euros)" converts the 22 billion written, the bound applying to both; so an open bound
   * ("plus de", "au moins", "moins de", "au plus") is read as the figure written, which its
   * conversion must match. "environ" keeps its margin.
   */
  static Money restated(Money m) {
    return switch (m.qualifier()) {
      case MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST -> new Money(m.amount(), m.currency(),
          org.figlint.value.Qualifier.EXACT, m.min(), m.max(), m.period(), m.alternatives(),
          m.unit());
      default -> m;
    };
  }

  private record Candidates(List<String> currencies, List<String> unrated) {}

  /**
   * What the conversions of a sentence share, worked out once per sentence: its explicit dates
   * and the currencies its places settle. A sentence can hold thousands of conversions.
   */
  private static final class SentenceParts {
    /** The most explicit dates of a sentence a conversion is tried at: those nearest to it. */
    static final int MAX_DATES = 8;

    private final AnalysedDocument doc;
    private final CheckContext ctx;
    private int sentence = -1;
    /** The sentence's explicit dates earlier than the document's, in text order. */
    private final List<Mention> dated = new ArrayList<>();
    private Set<String> places;

    SentenceParts(AnalysedDocument doc, CheckContext ctx) {
      this.doc = doc;
      this.ctx = ctx;
    }

    /** Moves to the sentence of {@code m}; false when it is in none. */
    private boolean at(Mention m) {
      int si = doc.sentenceIndex(m.start());
      if (si < 0) {
        return false;
      }
      if (si != sentence) {
        sentence = si;
        places = null;
        dated.clear();
        Sentence s = doc.sentences().get(si);
        for (Mention d : doc.mentionsIn(s.start(), s.end(), org.figlint.value.Kind.DATE)) {
          DateInterval i = (DateInterval) d.value();
          if (i.resolved() && i.year() != null && !i.relative()
              && (doc.date() == null || i.start().isBefore(doc.date()))
              && !modelYear(doc.text(), d, i)) {
            dated.add(d);
          }
        }
      }
      return true;
    }

    /**
     * The document date, and the event's dates when the sentence gives earlier explicit ones:
     * all of them, or in a sentence with more than {@link #MAX_DATES} the ones nearest to
     * {@code a}, so that a conversion is tried at a bounded number of dates.
     */
    List<LocalDate> dates(Mention a) {
      Set<LocalDate> out = new LinkedHashSet<>();
      if (doc.date() != null) {
        out.add(doc.date());
      }
      if (at(a)) {
        int from = 0;
        int to = dated.size();
        if (to > MAX_DATES) {
          // The first date after the figure's start: half the dates tried come before it.
          int k = AnalysedDocument.firstStartingAt(dated, Mention::start, a.start());
          from = Math.max(0, Math.min(k - MAX_DATES / 2, dated.size() - MAX_DATES));
          to = from + MAX_DATES;
        }
        for (Mention m : dated.subList(from, to)) {
          DateInterval d = (DateInterval) m.value();
          out.add(d.grain() == org.figlint.value.Grain.DAY ? d.start()
              : d.start().plusDays((d.end().toEpochDay() - d.start().toEpochDay()) / 2));
        }
      }
      return new ArrayList<>(out);
    }

    /**
     * The currencies a name can denote, narrowed by a place of the sentence when it settles it.
     * Those without a reference rate that no place of the whole document names are left out:
     * "livres" alone is taken for pounds sterling, not Egyptian pounds, unless the text speaks
     * of Egypt. (A place elsewhere in the document does not settle the others: an article on
     * Ottawa may quote American dollars.)
     */
    Candidates candidates(Mention m, Money money) {
      List<String> all = new ArrayList<>();
      all.add(money.currency());
      all.addAll(money.alternatives());
      if (all.size() == 1) {
        return new Candidates(all, List.of());
      }
      if (at(m)) {
        if (places == null) {
          places = RuleIndex.placeCurrencies(doc.entityMatches(sentence));
        }
        List<String> settled = all.stream().filter(places::contains).toList();
        if (settled.size() == 1) {
          return new Candidates(settled, List.of());
        }
      }
      // The places of the whole document are looked for only when a currency has no rate:
      // "dollars" (all rated) never needs them.
      List<String> kept = new ArrayList<>(all.size());
      for (String c : all) {
        if (ctx.rates().has(c) || documentPlaces().contains(c)) {
          kept.add(c);
        }
      }
      if (kept.isEmpty() || kept.size() == all.size()) {
        return new Candidates(all, List.of());
      }
      return new Candidates(kept, all.stream().filter(c -> !kept.contains(c)).toList());
    }

    private Set<String> documentPlaces;

    /** The currencies of the places the document names, worked out when first asked. */
    private Set<String> documentPlaces() {
      if (documentPlaces == null) {
        Set<String> all = new LinkedHashSet<>();
        for (int si = 0; si < doc.sentences().size(); si++) {
          all.addAll(RuleIndex.placeCurrencies(doc.entityMatches(si)));
        }
        documentPlaces = all;
      }
      return documentPlaces;
    }
  }
}
