package org.figlint.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 * id, and what is absent or at its default left out. Written and read with Jackson's streaming
 * API: a look-up decodes hundreds of rows in a process that has just started, where building
 * an {@code ObjectMapper} would cost more than all of them.
 */
final class ValueCodec {
  private static final JsonFactory JSON = new JsonFactory();

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
    Map<String, String> fields = fields(json, alternatives);
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
    try (JsonParser p = JSON.createParser(json)) {
      expect(p, JsonToken.START_ARRAY, json);
      List<String> out = strings(p, json);
      expect(p, null, json);
      return out;
    } catch (IOException e) {
      throw bad(json, e);
    }
  }

  /**
   * The fields of a flat object, scalars as their text; the strings of its array (the archive
   * writes at most one) go to {@code array}.
   */
  private static Map<String, String> fields(String json, List<String> array) {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser p = JSON.createParser(json)) {
      expect(p, JsonToken.START_OBJECT, json);
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        if (t != JsonToken.FIELD_NAME) {
          throw bad(json, null);
        }
        String field = p.currentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.START_ARRAY) {
          array.addAll(strings(p, json));
        } else if (v != null && v.isScalarValue()) {
          fields.put(field, p.getText());
        } else {
          throw bad(json, null);
        }
      }
      expect(p, null, json);
      return fields;
    } catch (IOException e) {
      throw bad(json, e);
    }
  }

  /** The strings of an array whose start was just read, up to its end. */
  private static List<String> strings(JsonParser p, String json) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.VALUE_STRING) {
        throw bad(json, null);
      }
      out.add(p.getText());
    }
    return out;
  }

  private static void expect(JsonParser p, JsonToken token, String json) throws IOException {
    if (p.nextToken() != token) {
      throw bad(json, null);
    }
  }

  private static IllegalArgumentException bad(String json, IOException cause) {
    return new IllegalArgumentException("bad JSON: " + json, cause);
  }

  private interface Writing {
    void to(JsonGenerator g) throws IOException;
  }

  private static String write(Writing writing) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
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
