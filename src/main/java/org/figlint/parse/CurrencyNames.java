package org.figlint.parse;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 4217 codes of the currency names and symbols the grammar recognizes. A name that several
 * currencies share ("dollars", "livres") maps to its most likely currency plus the others it can
 * denote, unless an adjective ("canadiens") settles it.
 */
final class CurrencyNames {
  private CurrencyNames() {}

  /** A resolved currency: the assumed code and the other codes the name could mean. */
  record Resolved(String code, List<String> alternatives) {}

  private static final Map<String, Resolved> NAMES =
      Map.ofEntries(
          Map.entry("euro", one("EUR")),
          Map.entry("€", one("EUR")),
          Map.entry("dollar", new Resolved("USD", List.of("CAD", "AUD", "HKD", "SGD", "NZD"))),
          Map.entry("$", new Resolved("USD", List.of("CAD", "AUD", "HKD", "SGD", "NZD"))),
          Map.entry("livre", new Resolved("GBP", List.of("EGP", "LBP", "SYP"))),
          Map.entry("£", one("GBP")),
          Map.entry("yen", one("JPY")),
          Map.entry("¥", new Resolved("JPY", List.of("CNY"))),
          Map.entry("franc", new Resolved("CHF", List.of("FRF", "XOF", "XAF"))),
          Map.entry("yuan", one("CNY")),
          Map.entry("renminbi", one("CNY")),
          Map.entry("rmb", one("CNY")),
          Map.entry("roupie", new Resolved("INR", List.of("PKR", "IDR", "LKR", "NPR", "MUR"))),
          Map.entry("couronne", new Resolved("SEK", List.of("NOK", "DKK", "ISK", "CZK"))),
          Map.entry("won", one("KRW")),
          Map.entry("rouble", one("RUB")),
          Map.entry("zloty", one("PLN")),
          Map.entry("forint", one("HUF")),
          Map.entry("real", one("BRL")),
          Map.entry("reau", one("BRL")),
          Map.entry("peso", new Resolved("MXN", List.of("ARS", "CLP", "COP", "PHP", "UYU"))),
          Map.entry("rand", one("ZAR")),
          Map.entry("shekel", one("ILS")),
          Map.entry("ringgit", one("MYR")),
          Map.entry("baht", one("THB")),
          Map.entry("dinar", new Resolved("DZD", List.of("TND", "KWD", "IQD", "RSD", "JOD"))),
          Map.entry("dirham", new Resolved("MAD", List.of("AED"))),
          Map.entry("naira", one("NGN")),
          Map.entry("lire", one("TRY")),
          Map.entry("leu", one("RON")),
          Map.entry("lei", one("RON")),
          Map.entry("hryvnia", one("UAH")),
          Map.entry("bitcoin", one("BTC")));

  private static final Map<String, String> ADJECTIVES =
      Map.ofEntries(
          Map.entry("americain", "USD"), Map.entry("us", "USD"), Map.entry("canadien", "CAD"),
          Map.entry("australien", "AUD"), Map.entry("neo-zelandais", "NZD"),
          Map.entry("hongkongais", "HKD"), Map.entry("singapourien", "SGD"),
          Map.entry("suisse", "CHF"), Map.entry("egyptienne", "EGP"),
          Map.entry("libanaise", "LBP"), Map.entry("syrienne", "SYP"),
          Map.entry("turque", "TRY"), Map.entry("indienne", "INR"),
          Map.entry("pakistanaise", "PKR"), Map.entry("indonesienne", "IDR"),
          Map.entry("suedoise", "SEK"), Map.entry("norvegienne", "NOK"),
          Map.entry("danoise", "DKK"), Map.entry("tcheque", "CZK"),
          Map.entry("islandaise", "ISK"), Map.entry("cfa", "XOF"),
          Map.entry("sud-africain", "ZAR"), Map.entry("mexicain", "MXN"),
          Map.entry("bresilien", "BRL"), Map.entry("chinois", "CNY"),
          Map.entry("japonais", "JPY"), Map.entry("britannique", "GBP"),
          Map.entry("sterling", "GBP"));

  private static Resolved one(String code) {
    return new Resolved(code, List.of());
  }

  /** Resolves a currency name or symbol with its optional adjective; null when unknown. */
  static Resolved resolve(String name, String adjective) {
    String key = fold(name);
    Resolved base = NAMES.get(key);
    if (base == null) {
      key = singular(key);
      base = NAMES.get(key);
    }
    if (base == null && key.length() == 3 && name.equals(name.toUpperCase(Locale.ROOT))) {
      base = "RMB".equals(name) ? one("CNY") : one(name);
    }
    if (base == null) {
      return null;
    }
    if (adjective != null) {
      String folded = fold(adjective);
      String code = ADJECTIVES.getOrDefault(folded, ADJECTIVES.get(singular(folded)));
      if (code != null) {
        return one(code);
      }
    }
    return base;
  }

  private static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return lower;
    }
    String folded = FOLDED.get(lower);
    if (folded == null) {
      folded = withoutMarks(Normalizer.normalize(lower, Normalizer.Form.NFD));
      if (FOLDED.size() < MAX_FOLDED) {
        FOLDED.put(lower, folded);
      }
    }
    return folded;
  }

  /**
   * Names written with other than ASCII letters ("€", "£", "livres égyptiennes"),
   * as folded before: the grammar's currency words are few, and the euro sign comes in most
   * amounts, so each is normalized once rather than at every amount.
   */
  private static final Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_FOLDED = 4096;

  /** {@code text} without its combining marks (Unicode categories Mn, Mc and Me). */
  static String withoutMarks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK) {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static String singular(String s) {
    if (s.length() > 3 && (s.endsWith("s") || s.endsWith("x"))) {
      return s.substring(0, s.length() - 1);
    }
    return s;
  }
}
