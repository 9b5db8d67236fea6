package org.figlint.rule;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.figlint.report.Severity;
import org.figlint.value.Count;
import org.figlint.value.DateInterval;
import org.figlint.value.Grain;
import org.figlint.value.Kind;
import org.figlint.value.Money;
import org.figlint.value.Percent;
import org.figlint.value.Period;
import org.figlint.value.Qualifier;
import org.figlint.value.Value;

/**
 * A rule set in a compact binary form. The build writes the bundled rules so, from the rule files
 * and with the grammar's reading of each fact value, and a run reads them back instead of the
 * YAML: reading the files and parsing the facts costs a short run a tenth of a second or more.
 * The form belongs to one build (the jar carries it beside the files it was made from), so it
 * has a version but no migrations: a reader meets only the form of its own build.
 */
public final class CompiledRules {
  /** Where the build puts the bundled rules' compiled form, beside the rule files. */
  public static final String RESOURCE = RuleLoader.RESOURCE_DIR + "/compiled-rules.bin";

  private static final int MAGIC = 0x46524c53; // "FRLS"
  private static final int VERSION = 1;

  private static final byte MONEY = 1;
  private static final byte DATE = 2;
  private static final byte PERCENT = 3;
  private static final byte COUNT = 4;

  private CompiledRules() {}

  /**
   * The compiled form of the bundled rules found by {@code loader}; empty when the resource is
   * missing (classes compiled without the build's step) or unreadable, so that the caller reads
   * the rule files instead.
   */
  public static Optional<RuleSet> bundled(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      return in == null ? Optional.empty() : Optional.of(read(in));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes {@code rules}; every fact's parsed value must be a {@link Value}. */
  public static void write(RuleSet rules, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
    data.writeInt(MAGIC);
    data.writeInt(VERSION);
    data.writeInt(rules.checks().size());
    for (CheckConfig check : rules.checks().values()) {
      string(data, check.id());
      data.writeBoolean(check.enabled());
      data.writeByte(check.severity().ordinal());
      data.writeInt(check.params().size());
      for (Map.Entry<String, Object> param : check.params().entrySet()) {
        string(data, param.getKey());
        param(data, param.getValue());
      }
    }
    data.writeInt(rules.entities().size());
    for (Entity entity : rules.entities()) {
      string(data, entity.name());
      data.writeByte(entity.kind().ordinal());
      strings(data, entity.aliases());
      nullableString(data, entity.currency());
      origin(data, entity.origin());
    }
    data.writeInt(rules.predicates().size());
    for (Predicate predicate : rules.predicates()) {
      string(data, predicate.id());
      data.writeInt(predicate.kinds().size());
      for (Kind kind : predicate.kinds()) {
        data.writeByte(kind.ordinal());
      }
      strings(data, predicate.terms());
      data.writeBoolean(predicate.periodic());
      origin(data, predicate.origin());
    }
    data.writeInt(rules.facts().size());
    for (Fact fact : rules.facts()) {
      string(data, fact.id());
      strings(data, fact.about());
      strings(data, fact.keywords());
      string(data, fact.value());
      if (!(fact.parsed() instanceof Value value)) {
        throw new IllegalArgumentException("fact " + fact.id() + " has no figure value");
      }
      value(data, value);
      string(data, fact.source());
      nullableString(data, fact.note());
      origin(data, fact.origin());
    }
    data.flush();
  }

  /** Reads what {@link #write} wrote. */
  public static RuleSet read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in));
    if (data.readInt() != MAGIC) {
      throw new IOException("not a compiled rule set");
    }
    int version = data.readInt();
    if (version != VERSION) {
      throw new IOException("compiled rule set version " + version + ", expected " + VERSION);
    }
    int checkCount = data.readInt();
    Map<String, CheckConfig> checks = new LinkedHashMap<>();
    for (int i = 0; i < checkCount; i++) {
      String id = string(data);
      boolean enabled = data.readBoolean();
      Severity severity = of(Severity.values(), data.readByte());
      int paramCount = data.readInt();
      Map<String, Object> params = new LinkedHashMap<>();
      for (int p = 0; p < paramCount; p++) {
        params.put(string(data), param(data));
      }
      checks.put(id, new CheckConfig(id, enabled, severity, params));
    }
    int entityCount = data.readInt();
    List<Entity> entities = new ArrayList<>(entityCount);
    for (int i = 0; i < entityCount; i++) {
      entities.add(new Entity(string(data), of(EntityKind.values(), data.readByte()),
          strings(data), nullableString(data), origin(data)));
    }
    int predicateCount = data.readInt();
    List<Predicate> predicates = new ArrayList<>(predicateCount);
    for (int i = 0; i < predicateCount; i++) {
      String id = string(data);
      int kindCount = data.readInt();
      List<Kind> kinds = new ArrayList<>(kindCount);
      for (int k = 0; k < kindCount; k++) {
        kinds.add(of(Kind.values(), data.readByte()));
      }
      predicates.add(new Predicate(id, kinds, strings(data), data.readBoolean(), origin(data)));
    }
    int factCount = data.readInt();
    List<Fact> facts = new ArrayList<>(factCount);
    for (int i = 0; i < factCount; i++) {
      facts.add(new Fact(string(data), strings(data), strings(data), string(data), value(data),
          string(data), nullableString(data), origin(data)));
    }
    if (data.read() != -1) {
      throw new IOException("compiled rule set: data after the last fact");
    }
    return new RuleSet(checks, entities, predicates, facts);
  }

  private static void value(DataOutputStream data, Value value) throws IOException {
    if (value instanceof Money m) {
      data.writeByte(MONEY);
      decimal(data, m.amount());
      string(data, m.currency());
      data.writeByte(m.qualifier().ordinal());
      decimal(data, m.min());
      decimal(data, m.max());
      data.writeByte(m.period() == null ? -1 : m.period().ordinal());
      strings(data, m.alternatives());
      decimal(data, m.unit());
    } else if (value instanceof DateInterval d) {
      data.writeByte(DATE);
      data.writeBoolean(d.resolved());
      if (d.resolved()) {
        data.writeLong(d.start().toEpochDay());
        data.writeLong(d.end().toEpochDay());
      }
      data.writeByte(d.grain().ordinal());
      integer(data, d.year());
      integer(data, d.month());
      integer(data, d.day());
      data.writeByte(d.weekday() == null ? -1 : d.weekday().ordinal());
      data.writeByte(d.endWeekday() == null ? -1 : d.endWeekday().ordinal());
      data.writeBoolean(d.relative());
    } else if (value instanceof Percent p) {
      data.writeByte(PERCENT);
      decimal(data, p.value());
      data.writeByte(p.qualifier().ordinal());
      data.writeBoolean(p.points());
    } else if (value instanceof Count c) {
      data.writeByte(COUNT);
      decimal(data, c.value());
      string(data, c.unit());
      data.writeByte(c.qualifier().ordinal());
    } else {
      throw new IllegalArgumentException("unknown value " + value);
    }
  }

  private static Value value(DataInputStream data) throws IOException {
    byte tag = data.readByte();
    switch (tag) {
      case MONEY: {
        BigDecimal amount = decimal(data);
        String currency = string(data);
        Qualifier qualifier = of(Qualifier.values(), data.readByte());
        BigDecimal min = decimal(data);
        BigDecimal max = decimal(data);
        byte period = data.readByte();
        return new Money(amount, currency, qualifier, min, max,
            period < 0 ? null : of(Period.values(), period), strings(data), decimal(data));
      }
      case DATE: {
        boolean resolved = data.readBoolean();
        LocalDate start = resolved ? LocalDate.ofEpochDay(data.readLong()) : null;
        LocalDate end = resolved ? LocalDate.ofEpochDay(data.readLong()) : null;
        Grain grain = of(Grain.values(), data.readByte());
        Integer year = integer(data);
        Integer month = integer(data);
        Integer day = integer(data);
        DayOfWeek weekday = weekday(data.readByte());
        DayOfWeek endWeekday = weekday(data.readByte());
        return new DateInterval(start, end, grain, year, month, day, weekday, endWeekday,
            data.readBoolean());
      }
      case PERCENT:
        return new Percent(decimal(data), of(Qualifier.values(), data.readByte()),
            data.readBoolean());
      case COUNT:
        return new Count(decimal(data), string(data), of(Qualifier.values(), data.readByte()));
      default:
        throw new IOException("compiled rule set: unknown value tag " + tag);
    }
  }

  private static DayOfWeek weekday(byte ordinal) throws IOException {
    return ordinal < 0 ? null : of(DayOfWeek.values(), ordinal);
  }

  /** Parameter values: the four types of {@link CheckConfig}. */
  private static void param(DataOutputStream data, Object value) throws IOException {
    if (value instanceof Integer i) {
      data.writeByte('I');
      data.writeInt(i);
    } else if (value instanceof BigDecimal d) {
      data.writeByte('D');
      string(data, d.toString());
    } else if (value instanceof Boolean b) {
      data.writeByte('B');
      data.writeBoolean(b);
    } else if (value instanceof String s) {
      data.writeByte('S');
      string(data, s);
    } else {
      throw new IllegalArgumentException("parameter of unknown type: " + value);
    }
  }

  private static Object param(DataInputStream data) throws IOException {
    byte tag = data.readByte();
    switch (tag) {
      case 'I':
        return data.readInt();
      case 'D':
        return new BigDecimal(string(data));
      case 'B':
        return data.readBoolean();
      case 'S':
        return string(data);
      default:
        throw new IOException("compiled rule set: unknown parameter tag " + tag);
    }
  }

  private static void origin(DataOutputStream data, Origin origin) throws IOException {
    data.writeBoolean(origin != null);
    if (origin != null) {
      string(data, origin.file());
      data.writeInt(origin.line());
      data.writeInt(origin.column());
    }
  }

  private static Origin origin(DataInputStream data) throws IOException {
    return data.readBoolean() ? new Origin(string(data), data.readInt(), data.readInt()) : null;
  }

  /** A decimal as its exact string (scale included), or absent. */
  private static void decimal(DataOutputStream data, BigDecimal value) throws IOException {
    nullableString(data, value == null ? null : value.toString());
  }

  private static BigDecimal decimal(DataInputStream data) throws IOException {
    String text = nullableString(data);
    return text == null ? null : new BigDecimal(text);
  }

  private static void integer(DataOutputStream data, Integer value) throws IOException {
    data.writeBoolean(value != null);
    if (value != null) {
      data.writeInt(value);
    }
  }

  private static Integer integer(DataInputStream data) throws IOException {
    return data.readBoolean() ? data.readInt() : null;
  }

  private static void strings(DataOutputStream data, List<String> values) throws IOException {
    data.writeInt(values.size());
    for (String value : values) {
      string(data, value);
    }
  }

  private static List<String> strings(DataInputStream data) throws IOException {
    int count = data.readInt();
    List<String> values = new ArrayList<>(Math.min(count, 1024));
    for (int i = 0; i < count; i++) {
      values.add(string(data));
    }
    return values;
  }

  private static void nullableString(DataOutputStream data, String value) throws IOException {
    data.writeBoolean(value != null);
    if (value != null) {
      string(data, value);
    }
  }

  private static String nullableString(DataInputStream data) throws IOException {
    return data.readBoolean() ? string(data) : null;
  }

  /** UTF-8 with its length: unlike {@code writeUTF}, no limit of 64 KB. */
  private static void string(DataOutputStream data, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    data.writeInt(bytes.length);
    data.write(bytes);
  }

  private static String string(DataInputStream data) throws IOException {
    int length = data.readInt();
    if (length < 0) {
      throw new IOException("compiled rule set: negative length");
    }
    return new String(data.readNBytes(length), StandardCharsets.UTF_8);
  }

  private static <E> E of(E[] values, int ordinal) throws IOException {
    if (ordinal < 0 || ordinal >= values.length) {
      throw new IOException("compiled rule set: no " + values.getClass().getComponentType()
          .getSimpleName() + " number " + ordinal);
    }
    return values[ordinal];
  }
}
