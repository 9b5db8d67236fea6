package org.figlint.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeRatesTest {

  private static final ExchangeRates RATES = ExchangeRates.bundled();

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void aFixingDayGivesItsOwnRateExactlyAsPublished() {
    Rate rate = RATES.on("GBP", day("2023-11-01")).orElseThrow();
    assertEquals(new Rate("GBP", day("2023-11-01"), new BigDecimal("0.86945"),
        "BCE, taux de référence de l'euro du 2023-11-01"), rate);
    // the scale is kept: "0.78" stays "0.78"
    assertEquals("0.78", RATES.on("GBP", day("2015-01-02")).orElseThrow().perEur().toPlainString());
  }

  @Test
  void aWeekendUsesFridaysFixing() {
    // 2023-11-04 is a Saturday, 2023-11-05 a Sunday
    Rate saturday = RATES.on("USD", day("2023-11-04")).orElseThrow();
    Rate sunday = RATES.on("USD", day("2023-11-05")).orElseThrow();
    assertEquals(day("2023-11-03"), saturday.date());
    assertEquals(saturday, sunday);
    assertEquals("BCE, taux de référence de l'euro du 2023-11-03", sunday.source());
  }

  @Test
  void targetHolidaysUseTheLastFixingBefore() {
    // Christmas 2023: no fixing on the 25th and 26th
    assertEquals(day("2023-12-22"), RATES.on("JPY", day("2023-12-25")).orElseThrow().date());
    assertEquals(day("2023-12-22"), RATES.on("JPY", day("2023-12-26")).orElseThrow().date());
    assertEquals(new BigDecimal("156.66"), RATES.on("JPY", day("2023-12-26")).orElseThrow()
        .perEur());
    // New Year's Day 2025
    assertEquals(day("2024-12-31"), RATES.on("CAD", day("2025-01-01")).orElseThrow().date());
  }

  @Test
  void nothingBefore2015() {
    assertEquals(Optional.empty(), RATES.on("USD", day("2014-12-31")));
    assertEquals(Optional.empty(), RATES.convert(BigDecimal.TEN, "USD", "EUR", day("2010-05-03")));
    assertEquals(day("2015-01-02"), RATES.firstDate().orElseThrow());
  }

  @Test
  void aCurrencyWithAGapHasNoRateOnceTheLastFixingIsTooOld() {
    // The ECB suspended the rouble after 2022-03-01.
    assertEquals(day("2022-03-01"), RATES.on("RUB", day("2022-03-01")).orElseThrow().date());
    assertEquals(day("2022-03-01"), RATES.on("RUB", day("2022-03-11")).orElseThrow().date());
    assertEquals(Optional.empty(), RATES.on("RUB", day("2022-03-12")));
    assertEquals(Optional.empty(), RATES.on("RUB", day("2023-11-01")));
    assertEquals(Optional.empty(), RATES.convert(BigDecimal.ONE, "RUB", "USD", day("2024-01-10")));
    assertTrue(RATES.has("RUB"));
    // ISK only starts on 2018-02-01
    assertEquals(Optional.empty(), RATES.on("ISK", day("2017-06-01")));
    assertTrue(RATES.on("ISK", day("2018-02-01")).isPresent());
  }

  @Test
  void nothingAfterTheDataEnds() {
    assertEquals(day("2026-04-13"), RATES.lastDate().orElseThrow());
    assertEquals(day("2026-04-13"), RATES.on("USD", day("2026-04-23")).orElseThrow().date());
    assertEquals(Optional.empty(), RATES.on("USD", day("2026-04-24")));
    assertEquals(Optional.empty(), RATES.convert(BigDecimal.ONE, "USD", "GBP", day("2027-01-04")));
  }

  @Test
  void euroIsAlwaysOne() {
    Rate euro = RATES.on("EUR", day("2023-11-05")).orElseThrow();
    assertEquals(BigDecimal.ONE, euro.perEur());
    assertEquals(day("2023-11-05"), euro.date());
    assertTrue(RATES.has("eur"));
  }

  @Test
  void convertsThroughTheEuro() {
    // Isambard-AI: 225 million pounds on 1 November 2023 is about 258.8 million euros.
    BigDecimal euros = RATES.convert(new BigDecimal("225000000"), "GBP", "EUR", day("2023-11-01"))
        .orElseThrow();
    assertEquals(new BigDecimal("258784288.9"), euros.setScale(1, RoundingMode.HALF_EVEN));
    // cross rate: 100 USD in GBP = 100 * 0.86945 / 1.0537
    BigDecimal pounds = RATES.convert(new BigDecimal("100"), "USD", "GBP", day("2023-11-01"))
        .orElseThrow();
    assertEquals(new BigDecimal("82.514"), pounds.setScale(3, RoundingMode.HALF_EVEN));
    // a weekend converts with Friday's fixings
    assertEquals(RATES.convert(BigDecimal.TEN, "USD", "JPY", day("2023-11-03")),
        RATES.convert(BigDecimal.TEN, "USD", "JPY", day("2023-11-05")));
  }

  @Test
  void unknownCurrenciesHaveNoRate() {
    assertFalse(RATES.has("XYZ"));
    assertFalse(RATES.has("AED"));
    assertEquals(Optional.empty(), RATES.on("AED", day("2023-11-01")));
    assertEquals(Optional.empty(), RATES.convert(BigDecimal.ONE, "AED", "EUR", day("2023-11-01")));
    assertEquals(Optional.empty(), RATES.convert(BigDecimal.ONE, "XYZ", "XYZ", day("2023-11-01")));
    assertEquals(Optional.of(BigDecimal.ONE),
        RATES.convert(BigDecimal.ONE, "usd", "USD", day("2023-11-01")));
  }

  @Test
  void coversTheDocumentedCurrencies() {
    assertEquals(32, RATES.currencies().size());
    assertTrue(RATES.currencies().containsAll(java.util.Set.of("USD", "GBP", "JPY", "CHF", "CNY",
        "CAD", "HRK", "BGN", "ISK")));
  }

  @Test
  void readsAFileGivenByPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("rates.csv");
    Files.writeString(file, """
        date,currency,per_eur
        2024-01-03,USD,1.0919
        2024-01-02,USD,1.0956
        """);
    ExchangeRates rates = ExchangeRates.load(file);
    assertEquals(new BigDecimal("1.0956"), rates.on("USD", day("2024-01-02")).orElseThrow()
        .perEur());
    assertEquals(new BigDecimal("1.0919"), rates.on("USD", day("2024-01-05")).orElseThrow()
        .perEur());
  }

  @Test
  void aBrokenLineIsReportedWithItsPosition() {
    RuleException e = assertThrows(RuleException.class, () -> ExchangeRates.read(new StringReader(
        "date,currency,per_eur\n2024-01-02,USD,1.0956\n2024-01-03,USD,abc\n"), "rates.csv"));
    assertEquals("rates.csv:3:16: bad rate \"abc\"", e.getMessage());
    e = assertThrows(RuleException.class, () -> ExchangeRates.read(new StringReader(
        "date,currency\n"), "rates.csv"));
    assertEquals("rates.csv:1:1: expected the header \"date,currency,per_eur\"", e.getMessage());
    e = assertThrows(RuleException.class, () -> ExchangeRates.read(new StringReader(
        "date,currency,per_eur\n2024-13-02,USD,1\n"), "rates.csv"));
    assertEquals("rates.csv:2:1: bad date \"2024-13-02\"", e.getMessage());
  }
}
