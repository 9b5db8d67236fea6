package org.figlint.cli;

/** figlint's exit codes, listed in --help. */
public enum ExitCode {
  OK(0, "no finding reached the --fail-on threshold"),
  FINDINGS(1, "at least one finding reached the --fail-on threshold"),
  ERROR(2, "usage error, broken rule or configuration file, or unreadable input");

  public final int code;
  public final String description;

  ExitCode(int code, String description) {
    this.code = code;
    this.description = description;
  }
}
