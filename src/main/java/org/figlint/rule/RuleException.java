package org.figlint.rule;

import org.figlint.document.Printable;

/**
 * A problem in a rule file. The message is always one line, {@code file:line:column: detail},
 * with a 1-based line and column, so editors and terminals can jump to it.
 */
public final class RuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String detail;

  public RuleException(String file, int line, int column, String detail) {
    this(file, line, column, detail, null);
  }

  public RuleException(String file, int line, int column, String detail, Throwable cause) {
    super(format(file, line, column, detail), cause);
    this.file = file;
    this.line = Math.max(1, line);
    this.column = Math.max(1, column);
    this.detail = Printable.oneLine(detail);
  }

  private static String format(String file, int line, int column, String detail) {
    return file + ":" + Math.max(1, line) + ":" + Math.max(1, column) + ": " + Printable.oneLine(detail);
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The message without its location. */
  public String detail() {
    return detail;
  }
}
