package org.figlint.archive;

import org.figlint.claim.ClaimArchive;

/** A problem with an archive file, said in one line that names the file. */
public final class ArchiveException extends ClaimArchive.Unreadable {
  public ArchiveException(String message) {
    super(message, null);
  }

  public ArchiveException(String message, Throwable cause) {
    super(message, cause);
  }
}
