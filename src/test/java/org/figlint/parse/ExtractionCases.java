package org.figlint.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.figlint.value.Count;
import org.figlint.value.DateInterval;
import org.figlint.value.Decimals;
import org.figlint.value.Grain;
import org.figlint.value.Kind;
import org.figlint.value.Money;
import org.figlint.value.Percent;
import org.figlint.value.Period;
import org.figlint.value.Qualifier;
import org.figlint.value.Value;

/**
 * Reads the extraction cases, {@code src/test/resources/extract/*.cases}, and renders values in
 * the syntax those files use.
 *
 * <p>A case is one line: the input text with each expected mention between {@code ⟦} and
 * {@code ⟧}, a tab, then the expected values in marker order separated by {@code " ; "}, or
 * {@code none}. {@code # reference: 2024-03-15} (or {@code none}) and {@code # kinds: money
 * percent} (or {@code all}) set the reference date and the compared kinds for the cases that
 * follow, until the end of the file; other {@code #} lines are comments.
 */
final class ExtractionCases {
  static final String FOLDER = "extract";
  static final char OPEN = '⟦';
  static final char CLOSE = '⟧';

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern SEPARATOR = Pattern.compile(" ; ");

  private ExtractionCases() {}

  /** One case: where it is written, its text and the mentions expected in it. */
  record Case(
      String file,
      int line,
      String marked,
      String text,
      LocalDate reference,
      Set<Kind> kinds,
      List<Expected> expected) {

    String name() {
      return file + ":" + line;
    }

    URI source() {
      return URI.create("classpath:/" + FOLDER + "/" + file + "?line=" + line);
    }
  }

  /** An expected mention: its span in the text without markers, and its value. */
  record Expected(int start, int end, Value value) {}

  /** Every case of every {@code .cases} file, files in name order. */
  static List<Case> load() {
    URL folder = ExtractionCases.class.getResource("/" + FOLDER);
    if (folder == null) {
      throw new IllegalStateException("no " + FOLDER + "/ folder on the test classpath");
    }
    Path root;
    try {
      root = Path.of(folder.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot list the cases in " + folder, e);
    }
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".cases")).sorted().toList()) {
        String name = file.getFileName().toString();
        cases.addAll(parse(name, Files.readAllLines(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  /** Parses the lines of one case file; a malformed line fails with its file and line. */
  static List<Case> parse(String file, List<String> lines) {
    List<Case> cases = new ArrayList<>();
    LocalDate reference = null;
    Set<Kind> kinds = EnumSet.allOf(Kind.class);
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 0 ? stripBom(lines.get(i)) : lines.get(i);
      int number = i + 1;
      try {
        if (line.isBlank()) {
          continue;
        }
        if (line.startsWith("#")) {
          String directive = line.substring(1).trim();
          if (directive.startsWith("reference:")) {
            reference = reference(after(directive));
          } else if (directive.startsWith("kinds:")) {
            kinds = kinds(after(directive));
          }
          continue;
        }
        cases.add(parseCase(file, number, line, reference, kinds));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalStateException(
            FOLDER + "/" + file + ":" + number + ": " + e.getMessage() + "\n  " + line, e);
      }
    }
    return cases;
  }

  private static Case parseCase(
      String file, int number, String line, LocalDate reference, Set<Kind> kinds) {
    String[] parts = line.split("\t", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("a case is the input, one tab, then the expectations");
    }
    String marked = parts[0];
    String expectations = parts[1].trim();
    StringBuilder text = new StringBuilder(marked.length());
    List<int[]> spans = new ArrayList<>();
    int open = -1;
    for (int k = 0; k < marked.length(); k++) {
      char c = marked.charAt(k);
      if (c == OPEN) {
        if (open >= 0) {
          throw new IllegalArgumentException("nested " + OPEN);
        }
        open = text.length();
      } else if (c == CLOSE) {
        if (open < 0) {
          throw new IllegalArgumentException(CLOSE + " without " + OPEN);
        }
        if (open == text.length()) {
          throw new IllegalArgumentException("empty span " + OPEN + CLOSE);
        }
        spans.add(new int[] {open, text.length()});
        open = -1;
      } else {
        text.append(c);
      }
    }
    if (open >= 0) {
      throw new IllegalArgumentException(OPEN + " without " + CLOSE);
    }
    List<String> values =
        expectations.equals("none") ? List.of() : Arrays.asList(SEPARATOR.split(expectations));
    if (values.isEmpty() && !spans.isEmpty()) {
      throw new IllegalArgumentException("'none' but the input has marked spans");
    }
    if (values.size() != spans.size()) {
      throw new IllegalArgumentException(
          spans.size() + " marked spans but " + values.size() + " expectations");
    }
    List<Expected> expected = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      Value value = value(values.get(k));
      if (!kinds.contains(value.kind())) {
        throw new IllegalArgumentException(
            "expects a " + value.kind().id() + " but '# kinds:' does not compare that kind");
      }
      expected.add(new Expected(spans.get(k)[0], spans.get(k)[1], value));
    }
    return new Case(file, number, marked, text.toString(), reference, kinds, List.copyOf(expected));
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static String after(String directive) {
    return directive.substring(directive.indexOf(':') + 1).trim();
  }

  private static LocalDate reference(String value) {
    return value.equals("none") ? null : LocalDate.parse(value);
  }

  private static Set<Kind> kinds(String value) {
    if (value.equals("all")) {
      return EnumSet.allOf(Kind.class);
    }
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (String id : value.split("\\s+")) {
      kinds.add(kind(id));
    }
    return kinds;
  }

  /** Parses one expectation, such as {@code money 15000000 EUR about per year}. */
  static Value value(String expectation) {
    String[] t = expectation.trim().split("\\s+");
    switch (kind(t[0])) {
      case MONEY:
        return money(t);
      case PERCENT:
        return percent(t);
      case COUNT:
        return count(t);
      case DATE:
        return date(t);
      default:
        throw new IllegalArgumentException("unknown kind " + t[0]);
    }
  }

  private static Money money(String[] t) {
    if (t.length < 3) {
      throw new IllegalArgumentException("money needs an amount (or min..max) and a currency");
    }
    if (!CURRENCY.matcher(t[2]).matches()) {
      throw new IllegalArgumentException("not an ISO currency code: " + t[2]);
    }
    Qualifier qualifier = null;
    Period period = null;
    for (int i = 3; i < t.length; i++) {
      if (t[i].equals("per") && i + 1 < t.length && period == null) {
        period = period(t[++i]);
      } else if (qualifier == null) {
        qualifier = qualifier(t[i]);
      } else {
        throw new IllegalArgumentException("unexpected '" + t[i] + "'");
      }
    }
    qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
    String[] range = t[1].split("\\.\\.", -1);
    if (range.length == 2) {
      return new Money(
          null, t[2], qualifier, number(range[0]), number(range[1]), period, List.of());
    }
    return new Money(number(t[1]), t[2], qualifier, null, null, period, List.of());
  }

  private static Percent percent(String[] t) {
    if (t.length < 2) {
      throw new IllegalArgumentException("percent needs a value");
    }
    Qualifier qualifier = null;
    boolean points = false;
    for (int i = 2; i < t.length; i++) {
      if (t[i].equals("points") && !points) {
        points = true;
      } else if (qualifier == null) {
        qualifier = qualifier(t[i]);
      } else {
        throw new IllegalArgumentException("unexpected '" + t[i] + "'");
      }
    }
    return new Percent(number(t[1]), qualifier == null ? Qualifier.EXACT : qualifier, points);
  }

  private static Count count(String[] t) {
    int last = t.length;
    Qualifier qualifier = Qualifier.EXACT;
    if (last > 3 && isQualifier(t[last - 1])) {
      qualifier = qualifier(t[--last]);
    }
    if (last < 3) {
      throw new IllegalArgumentException("count needs a value and a unit");
    }
    String unit = String.join(" ", Arrays.copyOfRange(t, 2, last));
    return new Count(number(t[1]), unit, qualifier);
  }

  private static DateInterval date(String[] t) {
    if (t.length != 3) {
      throw new IllegalArgumentException("date needs start..end (or one day, or ?..?) and a grain");
    }
    Grain grain = grain(t[2]);
    if (t[1].equals("?..?")) {
      return new DateInterval(null, null, grain, null, null, null, null, null, false);
    }
    String[] range = t[1].split("\\.\\.", -1);
    if (range.length > 2) {
      throw new IllegalArgumentException("bad date interval " + t[1]);
    }
    LocalDate start = LocalDate.parse(range[0]);
    LocalDate end = range.length == 2 ? LocalDate.parse(range[1]) : start;
    return DateInterval.of(start, end, grain);
  }

  private static BigDecimal number(String s) {
    if (!NUMBER.matcher(s).matches()) {
      throw new IllegalArgumentException("not a plain decimal number: " + s);
    }
    return new BigDecimal(s);
  }

  private static Kind kind(String id) {
    for (Kind kind : Kind.values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown kind '" + id + "'");
  }

  private static boolean isQualifier(String id) {
    return Arrays.stream(Qualifier.values()).anyMatch(q -> q.id().equals(id));
  }

  private static Qualifier qualifier(String id) {
    for (Qualifier qualifier : Qualifier.values()) {
      if (qualifier.id().equals(id)) {
        return qualifier;
      }
    }
    throw new IllegalArgumentException("unknown qualifier '" + id + "'");
  }

  private static Period period(String id) {
    for (Period period : Period.values()) {
      if (period.id().equals(id)) {
        return period;
      }
    }
    throw new IllegalArgumentException("unknown period '" + id + "'");
  }

  private static Grain grain(String id) {
    for (Grain grain : Grain.values()) {
      if (grain.id().equals(id)) {
        return grain;
      }
    }
    throw new IllegalArgumentException("unknown grain '" + id + "'");
  }

  /**
   * A value in the case syntax, with only what the cases compare: a date's interval and grain
   * (not the parts as written), a money value without its alternative currencies.
   */
  static String describe(Value value) {
    if (value instanceof Money m) {
      String amount =
          m.isRange()
              ? Decimals.format(m.min()) + ".." + Decimals.format(m.max())
              : Decimals.format(m.amount());
      return "money " + amount + " " + m.currency() + qualifier(m.qualifier())
          + (m.period() == null ? "" : " per " + m.period().id());
    }
    if (value instanceof Percent p) {
      return "percent " + Decimals.format(p.value()) + (p.points() ? " points" : "")
          + qualifier(p.qualifier());
    }
    if (value instanceof Count c) {
      return "count " + Decimals.format(c.value()) + " " + c.unit() + qualifier(c.qualifier());
    }
    DateInterval d = (DateInterval) value;
    String interval;
    if (!d.resolved()) {
      interval = "?..?";
    } else if (d.start().equals(d.end())) {
      interval = d.start().toString();
    } else {
      interval = d.start() + ".." + d.end();
    }
    return "date " + interval + " " + d.grain().id();
  }

  private static String qualifier(Qualifier qualifier) {
    return qualifier == Qualifier.EXACT ? "" : " " + qualifier.id();
  }

  /** A mention as one line: its value, then its span as text and offsets. */
  static String describe(Value value, String text, int start, int end) {
    String span =
        start >= 0 && start <= end && end <= text.length()
            ? OPEN + text.substring(start, end) + CLOSE
            : "(outside the text)";
    return describe(value) + "   " + span + " @" + start + ".." + end;
  }

  /** The text with the given spans marked, as a case file would write it. */
  static String mark(String text, List<int[]> spans) {
    StringBuilder marked = new StringBuilder(text.length() + 2 * spans.size());
    int at = 0;
    for (int[] span : spans) {
      if (span[0] < at || span[1] < span[0] || span[1] > text.length()) {
        return text + "   (spans overlap or fall outside the text; see the list below)";
      }
      marked.append(text, at, span[0]).append(OPEN).append(text, span[0], span[1]).append(CLOSE);
      at = span[1];
    }
    return marked.append(text, at, text.length()).toString();
  }

  static String kindsLabel(Set<Kind> kinds) {
    if (kinds.size() == Kind.values().length) {
      return "all kinds";
    }
    return String.join(" ", kinds.stream().map(Kind::id).toList());
  }

  static String referenceLabel(LocalDate reference) {
    return reference == null ? "none" : reference.toString();
  }
}
