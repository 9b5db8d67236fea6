package org.figlint.check;

import java.util.List;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.RunClaim;

/**
 * A check that compares the documents of a run with each other. It keeps a compact form of
 * what it needs of each document as the document is analysed ({@link #keep}), so that the
 * documents themselves can be let go, then compares what it kept ({@link #checkKept}).
 */
public interface CorpusCheck extends Check {
  /** What to keep of one document; {@code document} tells the documents of the run apart. */
  List<RunClaim> keep(AnalysedDocument doc, int document, RunClaim.Sets sets, CheckContext ctx);

  /** Compares what was kept of every document of the run. */
  void checkKept(List<RunClaim> kept, CheckContext ctx);
}
