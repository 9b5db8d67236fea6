package org.figlint.rule;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The commented {@code .figlint.yaml} that {@code figlint init} writes. Its settings are the
 * defaults; its commented lines are examples that load once uncommented.
 */
public final class StarterConfig {

  private StarterConfig() {}

  /** The starter file, listing the checks of {@code catalog} and the output {@code formats}. */
  public static String text(CheckCatalog catalog, Collection<String> formats) {
    StringBuilder out = new StringBuilder();
    out.append("""
        # figlint project settings. figlint reads the nearest .figlint.yaml, from the current
        # folder upward; `figlint lint --config FILE` names another one. Options given on the
        # command line win over these settings. Paths and globs are relative to this file.
        # Uncomment what you need; README.md documents every key.

        # A rules folder replacing the bundled one (figlint.yaml, entities.yaml, predicates.yaml,
        # facts/).
        # rules: rules

        # More fact files, read with the facts of the rules folder.
        # facts:
        #   - facts/local.yaml

        # Files and folders not to read when walking folders, in .gitignore syntax (.gitignore
        # files are honoured too). A file named on the command line is always read.
        ignore:
          # - drafts/
          # - "*.generated.md"

        # The date of the documents that give none, YYYY-MM-DD.
        # reference-date: 2024-01-01

        """);
    out.append("# The output format: ").append(String.join(", ", formats)).append(".\n");
    out.append("""
        format: text

        # The lowest severity that makes `figlint lint` exit with 1: error, warning, info or never.
        fail-on: warning

        # The language of the messages: fr or en.
        lang: fr

        # Where the archive feature keeps its data (see --archive).
        # archive: .figlint/archive

        # Changes to the checks of the rules folder's figlint.yaml: a check listed here keeps
        # what it does not name. Every check accepts enabled (true or false) and severity (error,
        # warning or info), plus its own parameters, shown with their defaults.
        checks:
        """);
    for (CheckSpec spec : catalog.checks()) {
      out.append("  # ").append(spec.id()).append(": { severity: ")
          .append(spec.defaultSeverity().id());
      for (ParamSpec param : spec.params()) {
        Object value = param.defaultValue();
        out.append(", ").append(param.name()).append(": ")
            .append(value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value));
      }
      out.append(" }\n");
    }
    return out.toString();
  }
}
