package org.figlint.value;

import java.math.BigDecimal;
import java.util.Objects;

/** A number bound to the noun it counts ("420 collaborateurs"). */
public record Count(BigDecimal value, String unit, Qualifier qualifier) implements Value {
  public Count {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(qualifier, "qualifier");
    value = Decimals.normalize(value);
  }

  public static Count of(String value, String unit) {
    return new Count(new BigDecimal(value), unit, Qualifier.EXACT);
  }

  @Override
  public Kind kind() {
    return Kind.COUNT;
  }
}
