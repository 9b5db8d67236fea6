package org.figlint.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.Sentence;
import org.figlint.parse.Mention;
import org.figlint.value.Count;

/**
 * count-mismatch: a stated count that its enumeration contradicts ("les cinq membres
 * permanents, à savoir la Chine, les États-Unis, la France et le Royaume-Uni"). The list follows
 * "à savoir", a colon or "soit", and ends at the end of the sentence, a semicolon, a closing
 * parenthesis or "ainsi que". A "dont" subset is not an enumeration.
 */
public final class CountMismatchCheck implements Check {
  private static final String[] CUES = {"à savoir", "a savoir", ":", "soit", "c'est-à-dire", "nommément"};

  /**
   * How much of its sentence after the cue an enumeration is read in: room for more items of
   * at most 60 characters than a count this check reads (2 to 30) could announce. Reading to the
   * sentence's end for each count made a sentence of a thousand counted lists take minutes.
   */
  static final int MAX_LIST = 2_048;

  @Override
  public String id() {
    return "count-mismatch";
  }

  @Override
  public void checkDocument(AnalysedDocument doc, CheckContext ctx) {
    String text = doc.text();
    for (Mention m : doc.mentions()) {
      if (!(m.value() instanceof Count c) || c.value().compareTo(BigDecimal.valueOf(2)) < 0
          || c.value().compareTo(BigDecimal.valueOf(30)) > 0 || c.value().scale() > 0) {
        continue;
      }
      int si = doc.sentenceIndex(m.start());
      if (si < 0) {
        continue;
      }
      Sentence s = doc.sentences().get(si);
      int listStart = cue(text, m.end(), Math.min(s.end(), m.end() + 40));
      if (listStart < 0) {
        continue;
      }
      List<int[]> items = items(text, listStart, Math.min(s.end(), listStart + MAX_LIST));
      int expected = c.value().intValue();
      if (items.size() >= 2 && items.size() != expected && closedAndParallel(text, items)
          && !leadInCountMatches(doc, m, s, items.size())) {
        int[] first = items.get(0);
        int[] last = items.get(items.size() - 1);
        ctx.report(doc, m.start(), m.end(),
            ctx.message("message", m.text(), expected, items.size(),
                text.substring(first[0], last[1])),
            List.of(CheckContext.location(doc, first[0], last[1], ctx.message("related"))));
      }
    }
  }

  /**
   * "7 enfants avec 4 femmes : Karis, Jade, ...": the list may enumerate another count of the
   * same lead-in, just before this one; when one of them has as many items, nothing is wrong.
   */
  private static boolean leadInCountMatches(AnalysedDocument doc, Mention m, Sentence s,
      int items) {
    String text = doc.text();
    for (Mention other : doc.mentionsIn(Math.max(s.start(), m.start() - 60), m.start(), null)) {
      if (other == m || !(other.value() instanceof Count c) || other.end() > m.start()) {
        continue;
      }
      String between = text.substring(other.end(), m.start());
      if (between.chars().noneMatch(ch -> ch == '.' || ch == ';' || ch == ':')
          && c.value().scale() <= 0 && c.value().compareTo(BigDecimal.valueOf(items)) == 0) {
        return true;
      }
    }
    return false;
  }

  private static int cue(String text, int from, int to) {
    if (to <= from) {
      return -1; // the count runs past the end of its sentence ("15\npersonnes")
    }
    String window = text.substring(from, to).toLowerCase(Locale.ROOT);
    for (String cue : CUES) {
      int k = window.indexOf(cue);
      if (k >= 0 && window.substring(0, k).chars().noneMatch(ch -> ch == '.' || ch == ';')) {
        String before = window.substring(0, k).strip();
        // Only the count's own noun phrase may stand between it and the cue.
        if ((before.isEmpty() || before.split("\\s+").length <= 2) && !before.contains("dont")) {
          return from + k + cue.length();
        }
      }
    }
    return -1;
  }

  private static final String[] DETERMINERS = {
    "la ", "le ", "les ", "l'", "l’", "un ", "une ", "des ", "du ", "de ", "d'", "d’", "son ",
    "sa ", "ses ", "leur ", "leurs ", "ce ", "cet ", "cette ", "ces ", "mon ", "ma ", "mes ",
    "notre ", "nos ", "votre ", "vos ", "aux ", "au "
  };

  private static boolean startsLikeItem(String text, int start) {
    if (Character.isUpperCase(text.charAt(start)) || Character.isDigit(text.charAt(start))) {
      return true;
    }
    String rest = text.substring(start, Math.min(text.length(), start + 7)).toLowerCase(Locale.ROOT);
    for (String d : DETERMINERS) {
      if (rest.startsWith(d)) {
        return true;
      }
    }
    return false;
  }

  /** True when the item is introduced by " et " or " ou ": the last of the list. */
  private static boolean endsList(String text, int start) {
    String before = text.substring(Math.max(0, start - 4), start).toLowerCase(Locale.ROOT);
    return before.endsWith("et ") || before.endsWith("ou ");
  }

  /**
   * An enumeration that can be counted: it ends with an item after "et" or "ou", its items are
   * short and alike (all names, or all introduced by a determiner), and none is itself a
   * number ("11 Norvégiens, un Britannique et un Italien" counts people, not items).
   */
  static boolean closedAndParallel(String text, List<int[]> items) {
    int[] last = items.get(items.size() - 1);
    if (!endsList(text, last[0])) {
      return false;
    }
    Boolean capitals = null;
    for (int[] item : items) {
      String t = text.substring(item[0], item[1]);
      boolean capital = Character.isUpperCase(t.charAt(0));
      // A name is a few words; more is a description ("Iris avec son ex-épouse Sadie Frost").
      int maxWords = capital ? 3 : 5;
      if (t.split("\\s+").length > maxWords || Character.isDigit(t.charAt(0))
          || startsWithNumberWord(t)) {
        return false;
      }
      if (capitals == null) {
        capitals = capital;
      } else if (capitals != capital) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithNumberWord(String item) {
    String first = item.split("[\\s'’]+")[0].toLowerCase(Locale.ROOT);
    return java.util.Set.of("un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
        "neuf", "dix", "l", "d", "autre", "autres", "certains", "certaines").contains(first);
  }

  /** The items of an enumeration, split at commas and "et"/"ou". */
  static List<int[]> items(String text, int from, int to) {
    int end = to;
    String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
    for (String stop : new String[] {";", ")", " ainsi que ", " mais ", " qui ", " dont ", " pour ", " : "}) {
      int k = lower.indexOf(stop);
      if (k >= 0 && from + k < end) {
        end = from + k;
      }
    }
    List<int[]> items = new ArrayList<>();
    int s = from;
    String part = text.substring(from, end);
    int i = 0;
    while (i <= part.length()) {
      boolean cut = i == part.length() || part.charAt(i) == ',';
      int skip = 1;
      if (!cut && (part.startsWith(" et ", i) || part.startsWith(" ou ", i))) {
        cut = true;
        skip = 4;
      }
      if (cut) {
        int a = s;
        int b = from + i;
        while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
          a++;
        }
        while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
          b--;
        }
        if (b > a) {
          items.add(new int[] {a, b});
        }
        s = from + i + skip;
        i += skip;
      } else {
        i++;
      }
    }
    // The enumeration ends with the item after its last "et"/"ou", or before an item that does
    // not start as a name does (a determiner or a capital): "..., ont signé le texte".
    List<int[]> kept = new ArrayList<>();
    for (int[] item : items) {
      if (!startsLikeItem(text, item[0])) {
        break;
      }
      kept.add(item);
      if (endsList(text, item[0])) {
        break;
      }
    }
    for (int[] item : kept) {
      if (item[1] - item[0] > 60) {
        return List.of();
      }
    }
    return kept;
  }
}
