package org.figlint.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.NotSetTransition;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.atn.WildcardTransition;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.figlint.parse.generated.FrenchLexer;
import org.figlint.parse.generated.FrenchParser;

/**
 * The sentences of a text that can hold a figure, found without the lexer. Every figure the
 * grammar reads has a token that is not one of {@link #COMMON} (the function words, plain words
 * and marks of any sentence): a digit, a sign such as "€" or "%", or a word such as "millions",
 * "mars", "lundi", "hier" or "semaine". Both sets come from the grammar: {@link #analyse} checks
 * on the parser's ATN that no figure can be read with common tokens alone, and lists from the
 * lexer's ATN the characters and words that the other tokens begin with. A sentence with none
 * of them holds no figure, and the extractor does not lex it.
 *
 * <p>Sentences end at ".", "!", "?" and "…" that the lexer reads as marks of their own. The text
 * lexed after sentences left out starts at the mark that ends them, so that the figure after it
 * sees the same token before it as in the whole text; and since no figure and no relation
 * between figures (a currency carried to a bare amount, a day of a list, a subset's noun)
 * crosses the end of a sentence, the figures are the same as if the whole text were lexed.
 */
final class Anchors {
  /**
   * Tokens of any sentence, which no figure is made of alone. The parser's ATN is checked
   * against this list when the build writes the anchors: a grammar in which a figure could be
   * read from these tokens only has no anchors ({@link #usable} is false), and every sentence
   * is lexed.
   */
  static final int[] COMMON = {
    FrenchLexer.WORD, FrenchLexer.OTHER, FrenchLexer.PUNCT, FrenchLexer.COMMA, FrenchLexer.QUOTE,
    FrenchLexer.APOSTROPHE, FrenchLexer.HYPHEN, FrenchLexer.LPAREN, FrenchLexer.RPAREN,
    FrenchLexer.NEWLINE, FrenchLexer.LE, FrenchLexer.LA, FrenchLexer.LES, FrenchLexer.DU,
    FrenchLexer.DES, FrenchLexer.DE, FrenchLexer.D_APOS, FrenchLexer.L_APOS, FrenchLexer.QU_APOS,
    FrenchLexer.UN, FrenchLexer.UNE, FrenchLexer.ET, FrenchLexer.OU, FrenchLexer.A,
    FrenchLexer.A_GRAVE, FrenchLexer.AU, FrenchLexer.EN, FrenchLexer.DANS, FrenchLexer.PAR,
    FrenchLexer.POUR, FrenchLexer.PLUS, FrenchLexer.MOINS, FrenchLexer.PAS, FrenchLexer.PRES,
    FrenchLexer.ENVIRON, FrenchLexer.IL, FrenchLexer.Y, FrenchLexer.CE, FrenchLexer.DONT,
    FrenchLexer.ENTRE, FrenchLexer.DEPUIS, FrenchLexer.DES_PREP, FrenchLexer.AVANT,
    FrenchLexer.APRES, FrenchLexer.FIN, FrenchLexer.DEBUT, FrenchLexer.MI, FrenchLexer.COURANT,
    FrenchLexer.CHAQUE, FrenchLexer.JUSQU, FrenchLexer.DELA, FrenchLexer.NET_GROSS,
    FrenchLexer.ANNUEL, FrenchLexer.MENSUEL, FrenchLexer.H, FrenchLexer.IDENT,
    FrenchLexer.ROMAN_ORD, FrenchLexer.DERNIER, FrenchLexer.PROCHAIN, FrenchLexer.SUIVANT,
    FrenchLexer.FIRST, FrenchLexer.CURRENCY_ADJ, FrenchLexer.ADJ,
  };

  private static volatile Anchors instance;

  /**
   * The anchors of the grammar: as the build wrote them ({@link #RESOURCE}, checked against the
   * grammar by the tests), else worked out from the grammar, which takes 20 ms of a short run.
   */
  static Anchors get() {
    Anchors a = instance;
    if (a == null) {
      try (InputStream in = Anchors.class.getResourceAsStream(RESOURCE)) {
        a = in == null ? null : read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        a = null;
      }
      if (a == null) {
        a = analyse(FrenchParser._ATN, FrenchLexer._ATN, COMMON);
      }
      instance = a;
    }
    return a;
  }

  /** Where the build writes the anchors, beside this class. */
  static final String RESOURCE = "anchors.txt";

  /**
   * The anchors as text: a line "chars" and the characters, then a line per word, "=" before a
   * word compared as written and "~" before one compared in lower case; or a line "none" and
   * the reason. {@link #read} reads it back.
   */
  String write() {
    if (!usable()) {
      return "none " + failure + "\n";
    }
    StringBuilder out = new StringBuilder("chars ");
    for (int c = 0; c < kinds.length; c++) {
      if (kinds[c] == ANCHOR && c != TextStream.SOFT_HYPHEN) {
        out.append((char) c);
      }
    }
    out.append('\n');
    List<String> lines = new ArrayList<>();
    for (int slot = 0; slot < table.length; slot++) {
      if (table[slot] != null) {
        lines.add((exact[slot] ? "=" : "~") + new String(table[slot]));
      }
    }
    lines.sort(null);
    for (String line : lines) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /** The anchors that {@link #write} wrote, or null if the text is not such. */
  static Anchors read(String text) {
    String[] lines = text.split("\n");
    if (lines.length == 0) {
      return null;
    }
    if (lines[0].startsWith("none ")) {
      return new Anchors(null, List.of(), lines[0].substring("none ".length()));
    }
    if (!lines[0].startsWith("chars ")) {
      return null;
    }
    List<Word> words = new ArrayList<>();
    for (int k = 1; k < lines.length; k++) {
      String line = lines[k];
      if (line.length() < 2 || (line.charAt(0) != '=' && line.charAt(0) != '~')) {
        return null;
      }
      words.add(new Word(line.substring(1), line.charAt(0) == '='));
    }
    return new Anchors(lines[0].substring("chars ".length()), words, "");
  }

  /** Writes the anchors of the grammar as {@link #RESOURCE} under {@code classes}, for the build. */
  static void writeResource(java.nio.file.Path classes) throws IOException {
    java.nio.file.Path target = classes.resolve(
        Anchors.class.getPackageName().replace('.', '/')).resolve(RESOURCE);
    java.nio.file.Files.createDirectories(target.getParent());
    java.nio.file.Files.writeString(target,
        analyse(FrenchParser._ATN, FrenchLexer._ATN, COMMON).write(), StandardCharsets.UTF_8);
  }

  /**
   * A word that a token other than the common ones starts with: in lower case, or as written
   * when its rule is case-sensitive ("EUR", "ILS": not "ils").
   */
  record Word(String text, boolean exact) {}

  private static final byte OTHER = 0;
  private static final byte LETTER = 1;
  private static final byte ANCHOR = 2;
  private static final byte MARK = 3;

  /** What each character is to the scan: {@link #LETTER}, {@link #ANCHOR}, {@link #MARK}. */
  private final byte[] kinds;
  /**
   * The lengths of the anchor words (bit n for n letters) by {@link #shape} of their first and
   * last letters: seven words in eight are no anchor's shape, and their letters are not read
   * again.
   */
  private final long[] shapes = new long[1 << 12];
  /** The anchor words' letters, by a hash of their letters in lower case, with empty slots. */
  private final char[][] table;
  /** Whether the word of each slot of {@link #table} is compared as written. */
  private final boolean[] exact;
  /** Why the grammar failed the check, or empty. */
  final String failure;

  /**
   * Anchors of the characters {@code chars} (the digits among them) and the words
   * {@code words}, or unusable ones when {@code chars} is null.
   */
  private Anchors(String chars, List<Word> words, String failure) {
    this.failure = failure;
    if (chars == null) {
      this.kinds = null;
      this.table = null;
      this.exact = null;
      return;
    }
    kinds = new byte[0x10000];
    for (int c = 0; c < LETTERS.length; c++) {
      kinds[c] = LETTERS[c] ? LETTER : OTHER;
    }
    kinds['.'] = kinds['!'] = kinds['?'] = kinds['…'] = MARK;
    for (int k = 0; k < chars.length(); k++) {
      kinds[chars.charAt(k)] = ANCHOR;
    }
    // The lexer does not see soft hyphens, which may split any word ("mil\u00ADlions").
    kinds[TextStream.SOFT_HYPHEN] = ANCHOR;
    int size = Integer.highestOneBit(Math.max(words.size(), 1) * 4);
    table = new char[size][];
    exact = new boolean[size];
    for (Word w : words) {
      char[] letters = w.text().toCharArray();
      int slot = mix(hash(letters, 0, letters.length)) & (size - 1);
      while (table[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      table[slot] = letters;
      exact[slot] = w.exact();
      shapes[shape(letters[0], letters[letters.length - 1])] |= 1L << letters.length;
    }
  }

  boolean usable() {
    return kinds != null;
  }

  /** Receives the ranges of a text to lex. */
  interface Ranges {
    void accept(int from, int to);
  }

  /**
   * Calls {@code out} with the ranges of {@code text} in [from, to) that must be lexed, in
   * order: runs of sentences that hold an anchor, each with the mark that ends the sentence
   * before it when that one is left out.
   */
  void ranges(String text, int from, int to, Ranges out) {
    if (!usable()) {
      out.accept(from, to);
      return;
    }
    // A copy of the characters, as the lexer's stream takes one.
    char[] cs = new char[to - from];
    text.getChars(from, to, cs, 0);
    int n = cs.length;
    byte[] kinds = this.kinds;
    int runStart = -1; // the start of the run of live sentences, or -1 between runs
    int sentenceStart = 0; // where the sentence being read begins (its left mark included)
    int i = 0;
    while (true) {
      // Words and marks up to an anchor, or to the end of a sentence without one.
      boolean live = false;
      int end = -1; // the mark that ends the sentence, or -1 at the end of the text
      while (i < n) {
        char c = cs[i];
        byte kind = kinds[c];
        if (kind == LETTER) {
          int start = i;
          while (++i < n && kinds[cs[i]] == LETTER) {
            // to the end of the word
          }
          if (isAnchorWord(cs, start, i)) {
            live = true;
            break;
          }
          continue;
        }
        if (kind == ANCHOR) {
          live = true;
          break;
        }
        if (kind == MARK && endsSentence(cs, i, c)) {
          end = i;
          break;
        }
        i++;
      }
      if (live) { // the rest of the sentence
        while (i < n) {
          char c = cs[i];
          if (kinds[c] == MARK && endsSentence(cs, i, c)
              && !(c == '.' && afterAnchorWord(cs, i))) {
            end = i;
            break;
          }
          i++;
        }
      }
      if (live && runStart < 0) {
        runStart = sentenceStart;
      } else if (!live && runStart >= 0) {
        out.accept(from + runStart, from + sentenceStart);
        runStart = -1;
      }
      if (end < 0) {
        if (runStart >= 0) {
          out.accept(from + runStart, to);
        }
        return;
      }
      // The sentence after a live one continues its run; after one left out, it starts at
      // the mark that ends that one, the token before its first word.
      sentenceStart = live ? end + 1 : end;
      i = end + 1;
    }
  }

  /** Whether {@code c} at {@code i} is a mark of its own that ends a sentence. */
  private static boolean endsSentence(char[] cs, int i, char c) {
    if (c == '.') { // before a digit, maybe a number's ("3.5", "12.03.2024"): not an end
      return i + 1 >= cs.length || !isDigit(cs[i + 1]);
    }
    return c == '!' || c == '?' || c == '…';
  }

  /** Whether the dot at {@code i} follows an anchor word, which it may belong to ("janv."). */
  private boolean afterAnchorWord(char[] cs, int i) {
    int start = i;
    while (start > 0 && letter(cs[start - 1])) {
      start--;
    }
    return start < i && isAnchorWord(cs, start, i);
  }

  /**
   * Whether the letters cs[start, end) are an anchor word: most words are turned down by their
   * length, first and last letters ({@link #shapes}) before their letters are read again.
   */
  private boolean isAnchorWord(char[] cs, int start, int end) {
    int length = end - start;
    return length < 64 && (shapes[shape(cs[start], cs[end - 1])] & (1L << length)) != 0
        && isWord(cs, start, end);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Where the lengths of the words that start with {@code first} and end with {@code last} are. */
  private static int shape(char first, char last) {
    return (LOWER[first] & 0x3F) << 6 | (LOWER[last] & 0x3F);
  }

  private boolean isWord(char[] text, int start, int end) {
    int mask = table.length - 1;
    for (int slot = mix(hash(text, start, end)) & mask; table[slot] != null;
        slot = (slot + 1) & mask) {
      char[] w = table[slot];
      if (w.length == end - start && matches(w, exact[slot], text, start)) {
        return true;
      }
    }
    return false;
  }

  /** A hash of the letters of text[start, end) in lower case. */
  private static int hash(char[] text, int start, int end) {
    int hash = 0;
    for (int k = start; k < end; k++) {
      hash = 31 * hash + LOWER[text[k]];
    }
    return hash;
  }

  private static boolean matches(char[] word, boolean exact, char[] text, int start) {
    for (int k = 0; k < word.length; k++) {
      char c = text[start + k];
      if ((exact ? c : LOWER[c]) != word[k]) {
        return false;
      }
    }
    return true;
  }

  private static int mix(int hash) {
    return hash ^ (hash >>> 16);
  }

  /**
   * The letters that the scan reads as parts of words: those of the Latin scripts. Any other
   * character ends a word, which can only make a word the scan compares shorter than the
   * lexer's, and such a word is no anchor's: the anchors' words are in these letters.
   */
  private static final boolean[] LETTERS = new boolean[0x250];

  /** The lowercase of each of {@link #LETTERS}. */
  private static final char[] LOWER = new char[0x250];

  static {
    for (char c = 0; c < LETTERS.length; c++) {
      LETTERS[c] = Character.isLetter(c);
      LOWER[c] = Character.toLowerCase(c);
    }
  }

  private static boolean letter(int c) {
    return c >= 0 && c < LETTERS.length && LETTERS[c];
  }

  // ---- The analysis of the grammar -------------------------------------------------------

  /**
   * Checks that the parser's {@code mention} cannot be read from {@code common} tokens alone
   * (its {@code ignored} alternative aside, which makes no figure), then lists what the
   * lexer's other tokens begin with. Returns anchors that are not {@link #usable}, with why, when
   * the grammar fails either step.
   */
  static Anchors analyse(ATN parser, ATN lexer, int[] common) {
    BitSet allowed = new BitSet();
    for (int type : common) {
      allowed.set(type);
    }
    String path = readableFrom(parser, allowed);
    if (path != null) {
      return new Anchors(null, List.of(), path);
    }
    // The tokens other than common ones that a figure can have.
    BitSet used = new BitSet();
    for (ATNState s : parser.states) {
      if (s == null || s.ruleIndex == FrenchParser.RULE_ignored) {
        continue;
      }
      for (Transition t : s.getTransitions()) {
        if (!t.isEpsilon() && t.label() != null) {
          for (int type : t.label().toArray()) {
            if (type >= Token.MIN_USER_TOKEN_TYPE && !allowed.get(type)) {
              used.set(type);
            }
          }
        }
      }
    }
    BitSet chars = new BitSet();
    chars.set('0', '9' + 1);
    // By text, whether compared as written; a sorted map: the same table whatever the order.
    Map<String, Boolean> words = new TreeMap<>();
    for (int rule = 0; rule < lexer.ruleToStartState.length; rule++) {
      int type = lexer.ruleToTokenType[rule];
      if (type < Token.MIN_USER_TOKEN_TYPE || !used.get(type)) {
        continue;
      }
      if (!endsWithoutDigit(lexer, lexer.ruleToStartState[rule])) {
        continue; // every token of the rule has a digit
      }
      String failure = firsts(lexer, rule, chars, words);
      if (failure != null) {
        return new Anchors(null, List.of(), failure);
      }
    }
    List<Word> list = new ArrayList<>();
    for (Map.Entry<String, Boolean> w : words.entrySet()) {
      list.add(new Word(w.getKey(), w.getValue()));
    }
    StringBuilder listed = new StringBuilder();
    for (int c = chars.nextSetBit(0); c >= 0; c = chars.nextSetBit(c + 1)) {
      listed.append((char) c);
    }
    return new Anchors(listed.toString(), list, "");
  }

  /**
   * Why common tokens alone can make a figure (the rules they read to their end), or null when
   * they cannot. Which rules they complete is found by iterating to a fixed point: a rule call
   * is read through once the called rule is known to complete.
   */
  private static String readableFrom(ATN atn, BitSet allowed) {
    int rules = atn.ruleToStartState.length;
    boolean[] completes = new boolean[rules];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < rules; r++) {
        if (!completes[r] && r != FrenchParser.RULE_ignored
            && reachesEnd(atn, r, allowed, completes)) {
          completes[r] = true;
          changed = true;
        }
      }
    }
    if (!completes[FrenchParser.RULE_mention]) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (int r = 0; r < rules; r++) {
      if (completes[r]) {
        names.add(FrenchParser.ruleNames[r]);
      }
    }
    return "rules readable from common tokens alone: " + String.join(", ", names);
  }

  private static boolean reachesEnd(ATN atn, int rule, BitSet allowed, boolean[] completes) {
    ATNState stop = atn.ruleToStopState[rule];
    Set<ATNState> seen = new HashSet<>();
    Deque<ATNState> todo = new ArrayDeque<>();
    todo.add(atn.ruleToStartState[rule]);
    while (!todo.isEmpty()) {
      ATNState s = todo.pop();
      if (s == stop) {
        return true;
      }
      if (!seen.add(s)) {
        continue;
      }
      for (Transition t : s.getTransitions()) {
        if (t instanceof RuleTransition call) {
          if (completes[call.ruleIndex]) {
            todo.add(call.followState);
          }
        } else if (t.isEpsilon()) {
          todo.add(t.target);
        } else if (t instanceof NotSetTransition || t instanceof WildcardTransition
            || t.label() == null || intersects(t.label(), allowed)) {
          todo.add(t.target);
        }
      }
    }
    return false;
  }

  private static boolean intersects(IntervalSet label, BitSet allowed) {
    for (int type : label.toArray()) {
      if (type >= 0 && allowed.get(type)) {
        return true;
      }
    }
    return false;
  }

  /** A lexer state under a stack of fragment calls. */
  private record At(ATNState state, At caller) {}

  /** Whether the lexer's rule can end without reading a digit. */
  private static boolean endsWithoutDigit(ATN lexer, ATNState start) {
    Set<List<ATNState>> seen = new HashSet<>();
    Deque<At> todo = new ArrayDeque<>();
    todo.add(new At(start, null));
    while (!todo.isEmpty()) {
      At at = todo.pop();
      if (!seen.add(key(at))) {
        continue;
      }
      ATNState s = at.state();
      if (s instanceof RuleStopState) {
        if (at.caller() == null) {
          return true;
        }
        todo.add(at.caller());
        continue;
      }
      for (Transition t : s.getTransitions()) {
        if (t instanceof RuleTransition call) {
          todo.add(new At(call.target, new At(call.followState, at.caller())));
        } else if (t.isEpsilon()) {
          todo.add(new At(t.target, at.caller()));
        } else if (!onlyDigits(t)) {
          todo.add(new At(t.target, at.caller()));
        }
      }
    }
    return false;
  }

  private static List<ATNState> key(At at) {
    List<ATNState> k = new ArrayList<>();
    for (At a = at; a != null; a = a.caller()) {
      k.add(a.state());
    }
    return k;
  }

  private static boolean onlyDigits(Transition t) {
    if (t instanceof NotSetTransition || t instanceof WildcardTransition || t.label() == null) {
      return false;
    }
    IntervalSet label = t.label();
    return !label.isNil() && label.getMinElement() >= '0' && label.getMaxElement() <= '9';
  }

  /** The longest first word of an anchor, beyond which a rule's words are not listed. */
  private static final int MAX_WORD = 40;

  /** Sets of more characters than this, read at a token's start, are not listed. */
  private static final int MAX_SET = 8;

  /**
   * Adds to {@code chars} the first character of each token of the lexer's {@code rule} that
   * does not start with a letter, and to {@code words} the first word of each one that does.
   * Returns why the rule's tokens cannot be listed so, or null.
   */
  private static String firsts(ATN lexer, int rule, BitSet chars, Map<String, Boolean> words) {
    String name = FrenchLexer.ruleNames[rule];
    Deque<Prefix> todo = new ArrayDeque<>();
    todo.add(new Prefix(new At(lexer.ruleToStartState[rule], null), "", false));
    int steps = 0;
    while (!todo.isEmpty()) {
      if (++steps > 1_000_000) {
        return "the lexer rule " + name + " has too many first words to list";
      }
      Prefix p = todo.pop();
      ATNState s = p.at().state();
      if (s instanceof RuleStopState) {
        if (p.at().caller() != null) {
          todo.push(new Prefix(p.at().caller(), p.letters(), p.caseless()));
        } else if (p.letters().isEmpty()) {
          return "the lexer rule " + name + " can match an empty text";
        } else {
          add(words, p.word());
        }
        continue;
      }
      for (Transition t : s.getTransitions()) {
        if (t instanceof RuleTransition call) {
          todo.push(new Prefix(new At(call.target, new At(call.followState, p.at().caller())),
              p.letters(), p.caseless()));
        } else if (t.isEpsilon()) {
          todo.push(new Prefix(new At(t.target, p.at().caller()), p.letters(), p.caseless()));
        } else {
          if (t instanceof NotSetTransition || t instanceof WildcardTransition || t.label() == null
              || t.label().size() > MAX_SET) {
            return "the lexer rule " + name + " reads a set of characters too large to list";
          }
          IntervalSet label = t.label();
          Set<String> pushed = new HashSet<>(); // a letter and its capital: one prefix
          for (int c : label.toArray()) {
            if (letter(c)) {
              if (p.letters().length() >= MAX_WORD) {
                return "the lexer rule " + name + " has first words longer than " + MAX_WORD;
              }
              // Either case of the letter is read (a rule without case): compared in lower case.
              boolean caseless = label.contains(Character.toUpperCase(c))
                  && label.contains(Character.toLowerCase(c));
              String letters = p.letters() + (caseless ? LOWER[c] : (char) c);
              if (pushed.add(letters + caseless)) {
                todo.push(new Prefix(new At(t.target, p.at().caller()), letters,
                    p.caseless() || caseless));
              }
            } else if (p.letters().isEmpty()) {
              if (c < 0 || c > 0xFFFF) {
                return "the lexer rule " + name + " starts with a character beyond U+FFFF";
              }
              chars.set(c);
            } else {
              add(words, p.word());
            }
          }
        }
      }
    }
    return null;
  }

  /** A word compared in lower case wins over the same compared as written: it matches more. */
  private static void add(Map<String, Boolean> words, Word w) {
    Boolean exact = words.get(w.text());
    words.put(w.text(), exact == null ? w.exact() : exact && w.exact());
  }

  /**
   * The letters read so far at the start of a token of a lexer rule, and whether one of them
   * was read in either case.
   */
  private record Prefix(At at, String letters, boolean caseless) {
    /** The word, compared in lower case unless each of its letters was read as written. */
    Word word() {
      if (!caseless) {
        return new Word(letters, true);
      }
      StringBuilder lower = new StringBuilder(letters.length());
      for (int k = 0; k < letters.length(); k++) {
        lower.append(LOWER[letters.charAt(k)]);
      }
      return new Word(lower.toString(), false);
    }
  }

  @Override
  public String toString() {
    return usable() ? "anchors" : "no anchors: " + failure;
  }

  /** The anchor words, in lower case unless compared as written, for tests and documentation. */
  List<String> words() {
    List<String> out = new ArrayList<>();
    if (table != null) {
      for (char[] w : table) {
        if (w != null) {
          out.add(new String(w));
        }
      }
    }
    out.sort(null);
    return out;
  }

  /** The anchor characters other than digits, for tests and documentation. */
  String characters() {
    StringBuilder out = new StringBuilder();
    if (kinds != null) {
      for (int c = 0; c < kinds.length; c++) {
        if (kinds[c] == ANCHOR && !isDigit((char) c)) {
          out.append((char) c);
        }
      }
    }
    return out.toString();
  }
}
