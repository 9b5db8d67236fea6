package org.figlint.archive;

/** A problem with an archive file, said in one line that names the file. */
public final class ArchiveException extends RuntimeException {
  public ArchiveException(String message) {
    super(message);
  }

  public ArchiveException(String message, Throwable cause) {
    super(message, cause);
  }
}
