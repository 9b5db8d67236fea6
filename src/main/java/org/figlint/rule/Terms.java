package org.figlint.rule;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
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

  /**
   * A tokenized text: its words, lower case and without accents, with their UTF-16 spans in the
   * original string. The folded words are kept end to end in one string, so that tokenizing
   * allocates no string per word.
   */
  public static final class Text {
    private final String folded;
    /** Word i is folded[fold[i], fold[i + 1]); one more entry than words. */
    private final int[] fold;
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private Text(String folded, int[] fold, int[] starts, int[] ends, int size) {
      this.folded = folded;
      this.fold = fold;
      this.starts = starts;
      this.ends = ends;
      this.size = size;
    }

    public int size() {
      return size;
    }

    /** The normalized word at {@code index} (lower case, no accents). */
    public String word(int index) {
      return folded.substring(fold[index], fold[index + 1]);
    }

    public int start(int index) {
      return starts[index];
    }

    public int end(int index) {
      return ends[index];
    }

    /** Whether word {@code w} is {@code word}, or starts with it. */
    boolean wordMatches(int w, String word, boolean prefix) {
      int length = fold[w + 1] - fold[w];
      return (prefix ? length >= word.length() : length == word.length())
          && folded.regionMatches(fold[w], word, 0, word.length());
    }
  }

  /** One compiled term: its words, and which of them are prefixes ({@code *}). */
  private static final class Term {
    final String written;
    final String[] words;
    final boolean[] prefix;
    final int order;
    /** How many words, and whether the first is a prefix: read for every candidate term. */
    private final int count;
    private final boolean firstPrefix;
    /**
     * The second word's length and first character, and whether it is a prefix, kept in the
     * term itself: most words that start a term of several ("la", "en", "a") are not followed by
     * its second word, which these tell without reading the words' arrays and strings.
     */
    private final int secondLength;
    private final char secondFirst;
    private final boolean secondPrefix;

    Term(String written, String[] words, boolean[] prefix, int order) {
      this.written = written;
      this.words = words;
      this.prefix = prefix;
      this.order = order;
      this.count = words.length;
      this.firstPrefix = count > 0 && prefix[0];
      boolean several = words.length > 1;
      this.secondLength = several ? words[1].length() : 0;
      this.secondFirst = several ? words[1].charAt(0) : 0;
      this.secondPrefix = several && prefix[1];
    }

    /** Whether the words after the first match from word {@code w} on. */
    boolean restMatches(Text text, int w) {
      if (count == 1) {
        return true;
      }
      if (w + count > text.size) {
        return false;
      }
      int at = text.fold[w + 1];
      int length = text.fold[w + 2] - at;
      if ((secondPrefix ? length < secondLength : length != secondLength)
          || text.folded.charAt(at) != secondFirst) {
        return false;
      }
      for (int i = 1; i < count; i++) {
        if (!text.wordMatches(w + i, words[i], prefix[i])) {
          return false;
        }
      }
      return true;
    }

    /** Longer terms first; at equal length an exact first word, then the earlier term. */
    boolean beats(Term other) {
      if (count != other.count) {
        return count > other.count;
      }
      if (firstPrefix != other.firstPrefix) {
        return !firstPrefix;
      }
      return order < other.order;
    }
  }

  /**
   * A node of the tree of first words, one edge per folded character: the terms whose first
   * word is the path to the node, and those whose first word is a prefix ending there.
   */
  private static final class Node {
    private char[] keys = new char[0];
    private Node[] children = new Node[0];
    private Term[] exact = NONE;
    private Term[] prefixed = NONE;

    /** Children by ASCII character, once a node has more than a few children. */
    private Node[] ascii;

    Node child(char c) {
      if (ascii != null && c < 0x80) {
        return ascii[c];
      }
      char[] k = keys;
      for (int i = 0; i < k.length; i++) {
        if (k[i] == c) {
          return children[i];
        }
      }
      return null;
    }

    Node add(char c) {
      Node existing = child(c);
      if (existing != null) {
        return existing;
      }
      Node node = new Node();
      keys = Arrays.copyOf(keys, keys.length + 1);
      children = Arrays.copyOf(children, children.length + 1);
      keys[keys.length - 1] = c;
      children[children.length - 1] = node;
      if (ascii == null && keys.length > 1) {
        ascii = new Node[0x80];
        for (int i = 0; i < keys.length - 1; i++) {
          if (keys[i] < 0x80) {
            ascii[keys[i]] = children[i];
          }
        }
      }
      if (ascii != null && c < 0x80) {
        ascii[c] = node;
      }
      return node;
    }
  }

  private static final Term[] NONE = new Term[0];

  private final List<String> written;
  private final Node root;
  /** The root's children for ASCII characters, looked up without a scan. */
  private final Node[] asciiRoot = new Node[0x80];

  private Terms(List<String> written, Node root) {
    this.written = written;
    this.root = root;
    for (int i = 0; i < root.keys.length; i++) {
      if (root.keys[i] < 0x80) {
        asciiRoot[root.keys[i]] = root.children[i];
      }
    }
  }

  /** Compiles terms; throws {@link IllegalArgumentException} for a term {@link #check} rejects. */
  public static Terms of(Collection<String> terms) {
    Node root = new Node();
    int order = 0;
    // The terms of each node, gathered before they become its arrays: a lexicon may start
    // thousands of names with one word ("Saint"), and growing an array by one was quadratic.
    Map<Node, List<Term>> exact = new IdentityHashMap<>();
    Map<Node, List<Term>> prefixed = new IdentityHashMap<>();
    for (String written : terms) {
      // What check() asks, with the term compiled once: the rules' index compiles every name.
      String problem = starProblem(written);
      Term term = problem == null ? compile(written, order++) : null;
      if (term != null && term.words.length == 0) {
        problem = noWord(written);
      }
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      Node node = root;
      String first = term.words[0];
      for (int i = 0; i < first.length(); i++) {
        node = node.add(first.charAt(i));
      }
      (term.prefix[0] ? prefixed : exact).computeIfAbsent(node, k -> new ArrayList<>()).add(term);
    }
    exact.forEach((node, list) -> node.exact = list.toArray(Term[]::new));
    prefixed.forEach((node, list) -> node.prefixed = list.toArray(Term[]::new));
    return new Terms(List.copyOf(terms), root);
  }

  public static Terms of(String... terms) {
    return of(Arrays.asList(terms));
  }

  /**
   * Returns why {@code term} cannot be used as a term, or null when it can: it must hold at least
   * one word, and {@code *} may only end a word.
   */
  public static String check(String term) {
    String problem = starProblem(term);
    if (problem == null && compile(term, 0).words.length == 0) {
      problem = noWord(term);
    }
    return problem;
  }

  /** Why {@code term} is empty or has a {@code *} that does not end a word, or null. */
  private static String starProblem(String term) {
    if (term == null || term.isBlank()) {
      return "a term must not be empty";
    }
    for (int i = term.indexOf('*'); i >= 0; i = term.indexOf('*', i + 1)) {
      boolean afterWord = i > 0 && isWordChar(term.codePointBefore(i));
      boolean endsWord = i + 1 == term.length() || !isWordChar(term.codePointAt(i + 1));
      if (!afterWord || !endsWord) {
        return "'*' may only end a word, in term \"" + term + "\"";
      }
    }
    return null;
  }

  private static String noWord(String term) {
    return "term \"" + term + "\" has no word";
  }

  private static Term compile(String written, int order) {
    // A star becomes NUL, which ends a word; a word followed by NUL is a prefix.
    String marked = written.replace('*', '\u0000');
    Text text = text(marked);
    String[] words = new String[text.size()];
    boolean[] prefixes = new boolean[words.length];
    for (int i = 0; i < words.length; i++) {
      words[i] = text.word(i);
      int end = text.end(i);
      prefixes[i] = end < marked.length() && marked.charAt(end) == '\u0000';
    }
    return new Term(written, words, prefixes, order);
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
    for (int w = 0; w < text.size; w++) {
      if (best(text, w, true) != null) {
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
    occurring(text, order -> found.add(written.get(order)));
    return found;
  }

  /**
   * Gives {@code found} the position in {@link #written} of each term that occurs in {@code
   * text}, overlapping ones included, as often as it occurs: one pass over the text however
   * many terms there are, and nothing made per term found. Returns whether any was.
   */
  public boolean occurring(Text text, java.util.function.IntConsumer found) {
    boolean any = false;
    for (int w = 0; w < text.size; w++) {
      Node node = firstChar(text, w);
      int end = text.fold[w + 1];
      for (int i = text.fold[w] + 1; node != null; i++) {
        for (Term term : node.prefixed) {
          if (term.restMatches(text, w)) {
            found.accept(term.order);
            any = true;
          }
        }
        if (i == end) {
          for (Term term : node.exact) {
            if (term.restMatches(text, w)) {
              found.accept(term.order);
              any = true;
            }
          }
          break;
        }
        node = node.child(text.folded.charAt(i));
      }
    }
    return any;
  }

  /**
   * Every occurrence of a term, in text order, without overlaps: the leftmost match wins, and
   * at one position the longest term.
   */
  public List<Match> find(Text text) {
    List<Match> matches = new ArrayList<>();
    find(text, (term, start, end) -> matches.add(new Match(written.get(term), start, end)));
    return matches;
  }

  /** Receives the terms {@link #find(Text, Found)} finds. */
  @FunctionalInterface
  public interface Found {
    /** Term {@code term} (its position in {@link #written}) occurs at [start, end). */
    void found(int term, int start, int end);
  }

  /**
   * What {@link #find(Text)} finds, given to {@code found} in text order rather than listed:
   * a caller that keeps something else per match makes no match to throw away.
   */
  public void find(Text text, Found found) {
    for (int w = 0; w < text.size; w++) {
      Term best = best(text, w, false);
      if (best != null) {
        int last = w + best.count - 1;
        found.found(best.order, text.starts[w], text.ends[last]);
        w = last; // matches do not overlap
      }
    }
  }

  public List<Match> find(String text) {
    return find(text(text));
  }

  private Node firstChar(Text text, int w) {
    int at = text.fold[w];
    if (at == text.fold[w + 1]) {
      return null;
    }
    char c = text.folded.charAt(at);
    return c < 0x80 ? asciiRoot[c] : root.child(c);
  }

  /**
   * The term that matches from word {@code w}: the longest, or with {@code any}
   * the first found; null when none does.
   */
  private Term best(Text text, int w, boolean any) {
    Node node = firstChar(text, w);
    Term best = null;
    int end = text.fold[w + 1];
    for (int i = text.fold[w] + 1; node != null; i++) {
      for (Term term : node.prefixed) {
        if ((best == null || term.beats(best)) && term.restMatches(text, w)) {
          if (any) {
            return term;
          }
          best = term;
        }
      }
      if (i == end) {
        for (Term term : node.exact) {
          if ((best == null || term.beats(best)) && term.restMatches(text, w)) {
            if (any) {
              return term;
            }
            best = term;
          }
        }
        break;
      }
      node = node.child(text.folded.charAt(i));
    }
    return best;
  }

  /** Splits {@code text} into normalized words, keeping each word's span in the original. */
  public static Text text(String text) {
    return text(text, 0, text.length());
  }

  /**
   * Splits the part [{@code from}, {@code to}) of {@code text} into normalized words, as {@link
   * #text(String)} splits that substring: spans count from {@code from}.
   */
  public static Text text(String text, int from, int to) {
    Objects.requireNonNull(text, "text");
    int length = to;
    char[] out = new char[Math.max(16, to - from)];
    int n = 0;
    int count = 0;
    int[] fold = new int[17];
    int[] starts = new int[16];
    int[] ends = new int[16];
    int start = -1;
    int wordFrom = 0;
    int i = from;
    while (i <= length) {
      int cp;
      if (i == length) {
        cp = -1;
      } else {
        char c = text.charAt(i);
        cp = Character.isHighSurrogate(c) && i + 1 < to
            && Character.isLowSurrogate(text.charAt(i + 1))
            ? Character.toCodePoint(c, text.charAt(i + 1)) : c;
      }
      if (cp >= 0 && (cp < 0x80 ? ASCII_WORD[cp] : isWordCharCached(cp))) {
        if (start < 0) {
          start = i;
          wordFrom = n;
        }
        if (n + 4 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        if (cp < 0x80) {
          out[n++] = (char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
        } else {
          char one = cp < ONE.length ? ONE[cp] : NOT_ONE;
          if (one == 0) {
            String f = folded(cp);
            one = f.length() == 1 ? f.charAt(0) : NOT_ONE;
            ONE[cp] = one; // a race only computes one twice
          }
          if (one != NOT_ONE) {
            out[n++] = one; // "é": one letter, the common case
          } else {
            String folded = folded(cp);
            if (n + folded.length() > out.length) {
              out = Arrays.copyOf(out, out.length * 2 + folded.length());
            }
            folded.getChars(0, folded.length(), out, n);
            n += folded.length();
          }
        }
      } else if (start >= 0 && n == wordFrom) {
        start = -1; // only combining marks: no word
      } else if (start >= 0) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
          fold = Arrays.copyOf(fold, count * 2 + 1);
        }
        starts[count] = start - from;
        ends[count] = i - from;
        fold[count] = wordFrom;
        count++;
        start = -1;
      }
      i += cp > 0xFFFF ? 2 : 1;
    }
    fold[count] = n;
    return new Text(new String(out, 0, n), fold, starts, ends, count);
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
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      appendFolded(out, cp);
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * The first character of the folded form of the character at {@code index} ("e" for "É"), or
   * 0 when it folds to nothing.
   */
  public static char foldedFirst(String text, int index) {
    int cp = text.codePointAt(index);
    if (cp < 0x80) {
      return (char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
    }
    String folded = folded(cp);
    return folded.isEmpty() ? 0 : folded.charAt(0);
  }

  /**
   * The words of {@code text}, normalized and joined by single spaces: two names with the same key
   * are the same name for matching purposes ("États-Unis" and "etats unis").
   */
  public static String key(String text) {
    Text t = text(text);
    StringBuilder out = new StringBuilder(t.folded.length() + t.size());
    for (int i = 0; i < t.size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(t.folded, t.fold[i], t.fold[i + 1]);
    }
    return out.toString();
  }

  /** Whether each character of the Basic Multilingual Plane is a word character (2) or not (1). */
  private static final byte[] WORD = new byte[0x10000];

  /** {@link #isWordChar}, remembered for the characters of the Basic Multilingual Plane. */
  private static boolean isWordCharCached(int cp) {
    if (cp >= WORD.length) {
      return isWordChar(cp);
    }
    byte known = WORD[cp];
    if (known == 0) {
      known = isWordChar(cp) ? (byte) 2 : (byte) 1;
      WORD[cp] = known; // a race only computes one twice
    }
    return known == 2;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  private static void appendFolded(StringBuilder out, int cp) {
    if (cp < 0x80) {
      out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
    } else {
      out.append(folded(cp));
    }
  }

  /** The folded form of a character beyond ASCII: "é" is "e", "Œ" is "oe". */
  private static String folded(int cp) {
    switch (cp) {
      case 'œ', 'Œ':
        return "oe";
      case 'æ', 'Æ':
        return "ae";
      case 'ß':
        return "ss";
      default:
        if (cp < FOLDED.length) {
          String folded = FOLDED[cp];
          if (folded == null) {
            folded = fold(cp);
            FOLDED[cp] = folded; // strings are immutable: a race only computes one twice
          }
          return folded;
        }
        return fold(cp);
    }
  }

  /**
   * The folded form of each character of the Basic Multilingual Plane that folds to one
   * character; 0 when not yet computed, {@link #NOT_ONE} when it folds to none or several.
   */
  private static final char[] ONE = new char[0x10000];

  private static final char NOT_ONE = '\uFFFF';

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
