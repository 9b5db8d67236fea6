package org.figlint.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.figlint.document.Comment;
import org.figlint.document.Document;
import org.figlint.document.LineMap;
import org.figlint.document.Position;
import org.figlint.report.Finding;
import org.figlint.report.Location;
import org.figlint.report.RuleDescriptor;
import org.figlint.report.Severity;

/**
 * Inline suppressions, read from the comments of documents: {@code figlint-disable RULE...} up
 * to {@code figlint-enable [RULE...]} or the end of the file, and
 * {@code figlint-disable-next-line RULE...} for the line after the comment (rule ids separated
 * by commas or spaces; none means every rule; text after {@code --} is a free explanation). A
 * {@code figlint-enable} without ids closes every open region, with ids only theirs. Findings
 * that start in a region are marked suppressed; a directive that suppresses nothing is itself
 * reported, as an info finding {@value #RULE_ID} at the comment. A finding whose text, or the text
 * of one of its related locations, is followed by "(sic)" is marked suppressed too: its author
 * wrote it so on purpose.
 */
public final class Suppressions {
  public static final String RULE_ID = "unused-suppression";
  private static final Pattern DIRECTIVE =
      Pattern.compile("figlint-(disable-next-line|disable|enable)(?:\\s+(.*))?", Pattern.DOTALL);

  private final Messages messages;

  public Suppressions(Messages messages) {
    this.messages = messages;
  }

  /** The findings with those in a suppressed region marked, plus one per unused directive. */
  public List<Finding> apply(List<Finding> findings, Collection<Document> documents) {
    Collector directives = new Collector();
    documents.forEach(directives::add);
    return directives.apply(findings);
  }

  /**
   * The directives of documents read one by one (from any thread), kept without the documents,
   * to apply to the findings of the run at its end.
   */
  public final class Collector {
    private final Map<String, List<Directive>> byFile = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Set<Position>> sicByFile =
        new java.util.concurrent.ConcurrentHashMap<>();

    public void add(Document doc) {
      List<Directive> directives = directives(doc);
      if (!directives.isEmpty()) {
        byFile.put(doc.path(), directives);
      }
      Set<Position> sic = sicMarked(doc);
      if (!sic.isEmpty()) {
        sicByFile.put(doc.path(), sic);
      }
    }

    /** {@link Suppressions#apply} with the directives and the "(sic)" collected. */
    public List<Finding> apply(List<Finding> findings) {
      return Suppressions.this.apply(findings, new HashMap<>(byFile), new HashMap<>(sicByFile));
    }
  }

  public Collector collector() {
    return new Collector();
  }

  private List<Finding> apply(List<Finding> all, Map<String, List<Directive>> byFile,
      Map<String, Set<Position>> sicByFile) {
    List<Finding> findings = sicByFile.isEmpty() ? all : markedSic(all, sicByFile);
    if (byFile.isEmpty()) {
      return findings;
    }
    Map<String, List<Integer>> findingsByFile = new HashMap<>();
    for (int i = 0; i < findings.size(); i++) {
      String file = findings.get(i).location().file();
      if (byFile.containsKey(file)) {
        findingsByFile.computeIfAbsent(file, k -> new ArrayList<>()).add(i);
      }
    }
    boolean[] suppressed = new boolean[findings.size()];
    findingsByFile.forEach((file, indexes) -> sweep(findings, indexes, byFile.get(file),
        suppressed));
    List<Finding> out = new ArrayList<>(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      out.add(suppressed[i] && !f.suppressed() ? f.suppress() : f);
    }
    for (Map.Entry<String, List<Directive>> e : byFile.entrySet()) {
      for (Directive d : e.getValue()) {
        unused(e.getKey(), d).ifPresent(out::add);
      }
    }
    out.sort(Finding.ORDER);
    return out;
  }

  /**
   * The findings with those marked "(sic)" suppressed: a finding whose text, or the text of one of
   * its related locations, is followed by "(sic)" or "[sic]", which says that it is written so on
   * purpose ("la mort de Johnny Halliday (sic)", a quoted "lundi 18 mars (sic)").
   */
  private static List<Finding> markedSic(List<Finding> findings,
      Map<String, Set<Position>> sicByFile) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      boolean sic = marked(f.location(), sicByFile);
      for (int i = 0; i < f.related().size() && !sic; i++) {
        sic = marked(f.related().get(i), sicByFile);
      }
      out.add(sic && !f.suppressed() ? f.suppress() : f);
    }
    return out;
  }

  private static boolean marked(Location at, Map<String, Set<Position>> sicByFile) {
    Set<Position> ends = sicByFile.get(at.file());
    return ends != null && ends.contains(new Position(at.endLine(), at.endColumn()));
  }

  /**
   * Where the words that a "(sic)" or "[sic]" marks end, in the original text: before the marker,
   * its spaces and closing quotes ("« Halliday » (sic)"). Case does not matter, nor spaces inside
   * the brackets, nor an exclamation mark ("(sic !)").
   */
  public static Set<Position> sicMarked(Document doc) {
    String text = doc.analysed();
    Set<Position> ends = null;
    LineMap lines = null;
    for (char open : new char[] {'(', '['}) {
      for (int at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
        if (!sicAt(text, at + 1, open == '(' ? ')' : ']')) {
          continue;
        }
        int end = at;
        while (end > 0 && text.charAt(end - 1) != '\n' && (spaceChar(text.charAt(end - 1))
            || CLOSING_QUOTES.indexOf(text.charAt(end - 1)) >= 0)) {
          end--;
        }
        if (end == 0) {
          continue;
        }
        if (ends == null) {
          ends = new java.util.HashSet<>();
          lines = doc.lines();
        }
        ends.add(lines.position(doc.originalEnd(end)));
      }
    }
    return ends == null ? Set.of() : ends;
  }

  private static final String CLOSING_QUOTES = "»\"”’'›";

  /** True when "sic", then an optional "!", then {@code close} come from {@code i} on. */
  private static boolean sicAt(String text, int i, char close) {
    i = skipSpaces(text, i);
    if (!text.regionMatches(true, i, "sic", 0, 3)) {
      return false;
    }
    i = skipSpaces(text, i + 3);
    if (i < text.length() && text.charAt(i) == '!') {
      i = skipSpaces(text, i + 1);
    }
    return i < text.length() && text.charAt(i) == close;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && spaceChar(text.charAt(i)) && text.charAt(i) != '\n') {
      i++;
    }
    return i;
  }

  private static boolean spaceChar(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static final Comparator<Position> IN_TEXT =
      Comparator.comparingInt(Position::line).thenComparingInt(Position::column);

  /**
   * Marks the findings of one file ({@code indexes} into {@code findings}) that a region of its
   * directives covers, and the regions that cover one, in one pass over both in text order:
   * the regions open at a finding are counted by rule, and those not yet used are kept apart,
   * so that a file of thousands of findings and directives costs no more than their number
   * (each finding tried against each region took minutes at a megabyte).
   */
  private static void sweep(List<Finding> findings, List<Integer> indexes,
      List<Directive> directives, boolean[] suppressed) {
    List<Region> regions = new ArrayList<>();
    directives.forEach(d -> regions.addAll(d.regions));
    regions.sort(Comparator.comparing((Region r) -> r.from, IN_TEXT));
    List<Integer> order = new ArrayList<>(indexes);
    order.sort(Comparator.comparing(i -> start(findings.get(i)), IN_TEXT));
    // Open regions by rule (null: every rule), and the open ones not used yet.
    Map<String, Integer> open = new HashMap<>();
    Map<String, Set<Region>> unused = new HashMap<>();
    PriorityQueue<Region> closing =
        new PriorityQueue<>(Comparator.comparing((Region r) -> r.to, IN_TEXT));
    int next = 0;
    for (int i : order) {
      Finding f = findings.get(i);
      Position at = start(f);
      while (next < regions.size() && IN_TEXT.compare(regions.get(next).from, at) <= 0) {
        Region r = regions.get(next++);
        open.merge(r.rule, 1, Integer::sum);
        if (!r.used) {
          unused.computeIfAbsent(r.rule, k -> new LinkedHashSet<>()).add(r);
        }
        if (r.to != null) {
          closing.add(r);
        }
      }
      while (!closing.isEmpty() && IN_TEXT.compare(closing.peek().to, at) <= 0) {
        Region r = closing.poll();
        open.merge(r.rule, -1, Integer::sum);
        Set<Region> waiting = unused.get(r.rule);
        if (waiting != null) {
          waiting.remove(r);
        }
      }
      for (String rule : Arrays.asList(f.ruleId(), null)) {
        if (open.getOrDefault(rule, 0) > 0) {
          suppressed[i] = true;
          Set<Region> waiting = unused.remove(rule);
          if (waiting != null) {
            waiting.forEach(r -> r.used = true);
          }
        }
      }
    }
  }

  private static Position start(Finding f) {
    return new Position(f.location().startLine(), f.location().startColumn());
  }

  /** The rule descriptors of a report: those that ran, and this one if it reported. */
  public List<RuleDescriptor> descriptors(List<RuleDescriptor> ran, List<Finding> findings) {
    if (findings.stream().noneMatch(f -> f.ruleId().equals(RULE_ID))) {
      return ran;
    }
    List<RuleDescriptor> out = new ArrayList<>(ran);
    out.add(new RuleDescriptor(RULE_ID, Severity.INFO, messages.get(RULE_ID + ".summary"),
        messages.get(RULE_ID + ".description")));
    return out;
  }

  private Optional<Finding> unused(String file, Directive d) {
    if (d.regions.stream().allMatch(r -> r.used)) {
      return Optional.empty();
    }
    String message;
    if (d.regions.stream().noneMatch(r -> r.used)) {
      message = messages.get(RULE_ID + ".message", d.written);
    } else {
      List<String> ids = d.regions.stream().filter(r -> !r.used).map(r -> r.rule).toList();
      message = messages.get(RULE_ID + ".partly", d.written, String.join(", ", ids));
    }
    Location at = new Location(file, d.start.line(), d.start.column(), d.end.line(),
        d.end.column(), d.snippet, null);
    return Optional.of(new Finding(RULE_ID, Severity.INFO, message, at, List.of(), false));
  }

  private static List<Directive> directives(Document doc) {
    if (doc.comments().isEmpty()) {
      return List.of();
    }
    LineMap lines = doc.lines();
    List<Comment> comments = new ArrayList<>(doc.comments());
    comments.sort(Comparator.comparingInt(Comment::start));
    List<Directive> out = new ArrayList<>();
    // The regions of figlint-disable not closed yet, by rule (null: every rule).
    Map<String, List<Region>> open = new HashMap<>();
    for (Comment c : comments) {
      Matcher m = DIRECTIVE.matcher(c.body().strip());
      if (!m.matches()) {
        continue;
      }
      String kind = m.group(1);
      List<String> ids = ids(m.group(2));
      Position start = lines.position(c.start());
      Position end = lines.position(c.end());
      if (kind.equals("enable")) {
        List<List<Region>> closed = new ArrayList<>();
        if (ids.isEmpty()) {
          closed.addAll(open.values());
          open.clear();
        } else {
          for (String id : ids) {
            List<Region> regions = open.remove(id);
            if (regions != null) {
              closed.add(regions);
            }
          }
        }
        closed.forEach(regions -> regions.forEach(r -> r.to = start));
        continue;
      }
      Directive d = new Directive(start, end, doc.text().substring(c.start(), c.end()),
          ("figlint-" + kind + " " + String.join(" ", ids)).strip());
      Position from = kind.equals("disable") ? end : new Position(end.line() + 1, 1);
      Position to = kind.equals("disable") ? null : new Position(end.line() + 2, 1);
      for (String id : ids.isEmpty() ? Collections.<String>singletonList(null) : ids) {
        Region r = new Region(id, from, to);
        d.regions.add(r);
        if (kind.equals("disable")) {
          open.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
        }
      }
      out.add(d);
    }
    return out;
  }

  private static List<String> ids(String list) {
    if (list == null) {
      return List.of();
    }
    int explanation = list.indexOf("--");
    String ids = explanation >= 0 ? list.substring(0, explanation) : list;
    List<String> out = new ArrayList<>();
    for (String id : ids.strip().split("[,\\s]+")) {
      if (!id.isEmpty() && !out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  private static final class Directive {
    final Position start;
    final Position end;
    final String snippet;
    final String written;
    final List<Region> regions = new ArrayList<>();

    Directive(Position start, Position end, String snippet, String written) {
      this.start = start;
      this.end = end;
      this.snippet = snippet;
      this.written = written;
    }
  }

  /** Where a directive suppresses one rule (null: every rule): [from, to), to null = file end. */
  private static final class Region {
    final String rule;
    final Position from;
    Position to;
    boolean used;

    Region(String rule, Position from, Position to) {
      this.rule = rule;
      this.from = from;
      this.to = to;
    }
  }
}
