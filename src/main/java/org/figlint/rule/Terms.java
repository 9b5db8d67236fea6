package org.figlint.rule;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A precompiled set of terms matched against French text, ignoring case and accents, on word
 * boundaries. A term is one or more words ("chiffre d'affaires"); a word ending in {@code *}
 * matches any word that starts with it ("invest*" matches "investit", "investissement").
 * Apostrophes (' and ’), hyphens and punctuation separate words, so elisions match: the term
 * "Hiroshima" is found in "d'Hiroshima" and "OpenAI" in "l’OpenAI".
 *
 * <p>Compile once with {@link #of(Collection)}, tokenize each text once with {@link #text(String)},
 * then match as often as needed: matching does no allocation per word and no regular expression.
 */
public final class Terms {

  /** One term found in a text: the term as written in the rules, and its span in the text. */
  public record Match(String term, int start, int end) {}

  /** A tokenized text: normalized words with their UTF-16 spans in the original string. */
  public static final class Text {
    private final String original;
    private final String[] words;
    private final int[] starts;
    private final int[] ends;

    private Text(String original, String[] words, int[] starts, int[] ends) {
      this.original = original;
      this.words = words;
      this.starts = starts;
      this.ends = ends;
    }

    public String original() {
      return original;
    }

    public int size() {
      return words.length;
    }

    /** The normalized word at {@code index} (lower case, no accents). */
    public String word(int index) {
      return words[index];
    }

    public int start(int index) {
      return starts[index];
    }

    public int end(int index) {
      return ends[index];
    }
  }

  /** One compiled term: its words, and which of them are prefixes ({@code *}). */
  private record Term(String written, String[] words, boolean[] prefix) {
    boolean matchesAt(Text text, int at) {
      if (at + words.length > text.words.length) {
        return false;
      }
      for (int i = 0; i < words.length; i++) {
        String word = text.words[at + i];
        if (prefix[i] ? !word.startsWith(words[i]) : !word.equals(words[i])) {
          return false;
        }
      }
      return true;
    }
  }

  private static final Term[] NONE = new Term[0];

  private final List<String> written;
  /** Terms whose first word is exact, by that word. */
  private final Map<String, Term[]> byFirstWord;
  /** Terms whose first word is a prefix, by the first character of that prefix. */
  private final Map<Character, Term[]> prefixFirst;

  private Terms(List<String> written, Map<String, Term[]> byFirstWord,
      Map<Character, Term[]> prefixFirst) {
    this.written = written;
    this.byFirstWord = byFirstWord;
    this.prefixFirst = prefixFirst;
  }

  /** Compiles terms; throws {@link IllegalArgumentException} for a term {@link #check} rejects. */
  public static Terms of(Collection<String> terms) {
    Map<String, List<Term>> exact = new HashMap<>();
    Map<Character, List<Term>> prefixes = new HashMap<>();
    for (String written : terms) {
      String problem = check(written);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      Term term = compile(written);
      if (term.prefix[0]) {
        prefixes.computeIfAbsent(term.words[0].charAt(0), k -> new ArrayList<>()).add(term);
      } else {
        exact.computeIfAbsent(term.words[0], k -> new ArrayList<>()).add(term);
      }
    }
    Map<String, Term[]> byFirst = new HashMap<>();
    exact.forEach((word, list) -> byFirst.put(word, list.toArray(NONE)));
    Map<Character, Term[]> byFirstChar = new HashMap<>();
    prefixes.forEach((c, list) -> byFirstChar.put(c, list.toArray(NONE)));
    return new Terms(List.copyOf(terms), byFirst, byFirstChar);
  }

  public static Terms of(String... terms) {
    return of(Arrays.asList(terms));
  }

  /**
   * Returns why {@code term} cannot be used as a term, or null when it can: it must hold at least
   * one word, and {@code *} may only end a word.
   */
  public static String check(String term) {
    if (term == null || term.isBlank()) {
      return "a term must not be empty";
    }
    for (int i = 0; i < term.length(); i++) {
      if (term.charAt(i) == '*') {
        boolean afterWord = i > 0 && isWordChar(term.codePointBefore(i));
        boolean endsWord = i + 1 == term.length() || !isWordChar(term.codePointAt(i + 1));
        if (!afterWord || !endsWord) {
          return "'*' may only end a word, in term \"" + term + "\"";
        }
      }
    }
    if (compile(term).words.length == 0) {
      return "term \"" + term + "\" has no word";
    }
    return null;
  }

  private static Term compile(String written) {
    // A star becomes NUL, which ends a word; a word followed by NUL is a prefix.
    String marked = written.replace('*', '\u0000');
    Text text = text(marked);
    List<String> words = new ArrayList<>();
    List<Boolean> prefix = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      words.add(text.word(i));
      int end = text.end(i);
      prefix.add(end < marked.length() && marked.charAt(end) == '\u0000');
    }
    boolean[] prefixes = new boolean[prefix.size()];
    for (int i = 0; i < prefixes.length; i++) {
      prefixes[i] = prefix.get(i);
    }
    return new Term(written, words.toArray(new String[0]), prefixes);
  }

  /** The terms as written, in order. */
  public List<String> written() {
    return written;
  }

  public boolean isEmpty() {
    return written.isEmpty();
  }

  /** True when at least one term occurs in {@code text}. */
  public boolean anyIn(String text) {
    return anyIn(text(text));
  }

  /** True when at least one term occurs in {@code text}. */
  public boolean anyIn(Text text) {
    for (int at = 0; at < text.words.length; at++) {
      if (firstAt(text, at) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The terms (as written) that occur somewhere in {@code text}, overlapping ones included: one
   * pass over the text however many terms there are.
   */
  public java.util.Set<String> occurring(Text text) {
    java.util.Set<String> found = new java.util.HashSet<>();
    for (int at = 0; at < text.words.length; at++) {
      for (Term term : byFirstWord.getOrDefault(text.words[at], NONE)) {
        if (term.matchesAt(text, at)) {
          found.add(term.written);
        }
      }
      for (Term term : prefixCandidates(text, at)) {
        if (term.matchesAt(text, at)) {
          found.add(term.written);
        }
      }
    }
    return found;
  }

  /**
   * Every occurrence of a term, in text order, without overlaps: the leftmost match wins, and
   * at one position the longest term.
   */
  public List<Match> find(Text text) {
    List<Match> matches = new ArrayList<>();
    for (int at = 0; at < text.words.length; at++) {
      Term best = longestAt(text, at);
      if (best != null) {
        int last = at + best.words.length - 1;
        matches.add(new Match(best.written, text.starts[at], text.ends[last]));
        at = last; // matches do not overlap
      }
    }
    return matches;
  }

  public List<Match> find(String text) {
    return find(text(text));
  }

  private Term firstAt(Text text, int at) {
    Term[] candidates = byFirstWord.getOrDefault(text.words[at], NONE);
    for (Term term : candidates) {
      if (term.matchesAt(text, at)) {
        return term;
      }
    }
    for (Term term : prefixCandidates(text, at)) {
      if (term.matchesAt(text, at)) {
        return term;
      }
    }
    return null;
  }

  private Term longestAt(Text text, int at) {
    Term best = null;
    for (Term term : byFirstWord.getOrDefault(text.words[at], NONE)) {
      if ((best == null || term.words.length > best.words.length) && term.matchesAt(text, at)) {
        best = term;
      }
    }
    for (Term term : prefixCandidates(text, at)) {
      if ((best == null || term.words.length > best.words.length) && term.matchesAt(text, at)) {
        best = term;
      }
    }
    return best;
  }

  private Term[] prefixCandidates(Text text, int at) {
    return prefixFirst.getOrDefault(text.words[at].charAt(0), NONE);
  }

  /** Splits {@code text} into normalized words, keeping each word's span in the original. */
  public static Text text(String text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    List<String> words = new ArrayList<>();
    int[] starts = new int[16];
    int[] ends = new int[16];
    StringBuilder word = new StringBuilder();
    int start = -1;
    int i = 0;
    while (i <= length) {
      int cp;
      if (i == length) {
        cp = -1;
      } else {
        char c = text.charAt(i);
        cp = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
      }
      if (cp >= 0 && (cp < 0x80 ? ASCII_WORD[cp] : isWordChar(cp))) {
        if (start < 0) {
          start = i;
        }
        appendFolded(word, cp);
      } else if (start >= 0 && word.length() == 0) {
        start = -1; // only combining marks: no word
      } else if (start >= 0) {
        if (words.size() == starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
          ends = Arrays.copyOf(ends, ends.length * 2);
        }
        starts[words.size()] = start;
        ends[words.size()] = i;
        words.add(word.toString());
        word.setLength(0);
        start = -1;
      }
      i += cp > 0xFFFF ? 2 : 1;
    }
    int n = words.size();
    return new Text(text, words.toArray(new String[0]), Arrays.copyOf(starts, n),
        Arrays.copyOf(ends, n));
  }

  /** Which ASCII characters are word characters: letters and digits. */
  private static final boolean[] ASCII_WORD = new boolean[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      ASCII_WORD[c] = isWordChar(c);
    }
  }

  /** Lower case, accents removed, ligatures expanded: the form terms are compared in. */
  public static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> appendFolded(out, cp));
    return out.toString();
  }

  /**
   * The words of {@code text}, normalized and joined by single spaces: two names with the same key
   * are the same name for matching purposes ("États-Unis" and "etats unis").
   */
  public static String key(String text) {
    Text t = text(text);
    return String.join(" ", t.words);
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  private static void appendFolded(StringBuilder out, int cp) {
    if (cp < 0x80) {
      out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
      return;
    }
    switch (cp) {
      case 'œ', 'Œ' -> out.append("oe");
      case 'æ', 'Æ' -> out.append("ae");
      case 'ß' -> out.append("ss");
      default -> {
        if (cp < FOLDED.length) {
          String folded = FOLDED[cp];
          if (folded == null) {
            folded = fold(cp);
            FOLDED[cp] = folded; // strings are immutable: a race only computes one twice
          }
          out.append(folded);
        } else {
          out.append(fold(cp));
        }
      }
    }
  }

  /** The folded form of each character of the Basic Multilingual Plane, once computed. */
  private static final String[] FOLDED = new String[0x10000];

  private static String fold(int cp) {
    String decomposed = Normalizer.normalize(new String(Character.toChars(cp)),
        Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int j = 0; j < decomposed.length(); j++) {
      char c = decomposed.charAt(j);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "Terms" + written;
  }
}
