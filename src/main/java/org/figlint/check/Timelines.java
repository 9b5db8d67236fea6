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
      joinSameFact(sameKey, nodes, docs, parent);
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
      // Two dates fail to overlap exactly when one ends before the latest start.
      LocalDate latestStart = marks.get(0).start();
      LocalDate earliestEnd = marks.get(0).end();
      for (Mark m : marks) {
        latestStart = m.start().isAfter(latestStart) ? m.start() : latestStart;
        earliestEnd = m.end().isBefore(earliestEnd) ? m.end() : earliestEnd;
      }
      disagree |= earliestEnd.isBefore(latestStart);
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
  static boolean namesAnEvent(Claim c, DateInterval date) {
    if (!date.resolved() || date.relative() || date.grain().compareTo(Grain.MONTH) > 0
        || !c.comparable() || c.listed()) {
      return false;
    }
    return c.datesOneEvent();
  }

  /**
   * Joins the nodes of one key that give the same fact: two of one document unless they share
   * a sentence, and two of documents published within {@link #SAME_TIME_DAYS} of each other (or
   * undated). Pair by pair, this took the square of a key's mentions; it is worked out by
   * document instead, with the same groups. A document whose nodes lie in two sentences or
   * more has them all joined (two of one sentence both join one of another); two documents
   * that give the same fact have all their nodes joined (each joins each of the other's); and
   * published within the days allowed, taken in date order, documents are joined to the next
   * one within reach, since the joins of a group are taken together.
   */
  private static void joinSameFact(List<Integer> sameKey, List<Node> nodes,
      List<AnalysedDocument> docs, int[] parent) {
    Map<Integer, List<Integer>> byDoc = new LinkedHashMap<>();
    for (int i : sameKey) {
      byDoc.computeIfAbsent(nodes.get(i).doc(), k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> ofDoc : byDoc.values()) {
      long sentences = ofDoc.stream().map(i -> nodes.get(i).claim().sentence()).distinct()
          .limit(2).count();
      if (sentences > 1) {
        ofDoc.forEach(i -> union(parent, i, ofDoc.get(0)));
      }
    }
    if (byDoc.size() < 2) {
      return;
    }
    List<Integer> dated = new ArrayList<>();
    boolean undated = false;
    for (int d : byDoc.keySet()) {
      if (docs.get(d).date() == null) {
        undated = true;
      } else {
        dated.add(d);
      }
    }
    List<List<Integer>> joined = new ArrayList<>();
    if (undated) {
      // An undated document gives the same fact as every other document.
      joined.add(new ArrayList<>(byDoc.keySet()));
    } else {
      dated.sort(Comparator.comparing((Integer d) -> docs.get(d).date()));
      List<Integer> run = new ArrayList<>(List.of(dated.get(0)));
      for (int k = 1; k < dated.size(); k++) {
        LocalDate before = docs.get(dated.get(k - 1)).date();
        if (ChronoUnit.DAYS.between(before, docs.get(dated.get(k)).date()) > SAME_TIME_DAYS) {
          joined.add(run);
          run = new ArrayList<>();
        }
        run.add(dated.get(k));
      }
      joined.add(run);
    }
    for (List<Integer> together : joined) {
      if (together.size() < 2) {
        continue;
      }
      int first = byDoc.get(together.get(0)).get(0);
      for (int d : together) {
        byDoc.get(d).forEach(i -> union(parent, i, first));
      }
    }
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
