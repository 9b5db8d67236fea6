package org.figlint.check;

import org.figlint.claim.AnalysedDocument;

/**
 * One check. A check reads analysed documents and reports findings through its context, one
 * document at a time; a {@link CorpusCheck} also compares the documents of a run.
 */
public interface Check {
  /** The rule id, a contract with users ("weekday-mismatch"). */
  String id();

  default void checkDocument(AnalysedDocument doc, CheckContext ctx) {}
}
