package org.figlint.lsp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.figlint.report.Finding;
import org.figlint.review.Fixes;
import org.figlint.review.Replacement;

/** Quick fixes: the one sure fix of a finding, as an edit of its document. */
final class CodeActions {
  private CodeActions() {}

  /** The quick fixes of the findings of a reviewed document that touch the requested range. */
  static List<CodeAction> of(Linting.Reviewed reviewed, CodeActionParams params) {
    if (params.getContext() != null && params.getContext().getOnly() != null
        && params.getContext().getOnly().stream().noneMatch(
            k -> CodeActionKind.QuickFix.equals(k) || k.startsWith(CodeActionKind.QuickFix + ".")
                || CodeActionKind.Empty.equals(k))) {
      return List.of();
    }
    String uri = reviewed.document().uri();
    List<Diagnostic> sent = params.getContext() == null || params.getContext().getDiagnostics() == null
        ? List.of() : params.getContext().getDiagnostics();
    // The diagnostics sent back, by check and range: a client may send thousands.
    Map<List<Object>, Diagnostic> sentByKey = new HashMap<>();
    for (Diagnostic d : sent) {
      if (d.getCode() != null && d.getCode().isLeft() && d.getRange() != null) {
        sentByKey.putIfAbsent(List.of(d.getCode().getLeft(), d.getRange()), d);
      }
    }
    boolean fr = !"en".equals(reviewed.project().reviewer().locale().getLanguage());
    List<CodeAction> actions = new ArrayList<>();
    for (Finding f : reviewed.review().findingsIn(reviewed.path())) {
      if (f.suppressed() || !Fixes.fixable().contains(f.ruleId())) {
        continue;
      }
      Range range = Diagnostics.range(f.location());
      if (!touches(range, params.getRange())) {
        continue;
      }
      List<Replacement> fix = Fixes.of(reviewed.review(), f);
      if (fix.isEmpty()) {
        continue;
      }
      List<TextEdit> edits = fix.stream()
          .map(r -> new TextEdit(Diagnostics.range(r.location()), r.text())).toList();
      CodeAction action = new CodeAction(title(fix, fr));
      action.setKind(CodeActionKind.QuickFix);
      action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
      Diagnostic diagnostic = sentByKey.get(List.of(f.ruleId(), range));
      action.setDiagnostics(List.of(
          diagnostic != null ? diagnostic : Diagnostics.of(f, p -> p)));
      action.setIsPreferred(true);
      actions.add(action);
    }
    return actions;
  }

  private static String title(List<Replacement> fix, boolean fr) {
    String changes = fix.stream()
        .map(r -> quote(r.location().snippet(), fr) + " → " + quote(r.text(), fr))
        .collect(Collectors.joining(", "));
    return (fr ? "Corriger : " : "Fix: ") + changes;
  }

  private static String quote(String text, boolean fr) {
    String t = text == null ? "" : text;
    return fr ? "« " + t + " »" : "\u201C" + t + "\u201D";
  }

  /** Whether two ranges overlap or touch (an empty request range at a diagnostic's edge). */
  static boolean touches(Range a, Range b) {
    return compare(a.getStart(), b.getEnd()) <= 0 && compare(b.getStart(), a.getEnd()) <= 0;
  }

  private static int compare(org.eclipse.lsp4j.Position p, org.eclipse.lsp4j.Position q) {
    return p.getLine() != q.getLine() ? Integer.compare(p.getLine(), q.getLine())
        : Integer.compare(p.getCharacter(), q.getCharacter());
  }
}
