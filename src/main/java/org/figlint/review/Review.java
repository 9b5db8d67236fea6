package org.figlint.review;

import java.util.List;
import java.util.Optional;
import org.figlint.claim.AnalysedDocument;
import org.figlint.report.Finding;
import org.figlint.report.Report;
import org.figlint.report.RuleDescriptor;
import org.figlint.report.ShownDocument;
import org.figlint.report.Texts;
import org.figlint.check.Timelines;
import org.figlint.rule.RuleSet;
import org.figlint.report.SourceText;

/**
 * What one review found: the analysed documents (mentions, claims), the findings in
 * {@link Finding#ORDER} with suppressed ones marked, the rules that ran, and one line per
 * problem that stopped part of the work (a text too large, a check that failed, an archive that
 * could not be read), the rule set it was made with, and one line per thing the user should
 * know that stopped nothing (an archive that another figlint or lexicon analysed).
 */
public record Review(List<AnalysedDocument> documents, List<Finding> findings,
    List<RuleDescriptor> rules, String toolVersion, List<String> errors, RuleSet ruleSet,
    List<String> notices) {

  public Review {
    documents = List.copyOf(documents);
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
    errors = List.copyOf(errors);
    notices = List.copyOf(notices);
  }

  /** The analysed document shown under {@code path}, if it was read. */
  public Optional<AnalysedDocument> document(String path) {
    return documents.stream().filter(d -> d.path().equals(path)).findFirst();
  }

  /** The findings located in {@code path}. */
  public List<Finding> findingsIn(String path) {
    return findings.stream().filter(f -> f.location().file().equals(path)).toList();
  }

  /** The report that renderers take. */
  public Report report() {
    return new Report(findings, rules, toolVersion,
        documents.stream().map(AnalysedDocument::path).toList());
  }

  /** The documents with their texts and figures, for the formats that show them. */
  public List<ShownDocument> shown() {
    return documents.stream().map(d -> new ShownDocument(d.document(), d.mentions())).toList();
  }

  /** The documents' texts, figures and timeline, for the formats that show them. */
  public Texts texts() {
    return new Texts(shown(), () -> Timelines.of(documents, findings));
  }

  /** The original lines of the documents, for renderers' excerpts. */
  public SourceText sources() {
    return (file, line) -> document(file).map(d -> d.lines().line(line));
  }
}
