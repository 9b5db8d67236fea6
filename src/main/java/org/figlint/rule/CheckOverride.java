package org.figlint.rule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.figlint.report.Severity;

/**
 * What one entry of a {@code checks:} mapping sets: {@code enabled}, {@code severity} and
 * parameters, each null or absent when the entry does not name it. Applied over a check's
 * configuration, it replaces only what it names.
 */
public record CheckOverride(String id, Boolean enabled, Severity severity,
    Map<String, Object> params) {

  public CheckOverride {
    Objects.requireNonNull(id, "id");
    params = Map.copyOf(params);
  }

  /** {@code base} with what this override names replaced. */
  public CheckConfig applyTo(CheckConfig base) {
    if (!base.id().equals(id)) {
      throw new IllegalArgumentException("override of " + id + " applied to " + base.id());
    }
    Map<String, Object> merged = new LinkedHashMap<>(base.params());
    merged.putAll(params);
    return new CheckConfig(id, enabled == null ? base.enabled() : enabled,
        severity == null ? base.severity() : severity, merged);
  }
}
