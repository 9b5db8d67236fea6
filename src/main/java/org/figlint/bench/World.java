package org.figlint.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the generated news is about, kept consistent across documents: a company's revenue or
 * headcount in a year is the same in every document that quotes it, and a deal is quoted with
 * the amount it was announced with. So the only disagreements between documents are the ones
 * the generator plants. Values derive from the seed and their key, not from the order in which
 * documents ask for them; only recent deals are remembered, so memory stays flat.
 */
final class World {
  /** An investment or a funding round, as first announced. */
  record Deal(String investor, String target, BigDecimal amount, String currency, LocalDate date,
      boolean round) {}

  /** How long a deal keeps being quoted, in days. */
  static final int DEAL_NEWS_DAYS = 300;

  private static final int REMEMBERED_DEALS = 256;

  /** How long after an article quoted a deal no other deal of the same parties is announced. */
  static final int QUOTED_DAYS = 62;

  private final long seed;
  private final ArrayDeque<Deal> recent = new ArrayDeque<>();
  /** When an article last quoted each deal of {@link #recent}. */
  private final Map<Deal, LocalDate> lastQuoted = new HashMap<>();
  /**
   * How many times each deal of {@link #recent} was quoted with its amount (its announcement
   * included) and with a wrong one: [right, wrong].
   */
  private final Map<Deal, int[]> quotes = new HashMap<>();

  World(long seed) {
    this.seed = seed;
  }

  /**
   * A figure of the world: log-uniform between {@code min} and {@code max}, with
   * {@code digits} significant digits, fixed for a key such as ("Scaleway", "revenue", 2023).
   */
  BigDecimal value(String entity, String metric, int year, double min, double max, int digits) {
    long h = seed;
    h = h * 31 + entity.hashCode();
    h = h * 31 + metric.hashCode();
    h = h * 31 + year;
    double u = new SplittableRandom(h).nextDouble();
    double v = Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)));
    return Figures.significant(BigDecimal.valueOf(v), digits);
  }

  /**
   * The last of an institution's {@code perYear} yearly events (meetings, decisions) on or
   * before {@code date}: the same days for every document, on weekdays, spread over the year.
   */
  LocalDate lastEvent(String institution, int perYear, LocalDate date) {
    for (int year = date.getYear(); ; year--) {
      LocalDate last = null;
      for (int i = 0; i < perYear; i++) {
        int offset = value(institution, "event-" + i, year, 1, 364 / perYear, 2).intValue();
        LocalDate day = LocalDate.of(year, 1, 1).plusDays((long) i * 365 / perYear + offset);
        while (day.getDayOfWeek().getValue() > 5) {
          day = day.plusDays(1);
        }
        if (!day.isAfter(date) && day.getYear() == year) {
          last = day;
        }
      }
      if (last != null) {
        return last;
      }
    }
  }

  /** A recent deal that a document dated {@code date} may quote again, or null. */
  Deal recentDeal(SplittableRandom r, LocalDate date) {
    List<Deal> candidates = new ArrayList<>();
    for (Deal d : recent) {
      long age = ChronoUnit.DAYS.between(d.date(), date);
      if (age >= 1 && age <= DEAL_NEWS_DAYS) {
        candidates.add(d);
      }
    }
    return candidates.isEmpty() ? null : candidates.get(r.nextInt(candidates.size()));
  }

  /**
   * The deal between two parties still in the news at {@code date}, or null. A deal stays in
   * the news while it is younger than twice {@link #DEAL_NEWS_DAYS}, and as long as an article
   * quoted it in the last {@link #QUOTED_DAYS} days: a new deal between the same parties is not
   * announced while the last one is still being written about.
   */
  Deal dealBetween(String investor, String target, LocalDate date) {
    for (Deal d : recent) {
      if (!d.round() && d.investor().equals(investor) && d.target().equals(target)
          && inTheNews(d, date)) {
        return quoted(d, date);
      }
    }
    return null;
  }

  /**
   * The funding round of {@code target} still in the news at {@code date}, or null: a company
   * raises one round at a time, with several investors, and every article quotes its amount.
   */
  Deal roundOf(String target, LocalDate date) {
    Deal last = null;
    for (Deal d : recent) {
      if (d.round() && d.target().equals(target) && inTheNews(d, date)) {
        last = d;
      }
    }
    return last == null ? null : quoted(last, date);
  }

  private boolean inTheNews(Deal d, LocalDate date) {
    LocalDate quoted = lastQuoted.getOrDefault(d, d.date());
    return Math.abs(ChronoUnit.DAYS.between(d.date(), date)) <= 2 * DEAL_NEWS_DAYS
        || ChronoUnit.DAYS.between(quoted, date) <= QUOTED_DAYS;
  }

  /**
   * Whether a document may quote {@code d} with a wrong amount: while the right quotes would
   * still be at least as many as the wrong ones. Wrong quotes can agree with each other (2.5
   * and 3 times "400 millions" make "1 milliard" and "1,2 milliard", and "1 milliard" reads as
   * 0.5 to 1.5 billion); were they more, the check would take their amount as the reference and
   * report the announcement instead of them. A tie goes to the announcement, the earliest.
   */
  boolean mayMisquote(Deal d) {
    int[] q = quotes.get(d);
    return q != null && q[0] >= q[1] + 1;
  }

  /** Counts a quote of {@code d}, with its amount or a wrong one. */
  void countQuote(Deal d, boolean right) {
    int[] q = quotes.get(d);
    if (q != null) {
      q[right ? 0 : 1]++;
    }
  }

  private Deal quoted(Deal d, LocalDate date) {
    lastQuoted.merge(d, date, (a, b) -> a.isAfter(b) ? a : b);
    return d;
  }

  /** A new deal; the one it replaces (same parties, or the same company's round) is forgotten. */
  void announce(Deal deal) {
    for (Iterator<Deal> it = recent.iterator(); it.hasNext(); ) {
      Deal d = it.next();
      if (d.round() == deal.round() && d.target().equals(deal.target())
          && (deal.round() || d.investor().equals(deal.investor()))) {
        it.remove();
        forget(d);
      }
    }
    recent.addLast(deal);
    quotes.put(deal, new int[] {1, 0});
    while (recent.size() > REMEMBERED_DEALS) {
      forget(recent.removeFirst());
    }
  }

  /** Forgets deals too old to be quoted by documents from {@code date} on. */
  void forgetBefore(LocalDate date) {
    for (Iterator<Deal> it = recent.iterator(); it.hasNext(); ) {
      Deal d = it.next();
      if (!inTheNews(d, date)) {
        it.remove();
        forget(d);
      }
    }
  }

  private void forget(Deal d) {
    lastQuoted.remove(d);
    quotes.remove(d);
  }
}
