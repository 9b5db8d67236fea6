package org.figlint.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
 * id, and what is absent or at its default left out. Written with Jackson's streaming API, read
 * by {@link FlatJson}: a look-up decodes hundreds of rows in a process that has just started.
 */
final class ValueCodec {
  /** Only {@code archive add} writes: a look-up does not load Jackson. */
  private static final class Writer {
    static final JsonFactory JSON = new JsonFactory();
  }

  private ValueCodec() {}

  static String encode(Value value) {
    return write(g -> {
      g.writeStartObject();
      if (value instanceof Money m) {
        put(g, "amount", m.amount());
        g.writeStringField("currency", m.currency());
        qualifier(g, m.qualifier());
        put(g, "min", m.min());
        put(g, "max", m.max());
        if (m.period() != null) {
          g.writeStringField("period", m.period().id());
        }
        if (!m.alternatives().isEmpty()) {
          g.writeArrayFieldStart("alternatives");
          for (String alternative : m.alternatives()) {
            g.writeString(alternative);
          }
          g.writeEndArray();
        }
        put(g, "unit", m.unit());
      } else if (value instanceof DateInterval d) {
        if (d.resolved()) {
          g.writeStringField("start", d.start().toString());
          g.writeStringField("end", d.end().toString());
        }
        g.writeStringField("grain", d.grain().id());
        put(g, "year", d.year());
        put(g, "month", d.month());
        put(g, "day", d.day());
        if (d.weekday() != null) {
          g.writeStringField("weekday", d.weekday().name().toLowerCase(Locale.ROOT));
        }
        if (d.endWeekday() != null) {
          g.writeStringField("endWeekday", d.endWeekday().name().toLowerCase(Locale.ROOT));
        }
        if (d.relative()) {
          g.writeBooleanField("relative", true);
        }
      } else if (value instanceof Percent p) {
        put(g, "value", p.value());
        qualifier(g, p.qualifier());
        if (p.points()) {
          g.writeBooleanField("points", true);
        }
      } else if (value instanceof Count c) {
        put(g, "value", c.value());
        g.writeStringField("unit", c.unit());
        qualifier(g, c.qualifier());
      }
      g.writeEndObject();
    });
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
  static String names(Collection<String> names) {
    return write(g -> {
      g.writeStartArray();
      for (String name : names) {
        g.writeString(name);
      }
      g.writeEndArray();
    });
  }

  static List<String> names(String json) {
    return FlatJson.array(json);
  }

  private interface Writing {
    void to(JsonGenerator g) throws IOException;
  }

  private static String write(Writing writing) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Writer.JSON.createGenerator(out)) {
      writing.to(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
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

  private static void put(JsonGenerator g, String field, BigDecimal value) throws IOException {
    if (value != null) {
      g.writeStringField(field, Decimals.format(value));
    }
  }

  private static void put(JsonGenerator g, String field, Integer value) throws IOException {
    if (value != null) {
      g.writeNumberField(field, value);
    }
  }

  private static void qualifier(JsonGenerator g, Qualifier q) throws IOException {
    if (q != Qualifier.EXACT) {
      g.writeStringField("qualifier", q.id());
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
