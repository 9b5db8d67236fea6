package org.figlint.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes figures the way French news writes them, in several equivalent forms: "15 millions
 * d'euros", "15 M€", "quinze millions d'euros"; "mardi 14 novembre 2023", "1er mars"; "12,5 %".
 * Digit groups use the document's typography; the other spaces are set later by
 * {@link Typography#apply}.
 */
final class Figures {
  static final String[] MONTHS = {
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre"
  };
  static final String[] WEEKDAYS = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"
  };
  private static final String[] SPELLED = {
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"
  };
  private static final String[] ORDINALS = {
    "premier", "deuxième", "troisième", "quatrième"
  };

  /** How a currency is written after a scale word, alone, and as a symbol (null: none). */
  record CurrencyWords(String afterScale, String bare, String symbol) {}

  static final Map<String, CurrencyWords> CURRENCIES = Map.of(
      "EUR", new CurrencyWords("d'euros", "euros", "€"),
      "USD", new CurrencyWords("de dollars", "dollars", "$"),
      "GBP", new CurrencyWords("de livres sterling", "livres sterling", "£"),
      "CHF", new CurrencyWords("de francs suisses", "francs suisses", null),
      "JPY", new CurrencyWords("de yens", "yens", null),
      "CAD", new CurrencyWords("de dollars canadiens", "dollars canadiens", null),
      "CNY", new CurrencyWords("de yuans", "yuans", null),
      "SEK", new CurrencyWords("de couronnes suédoises", "couronnes suédoises", null),
      "INR", new CurrencyWords("de roupies indiennes", "roupies indiennes", null));

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

  private final Typography t;
  private final SplittableRandom r;

  Figures(Typography t, SplittableRandom r) {
    this.t = t;
    this.r = r;
  }

  // ---- Numbers -------------------------------------------------------------------------------

  /** "1 200", "12,5", "3 450 000": digit groups from 1 000 on, decimal comma. */
  String number(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0 && whole.length() > 3) {
        grouped.append(t.group());
      }
      grouped.append(whole.charAt(i));
    }
    return (v.signum() < 0 ? "-" : "") + grouped + fraction;
  }

  String number(long value) {
    return number(BigDecimal.valueOf(value));
  }

  /** Small whole numbers are often spelled out: "trois", "douze". */
  String smallNumber(long n, boolean feminine) {
    if (n >= 2 && n <= 20 && r.nextInt(3) == 0) {
      return SPELLED[(int) n];
    }
    if (n == 1) {
      return feminine ? "une" : "un";
    }
    return number(n);
  }

  static String spelled(int n) {
    return SPELLED[n];
  }

  static String ordinal(int n) {
    return ORDINALS[n - 1];
  }

  /** Rounds to {@code digits} significant digits. */
  static BigDecimal significant(BigDecimal v, int digits) {
    return v.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }

  // ---- Money ---------------------------------------------------------------------------------

  /** An amount of money in one of its usual written forms. */
  String money(BigDecimal amount, String currency) {
    CurrencyWords words = CURRENCIES.get(currency);
    if (amount.compareTo(MILLION) < 0) {
      return small(amount, words);
    }
    boolean billions = amount.compareTo(BILLION) >= 0;
    BigDecimal mantissa = amount.divide(billions ? BILLION : MILLION).stripTrailingZeros();
    String word = billions ? "milliard" : "million";
    boolean plural = mantissa.compareTo(BigDecimal.valueOf(2)) >= 0;
    int form = r.nextInt(10);
    if (form < 2 && words.symbol() != null) {
      String abbr = billions ? (plural && r.nextBoolean() ? "Mds" : "Md") : "M";
      return number(mantissa) + " " + abbr + words.symbol();
    }
    if (form == 2 && mantissa.scale() <= 0 && mantissa.intValue() <= 10) {
      return spelledNumber(mantissa.intValue()) + " " + word + (plural ? "s " : " ")
          + words.afterScale();
    }
    BigDecimal whole = mantissa.setScale(0, RoundingMode.DOWN);
    if (form == 3 && mantissa.subtract(whole).compareTo(new BigDecimal("0.5")) == 0
        && whole.intValue() >= 2 && whole.intValue() <= 20) {
      return number(whole) + " " + word + "s et demi " + words.afterScale();
    }
    if (form == 4 && words.symbol() != null && !words.symbol().equals("$")) {
      return number(mantissa) + " " + word + (plural ? "s " : " ") + words.symbol();
    }
    return number(mantissa) + " " + word + (plural ? "s " : " ") + words.afterScale();
  }

  private String small(BigDecimal amount, CurrencyWords words) {
    int form = r.nextInt(6);
    if (form == 0 && words.symbol() != null && amount.remainder(THOUSAND).signum() == 0
        && amount.compareTo(THOUSAND) >= 0) {
      return number(amount.divide(THOUSAND)) + " k" + words.symbol();
    }
    if (form <= 2 && words.symbol() != null && !words.symbol().equals("$")) {
      return number(amount) + " " + words.symbol();
    }
    return number(amount) + " " + words.bare();
  }

  private static String spelledNumber(int n) {
    return SPELLED[n];
  }

  /** "entre 10 et 15 millions d'euros", "de 2 à 3 milliards de dollars". */
  String moneyRange(BigDecimal low, BigDecimal high, String currency) {
    CurrencyWords words = CURRENCIES.get(currency);
    boolean billions = low.compareTo(BILLION) >= 0;
    BigDecimal scale = billions ? BILLION : MILLION;
    BigDecimal a = low.divide(scale).stripTrailingZeros();
    BigDecimal b = high.divide(scale).stripTrailingZeros();
    String word = billions ? "milliards" : "millions";
    return switch (r.nextInt(3)) {
      case 0 -> "entre " + number(a) + " et " + number(b) + " " + word + " " + words.afterScale();
      case 1 -> "de " + number(a) + " à " + number(b) + " " + word + " " + words.afterScale();
      default -> number(a) + " à " + number(b) + " " + word + " " + words.afterScale();
    };
  }

  // ---- Dates ---------------------------------------------------------------------------------

  /** "14", "1er". */
  static String day(LocalDate d) {
    return d.getDayOfMonth() == 1 ? "1er" : Integer.toString(d.getDayOfMonth());
  }

  /** "14 novembre", "1er mars". */
  static String dayMonth(LocalDate d) {
    return day(d) + " " + MONTHS[d.getMonthValue() - 1];
  }

  /** "mardi 14 novembre 2023", "14 novembre", with the weekday given (right or wrong). */
  static String date(LocalDate d, DayOfWeek weekday, boolean year) {
    return (weekday == null ? "" : WEEKDAYS[weekday.getValue() - 1] + " ") + dayMonth(d)
        + (year ? " " + d.getYear() : "");
  }

  static String month(LocalDate d, boolean year) {
    return MONTHS[d.getMonthValue() - 1] + (year ? " " + d.getYear() : "");
  }

  // ---- Percentages and counts ----------------------------------------------------------------

  /** "12,5 %", sometimes "12,5 pour cent". */
  String percent(BigDecimal value) {
    return number(value) + (r.nextInt(12) == 0 ? " pour cent" : " %");
  }

  /** "0,25 point", "2 points", "1,5 point de pourcentage". */
  String points(BigDecimal value) {
    boolean plural = value.compareTo(BigDecimal.valueOf(2)) >= 0;
    return number(value) + (plural ? " points" : " point")
        + (r.nextInt(4) == 0 ? " de pourcentage" : "");
  }

  /** "1 200 salariés", "trois usines". */
  String count(long n, String plural, boolean feminine) {
    return smallNumber(n, feminine) + " " + plural;
  }
}
