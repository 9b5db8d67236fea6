package org.figlint.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.figlint.claim.AnalysedDocument;
import org.figlint.rule.Entity;
import org.figlint.rule.Terms;

/**
 * name-variant: a misspelled variant of a known entity name ("OpenIA" for OpenAI, "GTP-4o"),
 * and a person's name spelled two ways in one document. Names are compared case- and
 * accent-insensitively with the Damerau-Levenshtein distance: one edit for short names, up to
 * {@code max-distance} for long ones, and never when the written form is itself a known name,
 * so legitimate look-alikes (Orange and Oracle) stay silent.
 */
public final class NameVariantCheck implements Check {
  /** A known name: its key (normalized), its entity, the name as written, the key's words. */
  record Known(String key, String entity, String name, String[] words) {}

  /**
   * Known names of one word count and first character, with the length of each key (looked at
   * before the name itself: most differ by more than the edits allowed).
   */
  static final class Group {
    final List<Known> names;
    /** The length of each name's key, by the name's index (the array may be longer). */
    int[] lengths = new int[0];
    /** Whether some key has the length of the index; as long as the longest key, plus one. */
    boolean[] hasLength = new boolean[0];

    Group(List<Known> names) {
      this.names = names;
    }

    void add(Known known) {
      names.add(known);
      if (lengths.length < names.size()) {
        // Doubled, not grown by one: a lexicon of a few thousand places of one letter.
        lengths = java.util.Arrays.copyOf(lengths, Math.max(8, 2 * lengths.length));
      }
      int length = known.key().length();
      lengths[names.size() - 1] = length;
      if (hasLength.length <= length) {
        hasLength = java.util.Arrays.copyOf(hasLength, length + 1);
      }
      hasLength[length] = true;
    }

    int longest() {
      return hasLength.length - 1;
    }

    /** Whether some key is {@code length} long, give or take {@code edits}. */
    boolean hasLengthNear(int length, int edits) {
      for (int l = Math.max(0, length - edits); l <= length + edits && l < hasLength.length; l++) {
        if (hasLength[l]) {
          return true;
        }
      }
      return false;
    }
  }

  /** The known names of the entities, normalized once per rule set. */
  static final class NameIndex {
    final Map<String, String> known = new HashMap<>();
    final java.util.Set<String> knownLoose = new java.util.HashSet<>();
    /** Known names by word count and first character: {@link #key}. */
    final Map<Integer, Group> byWordCount = new HashMap<>();

    static int key(int words, char first) {
      return (words << 16) | first;
    }

    /** {@link #byWordCount} for one to three words and an ASCII first letter, by [words][first]. */
    private final Group[][] ascii = new Group[4][0x80];

    /** The known names of {@code words} words whose key starts with {@code first}, or null. */
    Group candidates(int words, char first) {
      return words < ascii.length && first < 0x80 ? ascii[words][first]
          : byWordCount.get(key(words, first));
    }

    /**
     * Verdicts of {@link #variantOfKnown} by group of words as written, for one setting of
     * {@code max-distance} and {@code min-length}. Text repeats its names: in the real news,
     * six in seven of the groups of words that get that far were seen before. Emptied when it
     * holds {@link #MAX_VERDICTS}, so that a long run's memory stays bounded.
     */
    private volatile Verdicts verdicts;

    static final int MAX_VERDICTS = 1 << 16;

    record Verdicts(int maxDistance, int minLength,
        java.util.concurrent.ConcurrentHashMap<String, Known> byWritten) {
      Known get(String written) {
        return byWritten.get(written);
      }

      void put(String written, Known verdict) {
        if (byWritten.size() >= MAX_VERDICTS) {
          byWritten.clear();
        }
        byWritten.put(written, verdict);
      }
    }

    Verdicts verdicts(int maxDistance, int minLength) {
      Verdicts v = verdicts;
      if (v == null || v.maxDistance() != maxDistance || v.minLength() != minLength) {
        v = new Verdicts(maxDistance, minLength, new java.util.concurrent.ConcurrentHashMap<>());
        verdicts = v;
      }
      return v;
    }

    /** The entities by their names (the first of a name). */
    final Map<String, Entity> entities = new HashMap<>();

    /**
     * The known names of several words with one in small letters ("Union européenne",
     * "Autorité de la concurrence"), by {@link #key} of the length of their first word as
     * written and its first letter folded ({@link Terms#foldedFirst}): the groups of capitalized
     * words that the check compares never hold them whole. A capitalized word of the text looks
     * up the names it may start in one step, rather than going through all those of its first
     * letter.
     */
    private final Map<Integer, List<Known>> withSmallWords = new HashMap<>();

    /** {@link #withSmallWords} for first words of up to 31 characters and an ASCII letter. */
    private final Object[] withSmallWordsAscii = new Object[32 * 0x80];

    /**
     * The known names with a word in small letters whose first word is {@code length} long and
     * starts with {@code first} once folded.
     */
    @SuppressWarnings("unchecked")
    List<Known> withSmallWords(int length, char first) {
      if (length < 32 && first < 0x80) {
        return (List<Known>) withSmallWordsAscii[length * 0x80 + first];
      }
      return withSmallWords.get(key(length, first));
    }

    boolean anyWithSmallWords() {
      return !withSmallWords.isEmpty();
    }

    NameIndex(org.figlint.claim.Lexicon lexicon) {
      for (Entity e : lexicon.entities()) {
        entities.putIfAbsent(e.name(), e);
        for (String name : e.names()) {
          String key = Terms.normalize(name);
          known.put(key, e.name());
          knownLoose.add(loose(key));
          int n = wordCount(key);
          Known k = new Known(key, e.name(), name, splitOnSpaces(key));
          byWordCount.computeIfAbsent(key(n, key.charAt(0)), g -> new Group(new ArrayList<>()))
              .add(k);
          if (n > 1 && hasSmallWord(name) && Character.isUpperCase(name.charAt(0))) {
            withSmallWords.computeIfAbsent(key(name.indexOf(' '), key.charAt(0)),
                c -> new ArrayList<>()).add(k);
          }
        }
      }
      withSmallWords.forEach((k, names) -> {
        int length = k >>> 16;
        char first = (char) (k & 0xFFFF);
        if (length < 32 && first < 0x80) {
          withSmallWordsAscii[length * 0x80 + first] = names;
        }
      });
      byWordCount.forEach((k, group) -> {
        int words = k >>> 16;
        char first = (char) (k & 0xFFFF);
        if (words < ascii.length && first < 0x80) {
          ascii[words][first] = group;
        }
      });
    }
  }

  /** Common first names, from first-names.txt beside this class. */
  static final java.util.Set<String> FIRST_NAMES = loadFirstNames();

  private static java.util.Set<String> loadFirstNames() {
    java.util.Set<String> names = new java.util.HashSet<>();
    try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
        NameVariantCheck.class.getResourceAsStream("first-names.txt"),
        java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          names.add(line);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return java.util.Set.copyOf(names);
  }

  /** A word of the text with its span. */
  record Word(String source, int start, int end) {
    String text() {
      return source.substring(start, end);
    }
  }

  /**
   * The words of a text that {@link #words} keeps, as their offsets: a document has one for
   * every few dozen characters, and an object for each took a quarter of the scan's time.
   */
  static final class Words {
    final String source;
    private int[] starts;
    private int[] ends;
    private int size;

    Words(String source, int capacity) {
      this.source = source;
      this.starts = new int[capacity];
      this.ends = new int[capacity];
    }

    void add(int start, int end) {
      if (size == starts.length) {
        starts = java.util.Arrays.copyOf(starts, size * 2 + 8);
        ends = java.util.Arrays.copyOf(ends, size * 2 + 8);
      }
      starts[size] = start;
      ends[size++] = end;
    }

    int size() {
      return size;
    }

    int start(int i) {
      return starts[i];
    }

    int end(int i) {
      return ends[i];
    }

    char first(int i) {
      return source.charAt(starts[i]);
    }

    String text(int i) {
      return source.substring(starts[i], ends[i]);
    }

    Word word(int i) {
      return new Word(source, starts[i], ends[i]);
    }
  }

  @Override
  public String id() {
    return "name-variant";
  }

  /**
   * Makes what the check needs before its first document: the index of the known names of
   * {@code lexicon} (kept by the lexicon) and the list of first names. Called on a spare thread
   * at start-up; the check makes them itself when it comes first.
   */
  public static void prepare(org.figlint.claim.Lexicon lexicon) {
    lexicon.nameIndex(NameIndex::new);
  }

  @Override
  public void checkDocument(AnalysedDocument doc, CheckContext ctx) {
    int maxDistance = ctx.config().integer("max-distance");
    int minLength = ctx.config().integer("min-length");
    Words words = words(doc.text());
    NameIndex index = ctx.lexicon().nameIndex(NameIndex::new);
    Map<String, String> known = index.known;
    NameIndex.Verdicts verdicts = index.verdicts(maxDistance, minLength);
    java.util.Set<Integer> reported = new java.util.HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      if (!upperCase(words.first(i))) {
        continue;
      }
      int start = words.start(i);
      boolean flagged = false;
      for (int n = Math.min(3, words.size() - i); n >= 1 && !flagged; n--) {
        int end = words.end(i + n - 1);
        if (!adjacent(doc.text(), words, i, n)) {
          continue;
        }
        // Known names of n words with the same first letter: most words have none.
        Group candidates = index.candidates(n, Terms.foldedFirst(doc.text(), start));
        if (candidates == null) {
          continue;
        }
        // A key is at least as long as the name written: beyond the longest known name, by
        // more than the edits allowed, none is near.
        if (end - start > candidates.longest() + (n == 1 ? 1 : maxDistance)) {
          continue;
        }
        // Written in ASCII, a name folds to as many characters, its gaps being single spaces:
        // one too short to compare ("Le", "Il"), or whose length no known name comes near, is
        // skipped before it is copied and folded.
        int edits = n == 1 ? 1 : maxDistance;
        if (ascii(doc.text(), start, end)
            && (end - start - (n - 1) < Math.max(minLength, n == 1 ? 6 : 0)
                || !candidates.hasLengthNear(end - start, edits))) {
          continue;
        }
        String written = doc.text().substring(start, end);
        Known match = verdicts.get(written);
        if (match == null) {
          match = variantOfKnown(written, n, candidates, index, maxDistance, minLength);
          verdicts.put(written, match);
        }
        if (match != NO_MATCH) {
          ctx.report(doc, start, end,
              ctx.message("known", written, match.name(), match.entity()), List.of());
          reported.add(start);
          i += n - 1;
          flagged = true;
        }
      }
    }
    smallWordVariants(doc, ctx, words, reported, index);
    personVariants(doc, ctx, words, reported, known, maxDistance, minLength);
  }

  /** Whether a word after the first of {@code name} starts with a small letter. */
  static boolean hasSmallWord(String name) {
    for (int at = name.indexOf(' '); at >= 0 && at + 1 < name.length();
        at = name.indexOf(' ', at + 1)) {
      if (Character.isLowerCase(name.charAt(at + 1))) {
        return true;
      }
    }
    return false;
  }

  /** The shortest word in small letters that a variant may differ in ("européenne"). */
  static final int SMALL_WORD_MIN = 6;

  /**
   * Known names with a word in small letters, misspelled in that word: "Union eruopéenne",
   * "Parlement europeén", "Autorité de la cocnurrence". A capitalized word that starts such a
   * name is compared with the text of the name's length (one character more or less) that
   * follows it: one edit, in a word in small letters of at least {@link #SMALL_WORD_MIN}
   * letters, which is not the name's plural or feminine ("Parlements européens").
   */
  private static void smallWordVariants(AnalysedDocument doc, CheckContext ctx, Words words,
      java.util.Set<Integer> reported, NameIndex index) {
    if (!index.anyWithSmallWords()) {
      return;
    }
    String text = doc.text();
    for (int i = 0; i < words.size(); i++) {
      int start = words.start(i);
      // Most capitalized words are not a name's first word: its length and first letter tell,
      // then its key.
      List<Known> names = index.withSmallWords(words.end(i) - start,
          Terms.foldedFirst(text, start));
      if (names == null || reported.contains(start)) {
        continue;
      }
      String firstWord = null;
      for (Known name : names) {
        if (firstWord == null) {
          firstWord = Terms.normalize(words.text(i));
        }
        if (!firstWord.equals(name.words()[0])) {
          continue;
        }
        int end = smallWordVariant(text, start, name, index);
        if (end > start) {
          String written = text.substring(start, end);
          ctx.report(doc, start, end, ctx.message("known", written, name.name(), name.entity()),
              List.of());
          reported.add(start);
          break;
        }
      }
    }
  }

  /**
   * The end of the text at {@code start} that misspells {@code name} in a word in small
   * letters, or -1.
   */
  private static int smallWordVariant(String text, int start, Known name, NameIndex index) {
    if (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      return -1;
    }
    for (int delta : new int[] {0, -1, 1}) {
      int end = start + name.name().length() + delta;
      if (end > text.length() || end <= start
          || (end < text.length() && Character.isLetter(text.charAt(end)))) {
        continue;
      }
      String written = text.substring(start, end);
      String key = Terms.normalize(written);
      if (key.equals(name.key())) {
        return -1; // the name itself
      }
      if (withinOne(key, name.key()) != 1 || index.known.containsKey(key)) {
        continue;
      }
      String[] got = splitOnSpaces(key);
      String[] want = name.words();
      String[] asWritten = written.split("[ \u00A0]+");
      if (got.length != want.length || asWritten.length != want.length) {
        continue;
      }
      for (int k = 1; k < want.length; k++) {
        if (got[k].equals(want[k])) {
          continue;
        }
        boolean inflected = got[k].equals(want[k] + "s") || got[k].equals(want[k] + "e")
            || want[k].equals(got[k] + "s") || want[k].equals(got[k] + "e");
        if (want[k].length() >= SMALL_WORD_MIN && !inflected && !asWritten[k].isEmpty()
            && Character.isLowerCase(asWritten[k].charAt(0))) {
          return end;
        }
        break;
      }
    }
    return -1;
  }

  /** What {@link NameIndex#verdicts} holds for a group of words that is no known name's variant. */
  static final Known NO_MATCH = new Known("", "", "", new String[0]);

  /**
   * The known name of which {@code written} ({@code n} words, whose first letter folds to that of
   * {@code candidates}) is a misspelled variant, the first in the order of the rules; else
   * {@link #NO_MATCH}. A function of its arguments alone, so that its verdicts can be kept.
   */
  private static Known variantOfKnown(String written, int n, Group candidates, NameIndex index,
      int maxDistance, int minLength) {
    String key = Terms.normalize(written);
    if (lengthWithoutSpaces(key) < Math.max(minLength, n == 1 ? 6 : 0)
        || index.known.containsKey(key) || index.knownLoose.contains(loose(key))) {
      return NO_MATCH;
    }
    int edits = n == 1 ? 1 : maxDistance;
    String[] keyWords = null;
    // One word differs by one edit at most; several words by maxDistance in all.
    int[] lengths = candidates.lengths;
    int count = candidates.names.size();
    for (int k = 0; k < count; k++) {
      if (Math.abs(lengths[k] - key.length()) > edits) {
        continue;
      }
      Known c = candidates.names.get(k);
      if (n > 1 && keyWords == null) {
        keyWords = splitOnSpaces(key);
      }
      if (isVariant(written, key, c.name(), c.key(), n, maxDistance, keyWords, c.words())) {
        return c;
      }
    }
    return NO_MATCH;
  }

  /**
   * The entities whose names {@code written} is a misspelled variant of, as this check tells
   * them apart (its {@code max-distance} from {@code rules}); empty when it is none's.
   */
  public static List<Entity> variantOf(org.figlint.rule.RuleSet rules, String written) {
    String key = Terms.normalize(written);
    if (key.isBlank()) {
      return List.of();
    }
    int maxDistance = rules.check("name-variant").integer("max-distance");
    int n = wordCount(key);
    // The known names of its word count and first letter, normalized once for the rules: a
    // quick fix asked for each of many findings normalized every name of the lexicon each time.
    NameIndex index = org.figlint.claim.Lexicon.of(rules).nameIndex(NameIndex::new);
    Group candidates = index.candidates(n, key.charAt(0));
    if (candidates == null) {
      return List.of();
    }
    java.util.Set<String> found = new java.util.LinkedHashSet<>();
    for (int k = 0; k < candidates.names.size(); k++) {
      Known c = candidates.names.get(k);
      if (Math.abs(candidates.lengths[k] - key.length()) > maxDistance
          || found.contains(c.entity())) {
        continue;
      }
      if (isVariant(written, key, c.name(), c.key(), n, maxDistance)) {
        found.add(c.entity());
      }
    }
    return found.stream().map(index.entities::get).toList();
  }

  /**
   * Whether {@code written} is a misspelling of the known name {@code alias}. Digits never
   * differ ("France 2018" is not "France 2030"); a word in capitals is an acronym or a
   * heading, not a misspelling, unless the name is in capitals too. A single word counts
   * when it is one edit away from a name styled like a brand (OpenAI, GPT-4o), else only when
   * two letters are swapped: "Franck", "Islande" or "Chaîne" are words of their own, not typos
   * of France, Irlande or Chine. Several words count when each is at most one edit away.
   */
  static boolean isVariant(String written, String key, String alias, String aliasKey, int words,
      int maxDistance) {
    return isVariant(written, key, alias, aliasKey, words, maxDistance, null, null);
  }

  /**
   * {@code keyWords} and {@code aliasWords}: the words of {@code key} and {@code aliasKey}, when
   * already split (else null).
   */
  static boolean isVariant(String written, String key, String alias, String aliasKey, int words,
      int maxDistance, String[] keyWords, String[] aliasWords) {
    // The cheapest tests that most look-alikes fail come first: one edit for a word, word by
    // word for several.
    if (words == 1) {
      if (withinOne(key, aliasKey) != 1 || !sameDigits(key, aliasKey) || acronym(written, alias)) {
        return false;
      }
      return brandLike(alias) || (key.length() == aliasKey.length() && sameLetters(key, aliasKey));
    }
    String[] a = keyWords != null ? keyWords : splitOnSpaces(key);
    String[] b = aliasWords != null ? aliasWords : splitOnSpaces(aliasKey);
    if (a.length != b.length) {
      return false;
    }
    int total = 0;
    boolean sameContentWord = false;
    boolean swapsOnly = true;
    for (int k = 0; k < a.length; k++) {
      if (a[k].equals(b[k])) {
        sameContentWord |= !FUNCTION_WORDS.contains(a[k]);
        continue;
      }
      if (!wordVariant(a[k], b[k])) {
        return false;
      }
      total += withinOne(a[k], b[k]);
      swapsOnly &= a[k].length() >= 5 && a[k].length() == b[k].length()
          && sameLetters(a[k], b[k]);
    }
    // "Le Chant" is not "Le Chat": a shared article is no evidence of the same name. Two
    // letters swapped in a longer word are ("Le Modne", "Les Ehcos"): no French word is made so.
    boolean allDiffer = !sameContentWord && java.util.Arrays.stream(a).noneMatch(
        w -> java.util.Arrays.asList(b).contains(w));
    return total > 0 && total <= maxDistance && (sameContentWord || allDiffer || swapsOnly)
        && sameDigits(key, aliasKey) && !acronym(written, alias);
  }

  /** A word in capitals is an acronym or a heading, unless the name is in capitals too. */
  private static boolean acronym(String written, String alias) {
    return written.length() > 2 && written.equals(written.toUpperCase(Locale.ROOT))
        && !alias.equals(alias.toUpperCase(Locale.ROOT));
  }

  /**
   * {@code key.split(" ")} without a list in between: this runs for every capitalized group of
   * words that comes near a known name.
   */
  static String[] splitOnSpaces(String key) {
    int count = 1;
    for (int at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
      count++;
    }
    String[] out = new String[count];
    int from = 0;
    for (int k = 0; k < count - 1; k++) {
      int at = key.indexOf(' ', from);
      out[k] = key.substring(from, at);
      from = at + 1;
    }
    out[count - 1] = key.substring(from);
    // As split does: trailing empty strings are dropped (all of them for a key of spaces).
    int kept = count;
    while (kept > 0 && out[kept - 1].isEmpty()) {
      kept--;
    }
    if (kept == 0 && !key.isEmpty()) {
      return new String[0];
    }
    return kept == count || key.isEmpty() ? out : java.util.Arrays.copyOf(out, kept);
  }

  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
      "le", "la", "les", "l", "de", "du", "des", "d", "et", "a", "au", "aux", "en", "the", "of");

  /**
   * One word of a name misspelled: one edit for words of four letters or more, a swap of two
   * letters for shorter ones ("IA" for "AI", but not "Air" for "AI").
   */
  private static boolean wordVariant(String written, String name) {
    int d = withinOne(written, name);
    if (d != 1) {
      return false;
    }
    if (written.length() >= 4 && name.length() >= 4) {
      return true;
    }
    return written.length() == name.length() && sameLetters(written, name);
  }

  /** Whether the digits of two strings, in order, are the same. */
  static boolean sameDigits(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.length() && !Character.isDigit(a.charAt(i))) {
        i++;
      }
      while (j < b.length() && !Character.isDigit(b.charAt(j))) {
        j++;
      }
      if (i == a.length() || j == b.length()) {
        return i == a.length() && j == b.length();
      }
      if (a.charAt(i++) != b.charAt(j++)) {
        return false;
      }
    }
  }

  /** Internal capitals, digits or a hyphen: OpenAI, ChatGPT, GPT-4o, Isambard-AI. */
  private static boolean brandLike(String name) {
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) || Character.isDigit(c) || c == '-') {
        return true;
      }
    }
    return false;
  }

  private static boolean sameLetters(String a, String b) {
    char[] x = a.toCharArray();
    char[] y = b.toCharArray();
    java.util.Arrays.sort(x);
    java.util.Arrays.sort(y);
    return java.util.Arrays.equals(x, y);
  }

  private static boolean ascii(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static int lengthWithoutSpaces(String key) {
    int spaces = 0;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == ' ') {
        spaces++;
      }
    }
    return key.length() - spaces;
  }

  /** A name without spaces and hyphens: "ALT-EDIC" and "Altedic" are one name. */
  static String loose(String key) {
    StringBuilder out = null;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == ' ' || c == '-') {
        if (out == null) {
          out = new StringBuilder(key.length()).append(key, 0, i);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? key : out.toString();
  }

  /**
   * {@code key.split("\\s+").length} without compiling the pattern each time: the index of
   * known names asks it of every name at start-up, where the compilations took half of the
   * index's making. Words are runs of other characters than the pattern's white spaces; as in
   * split, a leading space makes one empty word more when there is a word at all.
   */
  static int wordCount(String key) {
    if (key.isEmpty()) {
      return 1;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < key.length(); i++) {
      boolean space = whiteSpace(key.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words > 0 && whiteSpace(key.charAt(0)) ? words + 1 : words;
  }

  /** The white spaces of the regular expression {@code \s}: space, and tab to carriage return. */
  private static boolean whiteSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static boolean adjacent(String text, Words words, int i, int n) {
    for (int k = i + 1; k < i + n; k++) {
      int gap = words.end(k - 1);
      if (words.start(k) != gap + 1
          || (text.charAt(gap) != ' ' && text.charAt(gap) != '\u00A0')) {
        return false;
      }
      if ((kind(words.first(k)) & STARTS_NAME) == 0) {
        return false;
      }
    }
    return true;
  }

  /** "Caroline Chopinaud" and "Caroline Chopineau" in one document. */
  private void personVariants(AnalysedDocument doc, CheckContext ctx, Words words,
      java.util.Set<Integer> reported, Map<String, String> known, int maxDistance,
      int minLength) {
    Map<String, Map<String, List<Word[]>>> byFirst = new LinkedHashMap<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!upperCase(words.first(i)) || !upperCase(words.first(i + 1))
          || words.start(i + 1) != words.end(i) + 1 || doc.text().charAt(words.end(i)) != ' '
          || !isName(words, i) || !isName(words, i + 1)) {
        continue;
      }
      String first = words.text(i);
      if (!FIRST_NAMES.contains(first)) {
        continue;
      }
      byFirst.computeIfAbsent(first, k -> new LinkedHashMap<>())
          .computeIfAbsent(words.text(i + 1), k -> new ArrayList<>())
          .add(new Word[] {words.word(i), words.word(i + 1)});
    }
    for (Map<String, List<Word[]>> lastNames : byFirst.values()) {
      List<String> names = new ArrayList<>(lastNames.keySet());
      String[] normalized = new String[names.size()];
      long[] letters = new long[names.size()];
      // The last names by first letter and length, in the order they first appear: a variant
      // starts with the same letter, and is at most maxDistance longer or shorter.
      Map<Long, List<Integer>> byLetterAndLength = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        normalized[i] = Terms.normalize(names.get(i));
        letters[i] = letters(normalized[i]);
        if (normalized[i].length() >= minLength) {
          byLetterAndLength.computeIfAbsent(
              letterAndLength(normalized[i].charAt(0), normalized[i].length()),
              k -> new ArrayList<>()).add(i);
        }
      }
      for (int x = 0; x < names.size(); x++) {
        String p = normalized[x];
        if (p.length() < minLength) {
          continue;
        }
        List<Integer> others = new ArrayList<>();
        for (int n = p.length() - maxDistance; n <= p.length() + maxDistance; n++) {
          List<Integer> same = byLetterAndLength.get(letterAndLength(p.charAt(0), n));
          if (same == null) {
            continue;
          }
          int at = java.util.Collections.binarySearch(same, x + 1);
          int from = at >= 0 ? at : -at - 1; // the first that comes after x
          others.addAll(same.subList(from, Math.min(same.size(), from + MAX_COMPARED)));
        }
        // In any order: findings are sorted at the end, with their messages.
        for (int y : others) {
          // An edit changes which letters a name has by two at most (one for each of the two
          // letters of a substitution).
          if (Long.bitCount(letters[x] ^ letters[y]) > 2 * maxDistance) {
            continue;
          }
          String q = normalized[y];
          int d = distance(p, q, maxDistance);
          if (d == 0 || d > maxDistance) {
            continue;
          }
          List<Word[]> px = lastNames.get(names.get(x));
          List<Word[]> py = lastNames.get(names.get(y));
          String fullX = Terms.normalize(px.get(0)[0].text() + " " + names.get(x));
          String fullY = Terms.normalize(py.get(0)[0].text() + " " + names.get(y));
          boolean flagY = known.containsKey(fullX) != known.containsKey(fullY)
              ? known.containsKey(fullX) : py.size() <= px.size();
          List<Word[]> flagged = flagY ? py : px;
          List<Word[]> reference = flagY ? px : py;
          Word[] ref = reference.get(0);
          for (Word[] f : flagged) {
            if (reported.contains(f[0].start())) {
              continue;
            }
            String written = doc.text().substring(f[0].start(), f[1].end());
            String other = doc.text().substring(ref[0].start(), ref[1].end());
            ctx.report(doc, f[0].start(), f[1].end(),
                ctx.message("person", written, other, reference.size()),
                List.of(CheckContext.location(doc, ref[0].start(), ref[1].end(),
                    ctx.message("related"))));
          }
        }
      }
    }
  }

  /**
   * The most last names of one first name, letter and length that a last name is compared
   * with: those that follow it, in the order they first appear. Comparing every pair made a
   * document of thousands of people of one first name take minutes (250 KB of "Jean X a
   * parlé." with random names X, 15 s; 1 MB, 3 min); a real text names a few dozen.
   */
  static final int MAX_COMPARED = 256;

  /** Which characters {@code name} has: a bit for each letter from a to z, 38 for the others. */
  static long letters(String name) {
    long set = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      set |= 1L << (c >= 'a' && c <= 'z' ? c - 'a' : 26 + c % 38);
    }
    return set;
  }

  private static long letterAndLength(char letter, int length) {
    return ((long) letter << 32) | length;
  }

  /** A capital, then lower-case letters or hyphens: "Caroline", "Chopinaud". */
  private static boolean isName(Words words, int k) {
    String text = words.source;
    int start = words.start(k);
    int end = words.end(k);
    if (end - start < 2 || !upperCase(text.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isLowerCase(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * The words of {@code text} that can be part of a name: those that start with a capital or a
   * digit. The others only separate names, which {@link #adjacent} sees in the gaps. A word is a
   * run of letters and digits, joined by hyphens ("Jean-Pierre"); rather than following every
   * word, the scan stops only at capitals and digits, and one of them starts a word unless a
   * letter or digit, or a hyphen after one, comes just before it.
   */
  static Words words(String text) {
    Words out = new Words(text, text.length() / 24 + 8);
    int n = text.length();
    int i = 0;
    while (i < n) {
      if ((kind(text.charAt(i)) & STARTS_NAME) == 0 || (i > 0 && continuesWord(text, i))) {
        i++;
        continue;
      }
      int start = i++;
      while (i < n) {
        char c = text.charAt(i);
        if ((kind(c) & LETTER_OR_DIGIT) != 0) {
          i++;
        } else if (c == '-' && i + 1 < n && (kind(text.charAt(i + 1)) & LETTER_OR_DIGIT) != 0) {
          i += 2;
        } else {
          break;
        }
      }
      out.add(start, i);
    }
    return out;
  }

  /** Whether the character at {@code i} is inside a word that starts before it. */
  private static boolean continuesWord(String text, int i) {
    char before = text.charAt(i - 1);
    return (kind(before) & LETTER_OR_DIGIT) != 0
        || (before == '-' && i >= 2 && (kind(text.charAt(i - 2)) & LETTER_OR_DIGIT) != 0);
  }

  private static final int LETTER_OR_DIGIT = 1;
  private static final int STARTS_NAME = 2;
  private static final int UPPER_CASE = 4;

  /**
   * {@link #LETTER_OR_DIGIT}, {@link #STARTS_NAME} (a capital or a digit) and {@link #UPPER_CASE}
   * of the characters up to the end of General Punctuation, which French text seldom leaves: the
   * table is made in well under a millisecond, and beyond it Unicode's tables are asked each time.
   */
  private static final byte[] KINDS = new byte[0x2070];

  static {
    for (char c = 0; c < KINDS.length; c++) {
      KINDS[c] = (byte) computeKind(c);
    }
  }

  private static int kind(char c) {
    return c < KINDS.length ? KINDS[c] : computeKind(c);
  }

  private static int computeKind(char c) {
    return (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
        | (Character.isUpperCase(c) || Character.isDigit(c) ? STARTS_NAME : 0)
        | (Character.isUpperCase(c) ? UPPER_CASE : 0);
  }

  /** {@link Character#isUpperCase(char)}, read from the table. */
  private static boolean upperCase(char c) {
    return (kind(c) & UPPER_CASE) != 0;
  }

  /**
   * {@link #distance}{@code (a, b, 1)} without the matrix: 0 for equal strings, 1 for one
   * insertion, deletion, substitution or swap of two adjacent letters, else 2.
   */
  static int withinOne(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > 1) {
      return 2;
    }
    int i = 0;
    while (i < n && i < m && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == n && i == m) {
      return 0;
    }
    if (n == m) {
      // a substitution at i, or a swap of i and i + 1
      if (a.regionMatches(i + 1, b, i + 1, n - i - 1)) {
        return 1;
      }
      boolean swap = i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, n - i - 2);
      return swap ? 1 : 2;
    }
    // one letter more in the longer string, at i
    return n > m
        ? (a.regionMatches(i + 1, b, i, m - i) ? 1 : 2)
        : (b.regionMatches(i + 1, a, i, n - i) ? 1 : 2);
  }

  /** Damerau-Levenshtein (optimal string alignment) distance, cut off above {@code max}. */
  static int distance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    // Three rows of the matrix: the one before the previous (for swaps), the previous, this one.
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] row = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      row[0] = i;
      int rowMin = i;
      char ai = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char bj = b.charAt(j - 1);
        int cost = ai == bj ? 0 : 1;
        int v = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
          v = Math.min(v, before[j - 2] + 1);
        }
        row[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] spare = before;
      before = previous;
      previous = row;
      row = spare;
    }
    return previous[m];
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
