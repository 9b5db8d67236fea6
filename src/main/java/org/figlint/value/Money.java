package org.figlint.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An amount of money. {@code amount} is null for a range, which has {@code min} and {@code max}.
 * {@code currency} is an ISO 4217 code; {@code alternatives} lists the other currencies the
 * written name can denote ("dollars" may be CAD, AUD...), most likely first, empty when the
 * name is unambiguous. {@code unit} is the unit of the last digit as written ("270 millions": one
 * million; "1,5 Md": a hundred million), null when the figure has no scale word; comparisons
 * read a written figure as standing for anything within half a unit.
 */
public record Money(
    BigDecimal amount,
    String currency,
    Qualifier qualifier,
    BigDecimal min,
    BigDecimal max,
    Period period,
    List<String> alternatives,
    BigDecimal unit)
    implements Value {

  public Money {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(qualifier, "qualifier");
    if (amount == null && (min == null || max == null)) {
      throw new IllegalArgumentException("a money value needs an amount or a range");
    }
    amount = Decimals.normalize(amount);
    min = Decimals.normalize(min);
    max = Decimals.normalize(max);
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    unit = Decimals.normalize(unit);
  }

  public Money(BigDecimal amount, String currency, Qualifier qualifier, BigDecimal min,
      BigDecimal max, Period period, List<String> alternatives) {
    this(amount, currency, qualifier, min, max, period, alternatives, null);
  }

  /** The same figure in another currency (when a name's currency is settled by context). */
  public Money withCurrency(String code, List<String> others) {
    return new Money(amount, code, qualifier, min, max, period, others, unit);
  }

  public static Money of(BigDecimal amount, String currency) {
    return new Money(amount, currency, Qualifier.EXACT, null, null, null, List.of());
  }

  public static Money range(BigDecimal min, BigDecimal max, String currency) {
    return new Money(null, currency, Qualifier.EXACT, min, max, null, List.of());
  }

  public boolean isRange() {
    return amount == null;
  }

  /** The lowest value this figure can stand for. */
  public BigDecimal low() {
    return amount != null ? amount : min;
  }

  /** The highest value this figure can stand for. */
  public BigDecimal high() {
    return amount != null ? amount : max;
  }

  @Override
  public Kind kind() {
    return Kind.MONEY;
  }
}
