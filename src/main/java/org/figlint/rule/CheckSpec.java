package org.figlint.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.figlint.report.Severity;

/** What the rule loader knows of a check: its id, default severity, summary and parameters. */
public record CheckSpec(String id, Severity defaultSeverity, String summary,
    List<ParamSpec> params) {

  public CheckSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(summary, "summary");
    params = List.copyOf(params);
    if (!RuleLoader.isKebabCase(id)) {
      throw new IllegalArgumentException("check ids are kebab-case: " + id);
    }
    long distinct = params.stream().map(ParamSpec::name).distinct().count();
    if (distinct != params.size()) {
      throw new IllegalArgumentException("duplicate parameter in check " + id);
    }
    for (ParamSpec p : params) {
      if (p.name().equals("enabled") || p.name().equals("severity")) {
        throw new IllegalArgumentException("reserved parameter name in check " + id);
      }
    }
  }

  public Optional<ParamSpec> param(String name) {
    return params.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
