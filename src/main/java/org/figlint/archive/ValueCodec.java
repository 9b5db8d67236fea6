package org.figlint.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Values as compact JSON, enough to rebuild them exactly: decimals as plain strings, enums by
 * id, and what is absent or at its default left out.
 */
final class ValueCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ValueCodec() {}

  static String encode(Value value) {
    ObjectNode n = MAPPER.createObjectNode();
    if (value instanceof Money m) {
      put(n, "amount", m.amount());
      n.put("currency", m.currency());
      qualifier(n, m.qualifier());
      put(n, "min", m.min());
      put(n, "max", m.max());
      if (m.period() != null) {
        n.put("period", m.period().id());
      }
      if (!m.alternatives().isEmpty()) {
        ArrayNode alternatives = n.putArray("alternatives");
        m.alternatives().forEach(alternatives::add);
      }
      put(n, "unit", m.unit());
    } else if (value instanceof DateInterval d) {
      if (d.resolved()) {
        n.put("start", d.start().toString());
        n.put("end", d.end().toString());
      }
      n.put("grain", d.grain().id());
      put(n, "year", d.year());
      put(n, "month", d.month());
      put(n, "day", d.day());
      if (d.weekday() != null) {
        n.put("weekday", d.weekday().name().toLowerCase(Locale.ROOT));
      }
      if (d.endWeekday() != null) {
        n.put("endWeekday", d.endWeekday().name().toLowerCase(Locale.ROOT));
      }
      if (d.relative()) {
        n.put("relative", true);
      }
    } else if (value instanceof Percent p) {
      put(n, "value", p.value());
      qualifier(n, p.qualifier());
      if (p.points()) {
        n.put("points", true);
      }
    } else if (value instanceof Count c) {
      put(n, "value", c.value());
      n.put("unit", c.unit());
      qualifier(n, c.qualifier());
    }
    return n.toString();
  }

  /** Rebuilds a value from its JSON. */
  static Value decode(Kind kind, String json) {
    List<String> alternatives = new ArrayList<>();
    Map<String, String> fields = FlatJson.object(json, alternatives);
    switch (kind) {
      case MONEY:
        return new Money(decimal(fields, "amount"), fields.get("currency"), qualifier(fields),
            decimal(fields, "min"), decimal(fields, "max"),
            fields.containsKey("period") ? Period.valueOf(upper(fields.get("period"))) : null,
            alternatives, decimal(fields, "unit"));
      case DATE:
        return new DateInterval(date(fields.get("start")), date(fields.get("end")),
            Grain.valueOf(upper(fields.get("grain"))), integer(fields, "year"),
            integer(fields, "month"), integer(fields, "day"), weekday(fields, "weekday"),
            weekday(fields, "endWeekday"), "true".equals(fields.get("relative")));
      case PERCENT:
        return new Percent(decimal(fields, "value"), qualifier(fields),
            "true".equals(fields.get("points")));
      case COUNT:
        return new Count(decimal(fields, "value"), fields.get("unit"), qualifier(fields));
      default:
        throw new IllegalArgumentException("unknown kind " + kind);
    }
  }

  /** A JSON array of names, as the archive stores entities. */
  static String names(java.util.Collection<String> names) {
    ArrayNode array = MAPPER.createArrayNode();
    names.forEach(array::add);
    return array.toString();
  }

  static List<String> names(String json) {
    return FlatJson.array(json);
  }

  /** Parses YYYY-MM-DD without the formatter machinery; null stays null. */
  static LocalDate date(String iso) {
    if (iso == null) {
      return null;
    }
    if (iso.length() == 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-') {
      return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
          Integer.parseInt(iso, 8, 10, 10));
    }
    return LocalDate.parse(iso);
  }

  private static void put(ObjectNode n, String field, BigDecimal value) {
    if (value != null) {
      n.put(field, Decimals.format(value));
    }
  }

  private static void put(ObjectNode n, String field, Integer value) {
    if (value != null) {
      n.put(field, value);
    }
  }

  private static void qualifier(ObjectNode n, Qualifier q) {
    if (q != Qualifier.EXACT) {
      n.put("qualifier", q.id());
    }
  }

  private static Qualifier qualifier(Map<String, String> f) {
    String q = f.get("qualifier");
    return q == null ? Qualifier.EXACT : Qualifier.valueOf(upper(q));
  }

  private static BigDecimal decimal(Map<String, String> f, String field) {
    String v = f.get(field);
    return v == null ? null : new BigDecimal(v);
  }

  private static Integer integer(Map<String, String> f, String field) {
    String v = f.get(field);
    return v == null ? null : Integer.valueOf(v);
  }

  private static DayOfWeek weekday(Map<String, String> f, String field) {
    String v = f.get(field);
    return v == null ? null : DayOfWeek.valueOf(upper(v));
  }

  private static String upper(String id) {
    return id.toUpperCase(Locale.ROOT);
  }
}
