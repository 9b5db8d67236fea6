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
      "h", "ce",
      // Shares, totals, money nouns and the marker of a quoted slip.
      "sur", "des", "dont", "femmes", "baisses", "d’économies", "(sic)", "[SIC !]",
      "Union eruopéenne", "Parlement européen", "Le Modne", "l’Autorité de la cocnurrence",
      "Commission nationale de l'informatique et des libretés", "mil\u00adlions",
      "févri\u00ader", "\u00ad", "Mac\u00adron");

  static final List<String> SEPARATORS = List.of(
      " ", " ", " ", "\u00A0", "\u202F", "\u2009", "\u2007", "\u3000", "", "’", "'", "ʼ", "\n",
      "\u0000", "\uFEFF", "\u200B");

  /**
   * Every form of date the grammar reads, {N} and {M} standing for numbers: with the numbers the
   * fuzzer chooses, it reaches the arithmetic of each form (a deadline "d’ici {N} ans" thousands
   * of years away) more often than words picked one by one would.
   */
  public static final List<String> DATE_FORMS = List.of("le {N} mars {M}", "lundi {N} mars {M}",
      "mardi {N} février", "le {N}/{M}/2024", "le {N} mars", "du {N} au {M} mars 2024",
      "du {N} mars {M} au 2 avril {M}", "entre le {N} et le {M} mars {N}",
      "le {N}, {M} et 3 mars", "entre {N} et {M}", "de {N} à {M}", "en {N}", "en mars {N}",
      "fin mars {N}", "mi-{N}", "début {N}", "courant {N}", "au {N}e trimestre {M}",
      "au premier semestre {N}", "T{N} {M}", "S{N} {M}", "l’été {N}", "au printemps {N}",
      "les années {N}", "il y a {N} ans", "il y a {N} mois", "il y a {N} semaines",
      "il y a {N} jours", "dans {N} ans", "dans {N} jours", "d’ici {N} ans", "d’ici {N} mois",
      "d’ici {N} semaines", "d’ici {N} jours", "d’ici {N}", "d’ici fin {N}", "d’ici à mars {N}",
      "d’ici la fin de l’année {N}", "entre mars {N} et mai {M}", "de janvier {N} à mars {M}",
      "au {N}e siècle", "l’an {N}", "en {N}-{M}", "le {N} mars {M} à {N} h {M}");

  /**
   * Amounts with their conversions, rates and counts with their parts, {N} and {M} standing for
   * numbers: what conversion-mismatch, parts-exceed-whole and the comparisons compute with.
   */
  public static final List<String> FIGURE_FORMS = List.of("{N} €", "{N} millions d’euros ({M} $)",
      "{N} livres sterling ({M} euros)", "{N} milliards de dollars, soit {M} milliards d’euros",
      "{N} % des {M} salariés", "{N} salariés, dont {M} femmes et {N} hommes",
      "{N} points de pourcentage", "{N},{M} %", "{N} M€ contre {M} M€ en 2023, soit +{N} %",
      "{N} yens ({M} €)", "{N} francs suisses ({M} €)", "les {N} membres, dont {M} pays",
      // Ranges, rates, halves, prefixed and ISO currencies, qualifiers.
      "entre {N} et {M} millions d’euros", "de {N} à {M} €", "{N} à {M} milliards de dollars",
      "{N} ou {M} euros", "{N} euros net par mois", "près de {N} € par an",
      "plus de {N} milliards et demi d’euros", "un demi-milliard de dollars", "$ {N} millions",
      "USD {N} ({M} EUR)", "{N} Md$ ({M} Md€)", "{N} k€ l’an", "au moins {N},{M} M€ chaque année",
      "jusqu’à {N} % de {M} millions d’euros", "de {N} % à {M} %", "{N} % de {M} %",
      "moins de {N} pour cent des {M} habitants", "les deux tiers des {N} salariés",
      "la moitié des {N} élèves, soit {M}", "un quart des {N} communes",
      "{N} dizaines de milliers de personnes", "des centaines de {N} salariés",
      "quatre-vingt-{N} salariés", "vingt et un mille {N} votants", "{N} millions de passagers",
      "-{N} %", "+{N},{M} points", "{N} % en {M}, contre {N} % en 2023",
      // Subgroups, shares of a total, money nouns, "(sic)".
      "{N} députés, dont {M} femmes", "{N} sièges sur {M}", "{N} des {M} circonscriptions",
      "{N} milliards d’euros, dont {M} milliards de baisses et {N} milliards de hausses",
      "lundi {N} mars (sic)", "{N} livres ({M} €)", "{N} francs ({M} euros)",
      // Series of days, nights, shared words of a conversion, glued sentences.
      "jeudi {N}, mardi {M}, et mercredi {N} septembre", "de lundi {N} à samedi {M} octobre",
      "le jeudi {N} et le mardi {M} mai", "jeudi {N} ou mardi {M} juillet",
      "entre le lundi {N} et le lundi {M} août", "les jeudi {N} et vendredi {M} mai, mardi {N}",
      "{N} £ l’unité ({M} €)", "{N} $ TTC ({M} €)", "plus de {N} milliards de dollars ({M}"
          + " milliards d’euros)", "({N} €).Ces {M}", "en {N}.Les", "de {N} (U.S.A).Le",
      // Clock times and the time codes of transcripts.
      "à {N} h {M}", "{N}h{M}", "[{N}:{M}:{N}]", "{N}:{M}", "[{N}:{M}] JEAN DUPONT : {M} euros");

  private Fragments() {}

  /** Text of fragments, digits and a little raw data, until the data or the budget runs out. */
  public static String text(FuzzedDataProvider data, int maxLength) {
    StringBuilder out = new StringBuilder();
    while (data.remainingBytes() > 0 && out.length() < maxLength) {
      switch (data.consumeInt(0, 5)) {
        case 0, 1 -> out.append(data.pickValue(WORDS));
        case 2 -> out.append(number(data));
        case 3 -> out.append(data.consumeInt(0, 1) == 0 ? data.consumeString(6)
            : data.pickValue(data.consumeBoolean() ? DATE_FORMS : FIGURE_FORMS)
                .replace("{N}", number(data)).replace("{M}", number(data)));
        default -> { }
      }
      out.append(data.pickValue(SEPARATORS));
    }
    return out.toString();
  }

  /** A number: most often one of a date or an amount, sometimes any long or one beyond it. */
  static String number(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 5)) {
      case 0 -> Long.toString(data.consumeLong());
      // Beyond a long: up to 40 digits, whose int and long values are their low bits.
      case 1 -> Long.toUnsignedString(data.consumeLong())
          + Long.toUnsignedString(data.consumeLong());
      default -> Integer.toString(data.consumeInt(0, 2100));
    };
  }
}
