package org.figlint.archive;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document as the archive knows it: its path (or {@code file#id} in a JSON lines archive),
 * the SHA-256 of its original bytes in hexadecimal, its date and title (either may be null),
 * and how many claims it holds.
 */
public record ArchivedDocument(String path, String hash, LocalDate date, String title, int claims) {
  public ArchivedDocument {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(hash, "hash");
    if (claims < 0) {
      throw new IllegalArgumentException("claims " + claims);
    }
  }
}
