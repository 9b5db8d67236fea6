package org.figlint.rule;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A typed parameter of a check: its name in {@code figlint.yaml}, its type, its default value
 * ({@link Integer}, {@link BigDecimal}, {@link Boolean} or {@link String}, matching the type) and,
 * for numbers, an inclusive range ({@code min}/{@code max} may be null for no bound).
 */
public record ParamSpec(
    String name, ParamType type, Object defaultValue, BigDecimal min, BigDecimal max,
    String summary) {

  public ParamSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Class<?> expected = switch (type) {
      case INT -> Integer.class;
      case DECIMAL -> BigDecimal.class;
      case BOOLEAN -> Boolean.class;
      case STRING -> String.class;
    };
    if (!expected.isInstance(defaultValue)) {
      throw new IllegalArgumentException(
          "default of " + name + " must be a " + expected.getSimpleName());
    }
    if ((min != null || max != null) && type != ParamType.INT && type != ParamType.DECIMAL) {
      throw new IllegalArgumentException("only numbers have a range: " + name);
    }
  }

  public static ParamSpec decimal(String name, String defaultValue, String min, String max,
      String summary) {
    return new ParamSpec(name, ParamType.DECIMAL, new BigDecimal(defaultValue),
        min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max),
        summary);
  }

  public static ParamSpec integer(String name, int defaultValue, Integer min, Integer max,
      String summary) {
    return new ParamSpec(name, ParamType.INT, defaultValue,
        min == null ? null : BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max),
        summary);
  }

  public static ParamSpec bool(String name, boolean defaultValue, String summary) {
    return new ParamSpec(name, ParamType.BOOLEAN, defaultValue, null, null, summary);
  }

  public static ParamSpec string(String name, String defaultValue, String summary) {
    return new ParamSpec(name, ParamType.STRING, defaultValue, null, null, summary);
  }

  /** True when {@code value} is within the range (always true for non-numbers). */
  public boolean inRange(BigDecimal value) {
    return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
  }

  /** The range in words, for messages: "between 0 and 1", "at least 1". */
  public String rangeText() {
    if (min != null && max != null) {
      return "between " + min.toPlainString() + " and " + max.toPlainString();
    }
    return min != null ? "at least " + min.toPlainString() : "at most " + max.toPlainString();
  }
}
