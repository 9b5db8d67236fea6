package org.figlint.review;

import java.util.Objects;
import org.figlint.report.Location;

/**
 * One edit of a fix: the span of the original file to replace ({@code location}, whose snippet
 * is the text it replaces) and the text to put in its place.
 */
public record Replacement(Location location, String text) {
  public Replacement {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(text, "text");
  }
}
