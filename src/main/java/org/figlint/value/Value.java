package org.figlint.value;

/** A normalized figure value. */
public sealed interface Value permits Money, DateInterval, Percent, Count {
  /** The kind of mention this value belongs to. */
  Kind kind();
}
