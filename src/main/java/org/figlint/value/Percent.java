package org.figlint.value;

import java.math.BigDecimal;
import java.util.Objects;

/** A percentage, or a difference in percentage points when {@code points} is true. */
public record Percent(BigDecimal value, Qualifier qualifier, boolean points) implements Value {
  public Percent {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(qualifier, "qualifier");
    value = Decimals.normalize(value);
  }

  public static Percent of(String value) {
    return new Percent(new BigDecimal(value), Qualifier.EXACT, false);
  }

  @Override
  public Kind kind() {
    return Kind.PERCENT;
  }
}
