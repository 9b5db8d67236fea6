package org.figlint.check;

import java.util.List;
import org.figlint.claim.AnalysedDocument;

/**
 * One check. A check reads analysed documents and reports findings through its context; a
 * document check sees one document at a time, a corpus check sees all the documents of a run.
 */
public interface Check {
  /** The rule id, a contract with users ("weekday-mismatch"). */
  String id();

  default void checkDocument(AnalysedDocument doc, CheckContext ctx) {}

  default void checkCorpus(List<AnalysedDocument> docs, CheckContext ctx) {}
}
