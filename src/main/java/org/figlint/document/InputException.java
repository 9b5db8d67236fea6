package org.figlint.document;

/** A document that cannot be read; its message is one line that names the file. */
public final class InputException extends Exception {
  public InputException(String message) {
    super(message);
  }
}
