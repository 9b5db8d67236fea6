package org.figlint.report;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * What one run found: its findings in {@link Finding#ORDER}, the descriptors of the rules that
 * ran (sorted by id), the tool version, and the files checked (sorted, each once).
 */
public record Report(
    List<Finding> findings, List<RuleDescriptor> rules, String toolVersion, List<String> files) {

  /** This figlint's version: the jar manifest's, or 0.1.0 when run from classes (tests). */
  public static final String VERSION = version();

  private static String version() {
    String v = Report.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0" : v;
  }

  public Report {
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(files, "files");
    findings = findings.stream().sorted(Finding.ORDER).toList();
    rules = rules.stream().sorted(Comparator.comparing(RuleDescriptor::id)).toList();
    Objects.requireNonNull(toolVersion, "toolVersion");
    files = List.copyOf(new TreeSet<>(files));
    var ids = new HashSet<String>();
    for (RuleDescriptor rule : rules) {
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("rule described twice: " + rule.id());
      }
    }
  }

  /** The findings a reader should act on: those not suppressed. */
  public List<Finding> problems() {
    return findings.stream().filter(f -> !f.suppressed()).toList();
  }

  /** How many findings of {@code severity} are not suppressed. */
  public int count(Severity severity) {
    return (int) problems().stream().filter(f -> f.severity() == severity).count();
  }

  /** The position of rule {@code id} in {@link #rules()}, if it ran. */
  public OptionalInt ruleIndex(String id) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(id)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }
}
