package org.figlint.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.ClaimArchive;
import org.figlint.claim.Lexicon;
import org.figlint.report.Finding;
import org.figlint.report.Location;
import org.figlint.rule.CheckConfig;
import org.figlint.rule.ExchangeRates;

/** What a check works with: its configuration, shared data, messages, and the finding sink. */
public final class CheckContext {
  private final CheckConfig config;
  private final Lexicon lexicon;
  private final ExchangeRates rates;
  private final Messages messages;
  private final Values values;
  private final ClaimArchive archive;
  private final LocalDate undatedPublished;
  private final List<Finding> findings = new ArrayList<>();

  CheckContext(CheckConfig config, Lexicon lexicon, ExchangeRates rates, Messages messages,
      ClaimArchive archive, LocalDate undatedPublished) {
    this.config = config;
    this.archive = archive;
    this.undatedPublished = undatedPublished;
    this.lexicon = lexicon;
    this.rates = rates;
    this.messages = messages;
    this.values = new Values(messages.locale());
  }

  public CheckConfig config() {
    return config;
  }

  /**
   * When the documents of the run that give no date count as published, in the comparisons
   * across documents; null when unknown.
   */
  public LocalDate undatedPublished() {
    return undatedPublished;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public ExchangeRates rates() {
    return rates;
  }

  public Messages messages() {
    return messages;
  }

  public Values values() {
    return values;
  }

  /** The claims of documents checked before; {@link ClaimArchive#NONE} without an archive. */
  public ClaimArchive archive() {
    return archive;
  }

  public String message(String key, Object... args) {
    return messages.get(config.id() + "." + key, args);
  }

  /**
   * A location in the original file for the span [start, end) of the analysed text; its
   * snippet is the original text of the span.
   */
  public static Location location(AnalysedDocument doc, int start, int end, String note) {
    AnalysedDocument.OriginalSpan at = doc.original(start, end);
    return new Location(doc.path(), at.start().line(), at.start().column(), at.end().line(),
        at.end().column(), at.text(), note);
  }

  public void report(AnalysedDocument doc, int start, int end, String message,
      List<Location> related) {
    findings.add(new Finding(config.id(), config.severity(), message,
        location(doc, start, end, null), related, false));
  }

  /** A finding at a location worked out before (a claim kept after its document went). */
  public void report(Location at, String message, List<Location> related) {
    findings.add(new Finding(config.id(), config.severity(), message, at, related, false));
  }

  List<Finding> findings() {
    return findings;
  }

  /** A context like this one with no finding yet, for work done on another thread. */
  CheckContext fork() {
    return new CheckContext(config, lexicon, rates, messages, archive, undatedPublished);
  }

  /** Takes the findings of a {@link #fork}. */
  void addAll(List<Finding> more) {
    findings.addAll(more);
  }
}
