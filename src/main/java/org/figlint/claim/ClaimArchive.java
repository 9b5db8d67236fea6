package org.figlint.claim;

import java.util.List;

/**
 * The claims of documents checked before, kept so that a new document is compared with them
 * without reading them again.
 */
public interface ClaimArchive {
  /** An archive that holds nothing. */
  ClaimArchive NONE = key -> List.of();

  /** The archived claims whose {@link Statement#key() key} is {@code key}. */
  List<ArchivedClaim> lookup(String key);
}
