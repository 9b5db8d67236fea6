package org.figlint.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.figlint.report.Finding;
import org.figlint.report.Location;
import org.figlint.report.Severity;

/** Findings as LSP diagnostics. */
final class Diagnostics {
  static final String SOURCE = "figlint";

  private Diagnostics() {}

  /**
   * The diagnostic of a finding; {@code uriOf} gives the URI of the file a related location
   * names.
   */
  static Diagnostic of(Finding finding, Function<String, String> uriOf) {
    Diagnostic d = new Diagnostic(range(finding.location()), finding.message(),
        severity(finding.severity()), SOURCE);
    d.setCode(Either.forLeft(finding.ruleId()));
    if (!finding.related().isEmpty()) {
      List<DiagnosticRelatedInformation> related = new ArrayList<>();
      for (Location r : finding.related()) {
        String message = r.message() != null ? r.message()
            : r.snippet() != null ? r.snippet() : "";
        related.add(new DiagnosticRelatedInformation(
            new org.eclipse.lsp4j.Location(uriOf.apply(r.file()), range(r)), message));
      }
      d.setRelatedInformation(related);
    }
    return d;
  }

  /** The LSP range of a location: 0-based, end exclusive, UTF-16 characters. */
  static Range range(Location l) {
    return new Range(new Position(l.startLine() - 1, l.startColumn() - 1),
        new Position(l.endLine() - 1, Math.max(0, l.endColumn() - 1)));
  }

  static DiagnosticSeverity severity(Severity severity) {
    return switch (severity) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
    };
  }
}
