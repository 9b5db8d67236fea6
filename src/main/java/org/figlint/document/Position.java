package org.figlint.document;

/** A 1-based line and column; columns count UTF-16 code units. */
public record Position(int line, int column) {}
