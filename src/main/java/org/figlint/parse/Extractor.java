package org.figlint.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.NotSetTransition;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.atn.WildcardTransition;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.figlint.parse.generated.FrenchLexer;
import org.figlint.parse.generated.FrenchParser;
import org.figlint.value.Count;
import org.figlint.value.DateInterval;
import org.figlint.value.Grain;
import org.figlint.value.Money;
import org.figlint.value.Value;

/**
 * Finds the figures of a French text. The lexer runs once over the sentences that can hold a
 * figure ({@link Anchors}: the others have none, which the grammar itself shows); the parser's
 * {@code mention} rule is tried only at tokens that can start a figure and are followed by a
 * token that can continue one, first in SLL mode and, when that fails after one of its
 * predictions met a conflict, in full LL mode; the longest parse wins. This class is the
 * package's facade: outside it, no code uses the generated ANTLR classes.
 */
public final class Extractor {
  /** Texts are lexed in chunks of about this many chars, cut at line breaks. */
  static final int CHUNK = 1 << 18;

  /**
   * No figure spans more tokens than this (spaces are no tokens, line breaks are): the longest
   * of the extraction cases take 9, "du lundi 3 février 2025 au vendredi 7 février 2025" 11.
   * Every parse stops there,
   * so that a run of number or scale words ("vingt-deux vingt-deux ...", a line of "millions")
   * costs time in proportion to its length, not to its square.
   */
  static final int MAX_TOKENS = 24;

  private final Prefixes prefixes = Prefixes.INSTANCE;
  private final Anchors anchors = Anchors.get();

  /**
   * The work done so far by this extractor: characters read by the lexer, tokens looked at by
   * the parser, parses started. Tests use
   * it to check that extraction does work in proportion to the text, whatever the text.
   */
  final LongAdder charLookups = new LongAdder();
  final LongAdder tokenLookups = new LongAdder();
  final LongAdder parseAttempts = new LongAdder();

  /**
   * Whether every parse that can be saved is run all the same: every failed SLL parse tried
   * again in full LL mode, as ANTLR's two-stage parsing does, and every cut of the text
   * parsed. For tests, which compare.
   */
  private final boolean noShortcut;

  private Extractor(boolean noShortcut) {
    this.noShortcut = noShortcut;
  }

  /**
   * An extractor that also runs the parses that {@link #create}'s skips because they would
   * fail: the same mentions, more slowly.
   */
  static Extractor withoutShortcuts() {
    return new Extractor(true);
  }

  /**
   * Builds the grammar's tables (lexer and parser ATNs, the candidate automaton, the first DFA
   * states) by extracting a short text with a figure of each kind: called on a spare thread at
   * start-up, it takes that work off the first document's path. Safe to call at any time.
   */
  public static void warmUp() {
    create().extract("Le mardi 3 mars 2024, Acme a levé 15 millions d'euros (12,5 M$) auprès de"
        + " 12 investisseurs, soit 8 % de plus qu'au premier semestre 2023.", null);
  }

  /**
   * Writes the grammar's anchors, the words and signs without which a sentence holds no figure,
   * under the classes folder {@code classes}: a build step, which saves a run working them out.
   */
  public static void writeAnchors(java.nio.file.Path classes) throws java.io.IOException {
    Anchors.writeResource(classes);
  }

  public static Extractor create() {
    return new Extractor(false);
  }

  /** Mentions in text order; partial dates resolve against {@code referenceDate} when given. */
  public List<Mention> extract(String text, LocalDate referenceDate) {
    List<Mention> out = new ArrayList<>();
    Reader reader = new Reader(text, referenceDate, out);
    int from = 0;
    while (from < text.length()) {
      int to = chunkEnd(text, from);
      if (noShortcut) {
        reader.accept(from, to);
      } else {
        // Only the sentences that can hold a figure are lexed: the figures are the same.
        anchors.ranges(text, from, to, reader);
      }
      from = to;
    }
    return out;
  }

  /**
   * Lexes {@code text} in the same chunks as {@link #extract} and returns the number of tokens,
   * hidden ones included, without running the parser: the lexer's share of extraction, for
   * benchmarks.
   */
  public long tokenCount(String text) {
    long count = 0;
    int from = 0;
    while (from < text.length()) {
      int to = chunkEnd(text, from);
      FrenchLexer lexer = lexer(text.substring(from, to));
      while (lexer.nextToken().getType() != Token.EOF) {
        count++;
      }
      from = to;
    }
    return count;
  }

  static FrenchLexer lexer(String chunk) {
    return lexer(new TextStream(chunk));
  }

  private static FrenchLexer lexer(TextStream chunk) {
    FrenchLexer lexer = new FrenchLexer(chunk);
    lexer.removeErrorListeners();
    lexer.setInterpreter(new WideLexerSimulator(lexer));
    return lexer;
  }

  private static int chunkEnd(String text, int from) {
    if (text.length() - from <= CHUNK) {
      return text.length();
    }
    int limit = from + CHUNK;
    for (int i = limit; i > from + CHUNK / 2; i--) {
      if (text.charAt(i - 1) == '\n') {
        return i;
      }
    }
    for (int i = limit; i > from + CHUNK / 2; i--) {
      char c = text.charAt(i - 1);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    // Not at a space next to a digit: it may sit inside a figure ("15 %", "le 3 mars").
    for (int i = limit; i > from + CHUNK / 2; i--) {
      if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isDigit(text.charAt(i))
          && (i < 2 || !Character.isDigit(text.charAt(i - 2)))) {
        return i;
      }
    }
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit + 1 : limit;
  }

  /**
   * The lexer, parser and visitor of one {@link #extract} call, made for its first range of text
   * and given each next one: a text has a range for every run of sentences with a figure.
   */
  private final class Reader implements Anchors.Ranges {
    final String text;
    final LocalDate reference;
    final List<Mention> out;
    FrenchLexer lexer;
    FrenchParser parser;
    Bail bail;
    MentionBuilder builder;

    Reader(String text, LocalDate reference, List<Mention> out) {
      this.text = text;
      this.reference = reference;
      this.out = out;
    }

    /** Extracts the range: a class rather than a lambda, which a short run would link first. */
    @Override
    public void accept(int from, int to) {
      extractChunk(this, from, to);
    }
  }

  private void extractChunk(Reader reader, int from, int to) {
    String text = reader.text;
    List<Mention> out = reader.out;
    // U+02BC, the modifier letter apostrophe some keyboards type, is a letter for Unicode and
    // would glue "dʼeuros" into one word: the lexer reads it as the apostrophe it stands for.
    // Mention texts still come from the text as written.
    String chunk = text.substring(from, to);
    if (chunk.indexOf('\u02BC') >= 0) { // a scan much faster than replace's own
      chunk = chunk.replace('\u02BC', '\u2019');
    }
    TextStream stream = new TextStream(chunk);
    // Code points are UTF-16 units unless the text has a surrogate or a soft hyphen.
    Utf16Map offsets = stream.mapped() ? Utf16Map.of(chunk) : Utf16Map.IDENTITY;
    // About one token (word or mark; spaces are skipped) per five characters of French prose.
    FrenchLexer lexer = reader.lexer;
    if (lexer == null) {
      lexer = reader.lexer = lexer(stream);
    } else {
      lexer.setInputStream(stream);
    }
    WideLexerSimulator simulator = (WideLexerSimulator) lexer.getInterpreter();
    long consumedBefore = simulator.consumed;
    BoundedTokenStream tokens = new BoundedTokenStream(lexer, chunk.length() / 4 + 16);
    tokens.fill();
    FrenchParser parser = reader.parser;
    if (parser == null) {
      parser = reader.parser = new FrenchParser(tokens);
      ParserATNSimulator shared = parser.getInterpreter();
      parser.setInterpreter(new QuietParserSimulator(parser, shared.atn, shared.decisionToDFA,
          shared.getSharedContextCache()));
      parser.removeErrorListeners();
      reader.bail = new Bail();
      parser.setErrorHandler(reader.bail);
      parser.setBuildParseTree(true);
      reader.builder = new MentionBuilder(reader.reference);
    } else {
      parser.setTokenStream(tokens);
    }
    Bail bail = reader.bail;
    long attemptsBefore = bail.attempts;
    MentionBuilder builder = reader.builder;
    List<Token> all = tokens.getTokens();
    int n = all.size();
    int i = 0;
    int previousCountEnd = -1;
    Count previousCount = null;
    Money previousMoney = null;
    int previousMoneyEnd = -1;
    Count wholeCount = null;
    int wholeEnd = -1;
    Mention share = null; // a bare number before "des", its noun to come
    int shareOf = -1; // the index of that "des"
    DateInterval previousDay = null; // the last date of days with their month, and its end
    int previousDayEnd = -1;
    while (i < n) {
      Token t = all.get(i);
      if (t.getChannel() != Token.DEFAULT_CHANNEL || !prefixes.mayParse(all, i, Integer.MAX_VALUE)) {
        i++;
        continue;
      }
      Token before = previousOnChannel(all, i);
      builder.previousTokenType = before == null ? -1 : before.getType();
      builder.previousTokenText = before == null ? "" : before.getText();
      FrenchParser.MentionContext ctx = parse(i, Integer.MAX_VALUE, parser, bail, tokens);
      Value value = null;
      for (int shorter = 0; ctx != null && shorter < 4; shorter++) {
        if (ctx.stop == null || ctx.stop.getTokenIndex() < i) {
          ctx = null;
          break;
        }
        value = ctx instanceof FrenchParser.IgnoredMentionContext ? null : builder.visit(ctx);
        if (value != null || ctx instanceof FrenchParser.IgnoredMentionContext
            || ctx.stop.getTokenIndex() == i) {
          break;
        }
        // The longest parse is not a figure ("1905 sépare"): try the shorter ones.
        ctx = parse(i, ctx.stop.getTokenIndex(), parser, bail, tokens);
      }
      if (ctx == null || ctx.stop == null || ctx.stop.getTokenIndex() < i) {
        i++;
        continue;
      }
      int next = ctx.stop.getTokenIndex() + 1;
      if (ctx instanceof FrenchParser.IgnoredMentionContext) {
        i = next;
        continue;
      }
      if (value == null || isNamedYear(ctx, value, all, i)) {
        i++;
        continue;
      }
      Token first = ctx.start;
      if ((first.getType() == FrenchLexer.CE || first.getType() == FrenchLexer.AU
          || first.getType() == FrenchLexer.EN) && value instanceof DateInterval) {
        first = nextOnChannel(all, first.getTokenIndex() + 1);
      }
      Token last = ctx.stop;
      if (ctx instanceof FrenchParser.PercentMentionContext pm
          && pm.percent() instanceof FrenchParser.PercentFractionContext pf) {
        last = pf.fraction().stop; // "un quart des salariés": the span ends at "quart"
      }
      int start = offsets.utf16(first.getStartIndex());
      int end = offsets.end(last.getStopIndex(), chunk);
      // "60 milliards d’euros, dont 40 milliards de baisses de dépenses": an amount in the
      // currency of the sentence's, when one came before.
      if (ctx instanceof FrenchParser.CountMentionContext cm
          && cm.count() instanceof FrenchParser.ScaledCountContext sc && previousMoney != null
          && !crossesSentence(all, previousMoneyEnd, i)) {
        Money amount = builder.scaledAmount(sc);
        if (amount != null) {
          value = amount;
          last = sc.scale(sc.scale().size() - 1).stop;
          end = offsets.end(last.getStopIndex(), chunk);
        }
      }
      if (value instanceof DateInterval d && d.grain() == Grain.DAY) {
        // "les jeudi 3 et vendredi 4 mai, mardi 8 et mercredi 9": days that follow a date of
        // the list closely, later in its month, are in that month.
        if (d.month() == null && d.day() != null && d.weekday() != null && previousDay != null
            && wordsBetween(all, previousDayEnd, i) <= DAYS_LIST_GAP
            && !crossesSentence(all, previousDayEnd, i)
            && d.day() > previousDay.end().getDayOfMonth()) {
          LocalDate carried = DateResolver.safeDate(previousDay.end().getYear(),
              previousDay.end().getMonthValue(), d.day());
          if (carried != null) {
            value = d = new DateInterval(carried, carried, Grain.DAY, previousDay.year(),
                carried.getMonthValue(), d.day(), d.weekday(), null, false);
          }
        }
        if (d.month() != null && d.end() != null && !d.relative()) {
          previousDay = d;
          previousDayEnd = next;
        }
      }
      if (value instanceof Money money) {
        if (money.currency().equals(MentionBuilder.UNKNOWN_CURRENCY)) {
          if (previousMoney == null || crossesSentence(all, previousMoneyEnd, i)) {
            i++;
            continue;
          }
          value = money.withCurrency(previousMoney.currency(), previousMoney.alternatives());
        }
        previousMoney = (Money) value;
        previousMoneyEnd = next;
      }
      if (value instanceof Count c && c.unit().equals(MentionBuilder.UNKNOWN_UNIT)) {
        Count of = outOf(previousCount, all, previousCountEnd, i) && !beforeWord(all, next)
            ? previousCount
            : inSubsetList(wholeCount, all, wholeEnd, i) ? wholeCount : null;
        if (of == null || measuredInTime(all, next)) {
          // "23 des 21 circonscriptions": a share of the count that follows, kept until it does.
          Token after = nextOnChannel(all, next);
          if (of == null && after != null && after.getType() == FrenchLexer.DES) {
            share = new Mention(c, from + start, from + end,
                text.substring(from + start, from + end));
            shareOf = after.getTokenIndex();
          }
          i++;
          continue;
        }
        value = new Count(c.value(), of.unit(), c.qualifier());
      } else if (value instanceof Count c) {
        wholeCount = c;
        wholeEnd = next;
      }
      if (value instanceof Count c) {
        value = inheritUnit(c, previousCount, all, i, previousCountEnd);
        previousCount = (Count) value;
        previousCountEnd = next;
      }
      if (share != null && value instanceof Count c && !c.unit().isEmpty()) {
        if (before != null && before.getTokenIndex() == shareOf) {
          Count part = (Count) share.value();
          out.add(new Mention(new Count(part.value(), c.unit(), part.qualifier()), share.start(),
              share.end(), share.text()));
        }
      }
      share = null;
      out.add(new Mention(value, from + start, from + end, text.substring(from + start, from + end)));
      i = next;
    }
    charLookups.add(simulator.consumed - consumedBefore);
    tokenLookups.add(tokens.lookups());
    parseAttempts.add(bail.attempts - attemptsBefore);
  }

  /**
   * The longest figure starting at token {@code index}: when the parse fails at a later token,
   * the stream is cut just before that token and the parse retried, so that a shorter
   * alternative can win (cut one token earlier at once when that retry would fail the same
   * way). A cut that leaves no possible figure ends the search without parsing.
   */
  private FrenchParser.MentionContext parse(int index, int initialLimit, FrenchParser parser,
      Bail bail, BoundedTokenStream tokens) {
    int limit = (int) Math.min(initialLimit, (long) index + MAX_TOKENS);
    tokens.limit(limit);
    QuietParserSimulator simulator = (QuietParserSimulator) parser.getInterpreter();
    try {
      for (int round = 0; round < 8; round++) {
        if (!prefixes.mayParse(tokens.getTokens(), index, limit)) {
          return null;
        }
        for (PredictionMode mode : MODES) {
          simulator.setPredictionMode(mode);
          simulator.conflicted = false;
          simulator.lookedAt = -1;
          FrenchParser.MentionContext ctx = attempt(parser, bail, tokens, index);
          if (ctx != null) {
            return ctx;
          }
          if (!simulator.conflicted && !noShortcut) {
            // Full LL predicts as SLL does wherever SLL met no conflict: it would make the same
            // choices and fail at the same token.
            break;
          }
        }
        int failedAt = bail.failedAt;
        if (failedAt >= 0 && failedAt < limit) {
          limit = failedAt;
          if (simulator.lookedAt < failedAt && !noShortcut) {
            // No alternative was chosen by looking at the token the parse failed at: with the
            // text cut before that token, every choice would be the same and the parse would
            // fail there again, at the end of the text. That round is skipped for the next.
            limit = previousOnChannel(tokens, limit);
            round++;
          }
        } else {
          limit = previousOnChannel(tokens, limit);
        }
        if (limit <= index) {
          return null;
        }
        tokens.limit(limit);
      }
      return null;
    } finally {
      tokens.unlimited();
    }
  }

  private static final PredictionMode[] MODES = {PredictionMode.SLL, PredictionMode.LL};

  private static int previousOnChannel(BoundedTokenStream tokens, int index) {
    int k = Math.min(index, tokens.size()) - 1;
    while (k > 0 && tokens.get(k).getChannel() != Token.DEFAULT_CHANNEL) {
      k--;
    }
    return k;
  }

  private static FrenchParser.MentionContext attempt(
      FrenchParser parser, Bail bail, BoundedTokenStream tokens, int index) {
    parser.reset();
    tokens.seek(index);
    bail.failedAt = -1;
    bail.attempts++;
    try {
      return parser.mention();
    } catch (ParseCancellationException e) {
      return null;
    }
  }

  /** "France 2030", "Paris 2024": a capitalized word just before a bare year names a thing. */
  private static boolean isNamedYear(
      FrenchParser.MentionContext ctx, Value value, List<Token> all, int index) {
    if (!(value instanceof DateInterval d) || d.grain() != Grain.YEAR
        || ctx.start != ctx.stop || index == 0) {
      return false;
    }
    Token prev = all.get(index - 1);
    if (prev.getChannel() != Token.DEFAULT_CHANNEL) {
      if (index < 2 || prev.getText().indexOf('\n') >= 0) {
        return false;
      }
      prev = all.get(index - 2);
    }
    int type = prev.getType();
    String text = prev.getText();
    return (type == FrenchLexer.WORD || type == FrenchLexer.IDENT
            || type == FrenchLexer.CURRENCY_ADJ || type == FrenchLexer.EUROS)
        && !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  /** In "38 entreprises, dont 20 françaises", the subset counts the noun of its whole. */
  private static Count inheritUnit(
      Count count, Count previous, List<Token> all, int index, int previousEnd) {
    if (previous == null || previousEnd < 0 || index - previousEnd > 3) {
      return count;
    }
    boolean afterDont = false;
    for (int k = previousEnd; k < index; k++) {
      int type = all.get(k).getType();
      if (type == FrenchLexer.DONT) {
        afterDont = true;
      } else if (type == FrenchLexer.PUNCT) {
        return count;
      }
    }
    if (!afterDont || count.unit().equalsIgnoreCase(previous.unit()) || !looksLikeAdjective(count.unit())) {
      return count;
    }
    return new Count(count.value(), previous.unit(), count.qualifier());
  }

  private static Token previousOnChannel(List<Token> all, int index) {
    for (int k = index - 1; k >= 0; k--) {
      if (all.get(k).getChannel() == Token.DEFAULT_CHANNEL) {
        return all.get(k);
      }
    }
    return null;
  }

  /**
   * True when a bare number stands in the "dont" list of the count just before it: "12 400
   * salariés, dont 7 100 en France et 5 300 à l'étranger".
   */
  private static boolean inSubsetList(Count previous, List<Token> all, int previousEnd, int index) {
    if (previous == null || previousEnd < 0 || index - previousEnd > 20) {
      return false;
    }
    boolean dont = false;
    for (int k = previousEnd; k < index; k++) {
      Token t = all.get(k);
      if (t.getType() == FrenchLexer.DONT) {
        dont = true;
      } else if (t.getType() == FrenchLexer.PUNCT || t.getType() == FrenchLexer.LPAREN
          || t.getType() == FrenchLexer.RPAREN) {
        return false;
      } else if (!dont && t.getType() == FrenchLexer.NUMBER) {
        // "6 cylindres développant 367 ch, dont 22 ch": the list belongs to a nearer figure.
        return false;
      }
    }
    if (!dont) {
      return false;
    }
    Token before = previousOnChannel(all, index);
    return before != null && (before.getType() == FrenchLexer.DONT
        || before.getType() == FrenchLexer.ET || before.getType() == FrenchLexer.COMMA);
  }

  /** True when a word follows from {@code index} on: "sur 36 km" is a length, not a total. */
  private static boolean beforeWord(List<Token> all, int index) {
    Token after = nextOnChannel(all, index);
    return after != null && (after.getType() == FrenchLexer.WORD
        || after.getType() == FrenchLexer.IDENT);
  }

  /**
   * True when a bare number is the total that the count just before it is out of: "612 sièges
   * sur 577" (only "sur" between them).
   */
  private static boolean outOf(Count previous, List<Token> all, int previousEnd, int index) {
    if (previous == null || previousEnd < 0) {
      return false;
    }
    Token between = null;
    for (int k = previousEnd; k < index; k++) {
      Token t = all.get(k);
      if (t.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (between != null) {
        return false;
      }
      between = t;
    }
    return between != null && between.getType() == FrenchLexer.WORD
        && between.getText().equalsIgnoreCase("sur");
  }

  /**
   * True when the token from {@code index} on is a unit of time: "trois condamnés, dont 15 ans
   * ferme" counts years, not the condemned.
   */
  private static boolean measuredInTime(List<Token> all, int index) {
    Token after = nextOnChannel(all, index);
    if (after == null) {
      return false;
    }
    int type = after.getType();
    return type == FrenchLexer.AN || type == FrenchLexer.ANNEE || type == FrenchLexer.ANNEES
        || type == FrenchLexer.MOIS || type == FrenchLexer.SEMAINE || type == FrenchLexer.JOUR
        || type == FrenchLexer.H || type == FrenchLexer.SIECLE;
  }

  /** How many words or marks may part a day of a list from the date before it (", et le"). */
  static final int DAYS_LIST_GAP = 3;

  /** The tokens of the default channel (words, numbers, marks) in [from, to). */
  private static int wordsBetween(List<Token> all, int from, int to) {
    int count = 0;
    for (int k = Math.max(0, from); k < to && count <= DAYS_LIST_GAP; k++) {
      if (all.get(k).getChannel() == Token.DEFAULT_CHANNEL) {
        count++;
      }
    }
    return count;
  }

  private static boolean crossesSentence(List<Token> all, int from, int to) {
    for (int k = Math.max(from, 0); k < to; k++) {
      Token t = all.get(k);
      if (t.getType() == FrenchLexer.PUNCT && ".!?…".indexOf(t.getText().charAt(0)) >= 0) {
        return true;
      }
      if (t.getType() == FrenchLexer.NEWLINE) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLikeAdjective(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    String[] endings = {"eufs", "aises", "ais", "aines", "ains", "iennes", "iens", "ques", "aux", "ales",
        "ées", "és", "euses", "eux", "ives", "ifs", "elles", "els", "ées", "ites", "its", "ues",
        "us", "ines", "ins"};
    for (String e : endings) {
      if (w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private static Token nextOnChannel(List<Token> all, int index) {
    for (int k = index; k < all.size(); k++) {
      if (all.get(k).getChannel() == Token.DEFAULT_CHANNEL) {
        return all.get(k);
      }
    }
    return all.get(all.size() - 1);
  }

  /**
   * Which token sequences can begin a mention, worked out from the parser's ATN the first time
   * each sequence is met, up to {@link #DEPTH} tokens. "de la", "d'un montant", "dans un
   * communiqué" or "il y a des" begin no figure, and the parser is not even tried there: any
   * parse it could find would have to end within the tokens read so far, or read the next one.
   * The same holds for a parse cut short ("un accord" is not a count, and "un" alone is no
   * figure). There are no semantic predicates in the grammar, so the ATN is the whole story.
   */
  static final class Prefixes {
    static final Prefixes INSTANCE = new Prefixes(new FrenchParser(null).getATN());

    /** How many tokens are looked at. */
    static final int DEPTH = 4;

    private final Node root;
    private final int maxTokenType;

    /**
     * A call stack of the ATN walk: the states to return to, innermost first. A state reached
     * under a call stack is one too (the walk's visits). Its equality and hash are written out:
     * a record's own are linked by invokedynamic on first use, which spins classes at run time,
     * during the start-up of a short run.
     */
    private record Stack(ATNState returnTo, Stack next) {
      @Override
      public boolean equals(Object o) {
        return o instanceof Stack s && returnTo.equals(s.returnTo) && Objects.equals(next, s.next);
      }

      @Override
      public int hashCode() {
        return 31 * returnTo.hashCode() + Objects.hashCode(next);
      }
    }

    /** A transition that reads a token, with the call stack it is read under. */
    private record Step(Transition transition, Stack stack) {}

    /**
     * Where the parser can be after reading a token sequence: the transitions that read the
     * next token, their token types, and whether the mention can end there. {@code open} is
     * set when a transition's tokens cannot be listed (none in this grammar). Children are
     * worked out when first needed; two threads may both compute one, with the same result.
     */
    private static final class Node {
      final List<Step> steps;
      /** The token types that can come next, by type. */
      final boolean[] next;
      final boolean mayEnd;
      final boolean open;
      private final AtomicReferenceArray<Node> children;

      Node(List<Step> steps, boolean mayEnd, int maxTokenType) {
        this.steps = List.copyOf(steps);
        this.mayEnd = mayEnd;
        this.children = new AtomicReferenceArray<>(maxTokenType + 1);
        this.next = new boolean[maxTokenType + 1];
        boolean unlisted = false;
        for (Step s : steps) {
          Transition t = s.transition();
          if (t.label() == null || t instanceof NotSetTransition || t instanceof WildcardTransition) {
            unlisted = true;
          } else {
            for (int type : t.label().toArray()) {
              if (type >= 0 && type <= maxTokenType) {
                next[type] = true;
              }
            }
          }
        }
        this.open = unlisted;
      }

      Node child(int type) {
        Node c = children.get(type);
        if (c == null) {
          List<Step> after = new ArrayList<>();
          Set<Stack> seen = new HashSet<>();
          boolean ends = false;
          for (Step s : steps) {
            if (s.transition().matches(type, Token.MIN_USER_TOKEN_TYPE, Integer.MAX_VALUE)) {
              ends |= closure(s.transition().target, s.stack(), seen, after);
            }
          }
          children.compareAndSet(type, null, new Node(after, ends, children.length() - 1));
          c = children.get(type);
        }
        return c;
      }
    }

    Prefixes(ATN atn) {
      this.maxTokenType = atn.maxTokenType;
      List<Step> steps = new ArrayList<>();
      boolean mayEnd = closure(atn.ruleToStartState[FrenchParser.RULE_mention], null,
          new HashSet<>(), steps);
      this.root = new Node(steps, mayEnd, maxTokenType);
    }

    /**
     * Collects the token-reading transitions reachable from {@code state} without reading, and
     * returns whether the end of {@code mention} itself is reachable.
     */
    private static boolean closure(ATNState state, Stack stack, Set<Stack> seen, List<Step> out) {
      if (!seen.add(new Stack(state, stack))) { // visited: the state under that call stack
        return false;
      }
      if (state instanceof RuleStopState) {
        return stack == null || closure(stack.returnTo(), stack.next(), seen, out);
      }
      boolean ends = false;
      for (Transition t : state.getTransitions()) {
        if (t instanceof RuleTransition call) {
          ends |= closure(call.target, new Stack(call.followState, stack), seen, out);
        } else if (t.isEpsilon()) {
          ends |= closure(t.target, stack, seen, out);
        } else {
          out.add(new Step(t, stack));
        }
      }
      return ends;
    }

    /**
     * False when no mention can be read from token {@code index} that ends before token
     * {@code limit}: judging by the first {@link #DEPTH} tokens on the default channel, the
     * sequence begins no sentence of the grammar, or reaches the limit before any is complete.
     */
    boolean mayParse(List<Token> tokens, int index, int limit) {
      int end = Math.min(limit, tokens.size());
      Node node = root;
      int k = index;
      for (int depth = 0; depth < DEPTH; depth++) {
        if (node.mayEnd || node.open) {
          return true;
        }
        while (k < end && tokens.get(k).getChannel() != Token.DEFAULT_CHANNEL) {
          k++;
        }
        int type = k < end ? tokens.get(k).getType() : Token.EOF;
        if (type < Token.MIN_USER_TOKEN_TYPE || type > maxTokenType || !node.next[type]) {
          return false;
        }
        node = node.child(type);
        k++;
      }
      return true;
    }
  }

  /**
   * The lexer's simulator, with a cache for every character. ANTLR's own caches the DFA's
   * transitions only for characters 0 to 127: any other one (é, à, ’, « », U+00A0, U+202F...),
   * which French text has every few words, costs a full ATN simulation and a lock on the
   * shared DFA; so does the end of the text, once per document. Here those transitions are kept
   * in a table next to the DFA, which is exactly what ANTLR would do with a larger edge array;
   * the tokens are the same.
   */
  private static final class WideLexerSimulator extends LexerATNSimulator {
    private static final DFA[] DFAS = dfas(FrenchLexer._ATN);
    private static final PredictionContextCache CONTEXTS = new PredictionContextCache();
    /** Transitions on characters above 127, by mode, DFA state and character. */
    private static final Map<Long, DFAState> WIDE = new ConcurrentHashMap<>();
    /** Enough for every character of many scripts; beyond that, transitions are recomputed. */
    private static final int MAX_WIDE = 1 << 20;

    /** Characters read, rereads after a longer token failed included. */
    long consumed;

    WideLexerSimulator(FrenchLexer lexer) {
      super(lexer, FrenchLexer._ATN, DFAS, CONTEXTS);
    }

    @Override
    public void consume(CharStream input) {
      consumed++;
      super.consume(input);
    }

    private static DFA[] dfas(ATN atn) {
      DFA[] dfas = new DFA[atn.getNumberOfDecisions()];
      for (int i = 0; i < dfas.length; i++) {
        dfas[i] = new DFA(atn.getDecisionState(i), i);
      }
      return dfas;
    }

    /** EOF (-1) becomes 0x1FFFFF, above every code point. */
    private long key(DFAState s, int c) {
      return ((long) mode << 53) | ((long) s.stateNumber << 21) | (c & 0x1FFFFF);
    }

    private static boolean wide(int t) {
      return t > MAX_DFA_EDGE || t == Token.EOF;
    }

    @Override
    protected DFAState getExistingTargetState(DFAState s, int t) {
      return wide(t) ? WIDE.get(key(s, t)) : super.getExistingTargetState(s, t);
    }

    @Override
    protected void addDFAEdge(DFAState p, int t, DFAState q) {
      if (!wide(t)) {
        super.addDFAEdge(p, t, q);
      } else if (WIDE.size() < MAX_WIDE) {
        WIDE.putIfAbsent(key(p, t), q);
      }
    }
  }

  /**
   * The parser's simulator, whose "no viable alternative" carries no stack trace: most
   * attempts to read a figure fail, and filling in a stack trace for each failure cost more
   * than the prediction itself. The exception carries the same tokens and configurations.
   */
  private static final class QuietParserSimulator extends ParserATNSimulator {
    /**
     * Whether a prediction since the last {@link #attempt} reached a DFA state whose
     * alternatives conflict for SLL: only there would full LL predict otherwise.
     */
    boolean conflicted;

    /**
     * The furthest token that a prediction which chose an alternative looked at since the last
     * {@link #attempt}, or -1.
     */
    int lookedAt = -1;

    QuietParserSimulator(Parser parser, ATN atn, DFA[] dfas, PredictionContextCache cache) {
      super(parser, atn, dfas, cache);
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
      if (!(input instanceof BoundedTokenStream tokens)) {
        lookedAt = Integer.MAX_VALUE; // not known: nothing is skipped
        return super.adaptivePredict(input, decision, outerContext);
      }
      tokens.resetFurthest();
      int alt = super.adaptivePredict(input, decision, outerContext);
      lookedAt = Math.max(lookedAt, tokens.furthest());
      return alt;
    }

    @Override
    protected DFAState getExistingTargetState(DFAState previous, int t) {
      DFAState d = super.getExistingTargetState(previous, t);
      if (d != null && d.requiresFullContext) {
        conflicted = true;
      }
      return d;
    }

    @Override
    protected DFAState computeTargetState(DFA dfa, DFAState previous, int t) {
      DFAState d = super.computeTargetState(dfa, previous, t);
      if (d.requiresFullContext) {
        conflicted = true;
      }
      return d;
    }

    /**
     * When no alternative fits the next tokens, ANTLR looks for one that has finished the rule
     * of the decision, after copying the configurations into two sets by the truth of their
     * semantic predicates. The grammar has none: the configurations are looked at in place,
     * which is what a failed parse costs most of its time on.
     */
    @Override
    protected int getSynValidOrSemInvalidAltThatFinishedDecisionEntryRule(ATNConfigSet configs,
        ParserRuleContext outerContext) {
      if (configs.hasSemanticContext) {
        return super.getSynValidOrSemInvalidAltThatFinishedDecisionEntryRule(configs,
            outerContext);
      }
      return getAltThatFinishedDecisionEntryRule(configs);
    }

    @Override
    protected NoViableAltException noViableAlt(TokenStream input, ParserRuleContext outerContext,
        ATNConfigSet configs, int startIndex) {
      return new StacklessNoViableAlt(parser, input, input.get(startIndex), input.LT(1), configs,
          outerContext);
    }
  }

  private static final class StacklessNoViableAlt extends NoViableAltException {
    StacklessNoViableAlt(Parser parser, TokenStream input, Token start, Token offending,
        ATNConfigSet configs, ParserRuleContext context) {
      super(parser, input, start, offending, configs, context);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /** Gives up at the first syntax error, without building exceptions with stack traces. */
  private static final class Bail extends DefaultErrorStrategy {
    private static final ParseCancellationException STOP = new StopParse();

    /** The index of the token at which the last attempt failed. */
    int failedAt = -1;

    /** How many parses were started. */
    long attempts;

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
      fail(e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken());
    }

    @Override
    public Token recoverInline(Parser recognizer) {
      fail(recognizer.getCurrentToken());
      return null;
    }

    @Override
    public void sync(Parser recognizer) {}

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
      recover(recognizer, e);
    }

    private void fail(Token at) {
      failedAt = at == null ? -1 : at.getTokenIndex();
      throw STOP;
    }
  }

  private static final class StopParse extends ParseCancellationException {
    StopParse() {
      super("no figure here");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
