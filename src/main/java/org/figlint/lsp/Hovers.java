package org.figlint.lsp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.figlint.check.Values;
import org.figlint.claim.AnalysedDocument;
import org.figlint.document.Document;
import org.figlint.parse.Mention;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.Rate;
import org.figlint.value.Count;
import org.figlint.value.DateInterval;
import org.figlint.value.Money;
import org.figlint.value.Percent;
import org.figlint.value.Period;
import org.figlint.value.Qualifier;
import org.figlint.value.Value;

/**
 * The hover of a figure: its normalized value, and for money in another currency than the euro
 * its value in euros at the document's date with the ECB rate used.
 */
final class Hovers {
  private Hovers() {}

  /** The hover at {@code position} of an analysed document, if a figure is under it. */
  static Optional<Hover> at(AnalysedDocument doc, Position position, ExchangeRates rates,
      Locale locale) {
    Document d = doc.document();
    String text = d.text();
    int offset = DocumentStore.offset(text, position);
    Mention found = null;
    int[] span = null;
    for (Mention m : doc.mentions()) {
      int from = d.originalOffset(m.start());
      int to = Math.max(from, d.originalEnd(m.end()));
      if (from <= offset && offset < to) {
        found = m;
        span = new int[] {from, to};
        break;
      }
      if (offset == to && found == null) { // the cursor just after a figure
        found = m;
        span = new int[] {from, to};
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    String markdown = describe(found.value(), text.substring(span[0], span[1]), doc.date(), rates,
        locale);
    Hover hover = new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown),
        new Range(DocumentStore.position(text, span[0]), DocumentStore.position(text, span[1])));
    return Optional.of(hover);
  }

  /** The Markdown text of a value written as {@code written} in a document of {@code date}. */
  static String describe(Value value, String written, LocalDate date, ExchangeRates rates,
      Locale locale) {
    boolean fr = !"en".equals(locale.getLanguage());
    Values values = new Values(fr ? Locale.FRENCH : Locale.ENGLISH);
    StringBuilder out = new StringBuilder();
    out.append("**").append(escape(normalized(value, values, fr))).append("**");
    out.append("\n\n").append(kind(value, fr)).append(" · « ").append(escape(written.strip()))
        .append(" »");
    if (value instanceof Money m && !"EUR".equals(m.currency())) {
      out.append("\n\n").append(conversion(m, date, rates, values, fr));
    }
    return out.toString();
  }

  static String normalized(Value value, Values values, boolean fr) {
    if (value instanceof Money m) {
      String period = m.period() == null ? "" : " " + period(m.period(), fr);
      return qualifier(m.qualifier(), fr) + values.money(m.low(), m.high(), m.currency()) + period;
    }
    if (value instanceof Percent p) {
      return qualifier(p.qualifier(), fr) + values.value(p);
    }
    if (value instanceof Count c) {
      return qualifier(c.qualifier(), fr) + values.value(c);
    }
    DateInterval d = (DateInterval) value;
    if (!d.resolved()) {
      return fr ? "date incomplète, non résolue (le document n'a pas de date)"
          : "partial date, not resolved (the document has no date)";
    }
    String iso = d.start().equals(d.end()) ? d.start().toString() : d.start() + " – " + d.end();
    return values.date(d) + " (" + iso + ")";
  }

  private static String conversion(Money m, LocalDate date, ExchangeRates rates, Values values,
      boolean fr) {
    String currency = m.currency();
    if (date == null) {
      return fr ? "Pas de conversion en EUR : le document n'a pas de date."
          : "No conversion to EUR: the document has no date.";
    }
    Optional<Rate> rate = rates.on(currency, date);
    Optional<BigDecimal> low = rates.convert(m.low(), currency, "EUR", date);
    Optional<BigDecimal> high = rates.convert(m.high(), currency, "EUR", date);
    if (rate.isEmpty() || low.isEmpty() || high.isEmpty()) {
      return fr ? "Aucun taux de change connu pour " + currency + " au " + date
          + " : pas de conversion en EUR."
          : "No exchange rate is known for " + currency + " on " + date
          + ": no conversion to EUR.";
    }
    Rate r = rate.get();
    String euros = values.money(low.get(), high.get(), "EUR");
    String perEur = "1 EUR = " + values.rate(r.perEur()) + " " + r.currency();
    return fr
        ? "Au " + date + " : ≈ **" + escape(euros) + "** (taux de référence BCE du " + r.date()
            + " : " + perEur + ")"
        : "On " + date + ": ≈ **" + escape(euros) + "** (ECB reference rate of " + r.date()
            + ": " + perEur + ")";
  }

  private static String kind(Value value, boolean fr) {
    return switch (value.kind()) {
      case MONEY -> fr ? "Montant" : "Amount";
      case DATE -> "Date";
      case PERCENT -> fr ? "Pourcentage" : "Percentage";
      case COUNT -> fr ? "Nombre" : "Count";
    };
  }

  private static String qualifier(Qualifier q, boolean fr) {
    return switch (q) {
      case EXACT -> "";
      case ABOUT -> fr ? "environ " : "about ";
      case MORE_THAN -> fr ? "plus de " : "more than ";
      case AT_LEAST -> fr ? "au moins " : "at least ";
      case LESS_THAN -> fr ? "moins de " : "less than ";
      case AT_MOST -> fr ? "au plus " : "at most ";
    };
  }

  private static String period(Period p, boolean fr) {
    return switch (p) {
      case DAY -> fr ? "par jour" : "per day";
      case WEEK -> fr ? "par semaine" : "per week";
      case MONTH -> fr ? "par mois" : "per month";
      case YEAR -> fr ? "par an" : "per year";
    };
  }

  /** Text shown as it is in Markdown: its punctuation is escaped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return out.toString();
  }
}
