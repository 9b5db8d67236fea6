package org.figlint.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;

/**
 * Builds French-looking text from fuzzer data: figure words, digits, separators and marks, so
 * that the fuzzer reaches the grammar's deep paths (scales, currencies, dates, ranges) instead of
 * spending its time on text that holds no figure.
 */
public final class Fragments {
  static final List<String> WORDS = List.of(
      "millions", "million", "milliard", "milliards", "mille", "M€", "Md€", "k€", "Md$", "€", "$",
      "euros", "d’euros", "d'euros", "dʼeuros", "de dollars", "livres sterling", "%", "pour cent",
      "points", "lundi", "mardi", "jeudi", "dimanche", "1er", "2e", "mars", "février", "août",
      "décembre", "janvier", "T3", "fin", "début", "mi-", "au printemps", "en", "le", "du", "au",
      "de", "à", "entre", "et", "dont", "soit", "environ", "plus de", "moins de", "près de",
      "jusqu'à", "hier", "il y a", "ans", "l’an dernier", "d’ici", "années", "siècle", "XXe",
      "salariés", "entreprises", "personnes", "vingt", "vingt-deux", "quatre-vingt-dix-sept",
      "cent", "trois", "un", "une", "demi", "quart", "la moitié", "G7", "France", "Paris",
      "GPT-4o", "H100", "00:17", "[1:02:03]", "JEAN DUPONT :", "n°", "rue", "tél.", "2024",
      "2030", "1905", "18 mars 2025", "15 millions d’euros", "12 %", "1 500", "1\u202F500",
      "2\u00A0500", "3,5", "0,5", "1.000.000", "(", ")", "«", "»", ",", ".", ";", ":", "!", "?",
      "…", "-", "–", "—", "/", "+", "\n", "\r\n", "\r", "\t",
      // The words of the other dates: durations, deadlines, parts of years, seasons, decades.
      "dans", "jours", "semaines", "mois", "la semaine prochaine", "le mois dernier", "demain",
      "avant-hier", "aujourd’hui", "cette année", "l’an prochain", "trimestre", "semestre",
      "premier", "second", "S1", "H2", "courant", "l’été", "l’hiver", "la fin de l’année",
      "fin du mois", "les années", "XXIe", "siècle", "du", "au", "entre le", "et le", "à",
      "h", "ce");

  static final List<String> SEPARATORS = List.of(
      " ", " ", " ", "\u00A0", "\u202F", "\u2009", "\u2007", "\u3000", "", "’", "'", "ʼ", "\n",
      "\u0000", "\uFEFF", "\u200B");

  private Fragments() {}

  /** Text of fragments, digits and a little raw data, until the data or the budget runs out. */
  public static String text(FuzzedDataProvider data, int maxLength) {
    StringBuilder out = new StringBuilder();
    while (data.remainingBytes() > 0 && out.length() < maxLength) {
      switch (data.consumeInt(0, 5)) {
        case 0, 1 -> out.append(data.pickValue(WORDS));
        case 2 -> {
          switch (data.consumeInt(0, 5)) {
            case 0 -> out.append(data.consumeLong());
            // Beyond a long: up to 40 digits, whose int and long values are their low bits.
            case 1 -> out.append(Long.toUnsignedString(data.consumeLong()))
                .append(Long.toUnsignedString(data.consumeLong()));
            default -> out.append(data.consumeInt(0, 2100));
          }
        }
        case 3 -> out.append(data.consumeString(6));
        default -> { }
      }
      out.append(data.pickValue(SEPARATORS));
    }
    return out.toString();
  }
}
