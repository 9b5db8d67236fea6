package org.figlint.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Values of the number tokens that the lexer delimits: digits and French number words. */
final class Numbers {
  private Numbers() {}

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
          Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
          Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11),
          Map.entry("douze", 12), Map.entry("treize", 13), Map.entry("quatorze", 14),
          Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20),
          Map.entry("vingts", 20), Map.entry("trente", 30), Map.entry("quarante", 40),
          Map.entry("cinquante", 50), Map.entry("soixante", 60), Map.entry("septante", 70),
          Map.entry("huitante", 80), Map.entry("nonante", 90), Map.entry("cent", 100),
          Map.entry("cents", 100), Map.entry("mille", 1000));

  /**
   * The most digits, decimals included, that a number can have and still be a figure: far more
   * than any amount, count or rate needs; a longer run of digits is a code or noise. Turning one
   * into a number costs time that grows with the square of its length: a chunk of 256 K digits
   * without a space took 1.7 s, so 10 MB of them took 68 s.
   */
  static final int MAX_DIGITS = 40;

  /**
   * The value of a NUMBER token: spaces and U+00A0/U+202F group thousands, a comma is the
   * decimal mark, and a dot groups thousands when every group after it has three digits
   * ("1.500"), else it is an English decimal point ("1.75"). Null beyond {@link #MAX_DIGITS}
   * digits.
   */
  static BigDecimal digits(String token) {
    StringBuilder sb = new StringBuilder(Math.min(token.length(), MAX_DIGITS + 2));
    boolean hasComma = token.indexOf(',') >= 0;
    boolean dotsGroup = hasComma || dotsGroupThousands(token);
    int digits = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > MAX_DIGITS) {
          return null;
        }
        sb.append(c);
      } else if (c == ',') {
        sb.append('.');
      } else if (c == '.') {
        if (!dotsGroup) {
          sb.append('.');
        }
      }
    }
    return new BigDecimal(sb.toString());
  }

  private static boolean dotsGroupThousands(String token) {
    int dot = token.indexOf('.');
    if (dot < 0) {
      return false;
    }
    int run = 0;
    boolean afterDot = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '.') {
        if (afterDot && run != 3) {
          return false;
        }
        afterDot = true;
        run = 0;
      } else if (c >= '0' && c <= '9') {
        run++;
      }
    }
    return run == 3;
  }

  /** True when the token is four plain digits, as a year is written. */
  static boolean isPlainYear(String token) {
    if (token.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    int value = Integer.parseInt(token);
    return value >= 1000 && value <= 2199;
  }

  /**
   * The value of spelled-out French number words ("quatre-vingt-dix-sept", "deux cent
   * cinquante mille"), or null when the words do not form one number ("deux trois").
   */
  static BigDecimal words(List<String> words) {
    long total = 0;
    long current = 0;
    int previous = -1;
    for (String raw : words) {
      Integer v = WORDS.get(raw.toLowerCase(Locale.ROOT));
      if (v == null) {
        return null;
      }
      if (v == 1000) {
        if (current % 1000 >= 1000) {
          return null;
        }
        total += (current == 0 ? 1 : current) * 1000;
        current = 0;
      } else if (v == 100) {
        long below = current % 100;
        if (current >= 100 && below == 0) {
          return null;
        }
        current = current - below + (below == 0 ? 1 : below) * 100;
      } else if (v == 20 && previous == 4) {
        current = current - 4 + 80;
      } else {
        long below = current % 100;
        boolean canAdd =
            below == 0
                || (below % 10 == 0 && v < 10 && below != 10)
                || (below == 10 && v < 10 && v > 6)
                || ((below == 60 || below == 80) && v >= 10 && v < 20)
                || (below % 10 == 0 && below >= 20 && v == 1)
                || ((below == 60 || below == 80) && v == 11);
        if (!canAdd) {
          return null;
        }
        current += v;
      }
      previous = v;
    }
    return BigDecimal.valueOf(total + current);
  }
}
