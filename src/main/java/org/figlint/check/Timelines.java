package org.figlint.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.Claim;
import org.figlint.document.Position;
import org.figlint.report.Finding;
import org.figlint.report.Location;
import org.figlint.report.Timeline.Event;
import org.figlint.report.Timeline.Mark;
import org.figlint.value.DateInterval;
import org.figlint.value.Grain;

/**
 * The dates that the documents give for the same events, for the report's timeline. Date claims
 * are grouped as date-mismatch groups them (same key: predicate and subject; an event, the
 * founding of an organization or the entry into force of a plan; dates precise to the month or
 * finer; documents published within 31 days), and the groups that a date-mismatch finding links
 * through its related locations are joined. An event is kept when at least two mentions give its
 * date; it disagrees when a date-mismatch finding flags one of them or two dates do not overlap.
 */
public final class Timelines {
  private static final long SAME_TIME_DAYS = 31;

  private Timelines() {}

  private record Node(int doc, Claim claim, Mark mark) {}

  /** The events that at least two mentions date, in date order. */
  public static List<Event> of(List<AnalysedDocument> docs, List<Finding> findings) {
    List<Node> nodes = new ArrayList<>();
    Map<String, Integer> byPosition = new HashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      AnalysedDocument doc = docs.get(d);
      for (Claim c : doc.claims()) {
        if (c.value() instanceof DateInterval date && namesAnEvent(c, date)) {
          Mark mark = mark(d, doc, c, date, false);
          byPosition.put(key(mark.file(), mark.line(), mark.column()), nodes.size());
          nodes.add(new Node(d, c, mark));
        }
      }
    }
    int[] parent = new int[nodes.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      byKey.computeIfAbsent(nodes.get(i).claim().key(), k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> sameKey : byKey.values()) {
      for (int x = 0; x < sameKey.size(); x++) {
        for (int y = x + 1; y < sameKey.size(); y++) {
          int i = sameKey.get(x);
          int j = sameKey.get(y);
          if (sameFact(nodes.get(i), nodes.get(j), docs)) {
            union(parent, i, j);
          }
        }
      }
    }
    boolean[] flagged = new boolean[nodes.size()];
    for (Finding f : findings) {
      if (!f.ruleId().equals("date-mismatch")) {
        continue;
      }
      Location at = f.location();
      Integer n = byPosition.get(key(at.file(), at.startLine(), at.startColumn()));
      if (n == null) {
        continue;
      }
      flagged[n] = true;
      for (Location r : f.related()) {
        Integer m = byPosition.get(key(r.file(), r.startLine(), r.startColumn()));
        if (m != null) {
          union(parent, n, m);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<Event> events = new ArrayList<>();
    for (List<Integer> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      List<Mark> marks = new ArrayList<>();
      boolean disagree = false;
      for (int i : group) {
        Mark m = nodes.get(i).mark();
        marks.add(new Mark(m.doc(), m.file(), m.line(), m.column(), m.endLine(), m.endColumn(),
            m.text(), m.start(), m.end(), flagged[i]));
        disagree |= flagged[i];
      }
      for (int a = 0; a < marks.size() && !disagree; a++) {
        for (int b = a + 1; b < marks.size(); b++) {
          Mark x = marks.get(a);
          Mark y = marks.get(b);
          if (x.end().isBefore(y.start()) || y.end().isBefore(x.start())) {
            disagree = true;
            break;
          }
        }
      }
      Claim first = nodes.get(group.get(0)).claim();
      events.add(new Event(String.join(", ", first.subject()), first.predicate(), marks, disagree));
    }
    events.sort(Comparator.comparing(Event::first).thenComparing(Event::subject));
    return events;
  }

  /**
   * What date-mismatch compares: a resolved, explicit date precise to the month or finer, about
   * an event, the founding of an organization or the entry into force of a plan, not one of a
   * list.
   */
  private static boolean namesAnEvent(Claim c, DateInterval date) {
    if (!date.resolved() || date.relative() || date.grain().compareTo(Grain.MONTH) > 0
        || !c.comparable() || c.listed()) {
      return false;
    }
    return c.datesOneEvent();
  }

  private static boolean sameFact(Node a, Node b, List<AnalysedDocument> docs) {
    if (a.claim().sameSentence(b.claim())) {
      return false;
    }
    if (a.doc() == b.doc()) {
      return true;
    }
    LocalDate da = docs.get(a.doc()).date();
    LocalDate db = docs.get(b.doc()).date();
    return da == null || db == null || Math.abs(ChronoUnit.DAYS.between(da, db)) <= SAME_TIME_DAYS;
  }

  private static Mark mark(int d, AnalysedDocument doc, Claim c, DateInterval date,
      boolean flagged) {
    int from = doc.document().originalOffset(c.mention().start());
    int to = Math.max(from, doc.document().originalEnd(c.mention().end()));
    Position start = doc.lines().position(from);
    Position end = doc.lines().position(to);
    return new Mark(d, doc.path(), start.line(), start.column(), end.line(), end.column(),
        doc.document().text().substring(from, to), date.start(), date.end(), flagged);
  }

  private static String key(String file, int line, int column) {
    return file + '\u0000' + line + ':' + column;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
