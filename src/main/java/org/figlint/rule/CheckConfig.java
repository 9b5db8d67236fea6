package org.figlint.rule;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.figlint.report.Severity;

/**
 * A rule: a check as configured, with every parameter of its catalog entry set (from the file or
 * by default). Parameter values are {@link Integer}, {@link BigDecimal}, {@link Boolean} or
 * {@link String}, following their {@link ParamType}.
 */
public record CheckConfig(String id, boolean enabled, Severity severity,
    Map<String, Object> params) {

  public CheckConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    params = Map.copyOf(params);
  }

  /** The configuration a check has when the rule file does not mention it. */
  public static CheckConfig defaults(CheckSpec spec) {
    Map<String, Object> params = new LinkedHashMap<>();
    spec.params().forEach(p -> params.put(p.name(), p.defaultValue()));
    return new CheckConfig(spec.id(), true, spec.defaultSeverity(), params);
  }

  public BigDecimal decimal(String name) {
    return (BigDecimal) param(name);
  }

  public int integer(String name) {
    return (Integer) param(name);
  }

  public boolean bool(String name) {
    return (Boolean) param(name);
  }

  public String string(String name) {
    return (String) param(name);
  }

  private Object param(String name) {
    Object value = params.get(name);
    if (value == null) {
      throw new IllegalArgumentException("check " + id + " has no parameter " + name);
    }
    return value;
  }
}
