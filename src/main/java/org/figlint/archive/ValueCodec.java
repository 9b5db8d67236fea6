package org.figlint.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  static Value decode(Kind kind, String json) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad value " + json, e);
    }
    switch (kind) {
      case MONEY: {
        List<String> alternatives = new ArrayList<>();
        n.path("alternatives").forEach(a -> alternatives.add(a.asText()));
        return new Money(decimal(n, "amount"), n.get("currency").asText(), qualifier(n),
            decimal(n, "min"), decimal(n, "max"),
            n.has("period") ? Period.valueOf(upper(n.get("period").asText())) : null,
            alternatives, decimal(n, "unit"));
      }
      case DATE:
        return new DateInterval(date(n, "start"), date(n, "end"),
            Grain.valueOf(upper(n.get("grain").asText())), integer(n, "year"),
            integer(n, "month"), integer(n, "day"), weekday(n, "weekday"),
            weekday(n, "endWeekday"), n.path("relative").asBoolean(false));
      case PERCENT:
        return new Percent(decimal(n, "value"), qualifier(n), n.path("points").asBoolean(false));
      case COUNT:
        return new Count(decimal(n, "value"), n.get("unit").asText(), qualifier(n));
      default:
        throw new IllegalArgumentException("unknown kind " + kind);
    }
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

  private static Qualifier qualifier(JsonNode n) {
    return n.has("qualifier") ? Qualifier.valueOf(upper(n.get("qualifier").asText()))
        : Qualifier.EXACT;
  }

  private static BigDecimal decimal(JsonNode n, String field) {
    return n.hasNonNull(field) ? new BigDecimal(n.get(field).asText()) : null;
  }

  private static Integer integer(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asInt() : null;
  }

  private static LocalDate date(JsonNode n, String field) {
    return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
  }

  private static DayOfWeek weekday(JsonNode n, String field) {
    return n.hasNonNull(field) ? DayOfWeek.valueOf(upper(n.get(field).asText())) : null;
  }

  private static String upper(String id) {
    return id.toUpperCase(Locale.ROOT);
  }
}
