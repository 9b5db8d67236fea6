package org.figlint.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.ClaimArchive;
import org.figlint.claim.Lexicon;
import org.figlint.claim.RunClaim;
import org.figlint.document.Document;
import org.figlint.parse.Extractor;
import org.figlint.parse.Mention;
import org.figlint.report.Finding;
import org.figlint.report.RuleDescriptor;
import org.figlint.rule.CheckConfig;
import org.figlint.rule.CheckSpec;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleSet;
import org.figlint.value.DateInterval;

/**
 * The facade of the check package: analyses documents (in parallel) and runs every enabled
 * check on them (a {@link Run} takes them one by one), then compares the claims kept of all of
 * them.
 */
public final class Linter {
  /** Every check, in the order of the documentation. */
  public static final List<Check> CHECKS = List.of(
      new WeekdayCheck(), new PartsCheck(), new ConversionCheck(), new FigureMismatchCheck(),
      new DateMismatchCheck(), new FactCheck(), new RelativeDateCheck(), new TenseCheck(),
      new CountMismatchCheck(), new NameVariantCheck());

  private final RuleSet rules;
  private final Lexicon lexicon;
  private final ExchangeRates rates;
  private final Messages messages;
  private final Extractor extractor = Extractor.create();

  public Linter(RuleSet rules, ExchangeRates rates, Locale locale) {
    this.rules = rules;
    this.lexicon = Lexicon.of(rules);
    this.rates = rates;
    this.messages = new Messages(locale);
  }

  /** Parses a fact's value with the figure grammar: one mention covering the text. */
  public static Optional<Object> parseFactValue(String value) {
    List<Mention> mentions = Extractor.create().extract(value, null);
    if (mentions.size() != 1) {
      return Optional.empty();
    }
    Mention m = mentions.get(0);
    if (m.value() instanceof DateInterval d && !d.resolved()) {
      return Optional.empty();
    }
    String rest = (value.substring(0, m.start()) + value.substring(m.end())).strip();
    if (rest.length() > 12) {
      return Optional.empty();
    }
    return Optional.of(m.value());
  }

  public AnalysedDocument analyse(Document doc, java.time.LocalDate fallbackDate) {
    java.time.LocalDate date = doc.date() != null ? doc.date() : fallbackDate;
    Document dated = doc.date() != null || date == null ? doc : doc.withDate(date);
    return AnalysedDocument.of(dated, extractor.extract(dated.analysed(), date), lexicon);
  }

  /** Runs the enabled checks; findings in the fixed output order. */
  public List<Finding> check(List<AnalysedDocument> docs) {
    return check(docs, ClaimArchive.NONE);
  }

  /**
   * Runs the enabled checks on documents that are also compared with the claims of an
   * archive; findings are reported on these documents only.
   */
  public List<Finding> check(List<AnalysedDocument> docs, ClaimArchive archive) {
    return check(docs, archive, null);
  }

  /**
   * Runs the enabled checks on documents that are also compared with the claims of an
   * archive, the documents that give no date counting as published on {@code undatedPublished}
   * in the comparisons across documents (see {@link #start(ClaimArchive, LocalDate)}).
   */
  public List<Finding> check(List<AnalysedDocument> docs, ClaimArchive archive,
      LocalDate undatedPublished) {
    Run run = start(archive, undatedPublished);
    docs.parallelStream().forEach(run::add);
    return run.finish();
  }

  /**
   * Starts a run whose documents are given one by one ({@link Run#add}, from any thread), so
   * that a caller can let each document go once it is added: the run keeps only the findings
   * and the compact claims that the comparisons across documents need.
   */
  public Run start(ClaimArchive archive) {
    return new Run(archive, null);
  }

  /**
   * Starts a run in which the documents that give no date count as published on {@code
   * undatedPublished} when their claims are compared with other documents' (null: their date is
   * unknown, and they are compared with claims of any date). A draft checked against an archive
   * is about to be published: compared with all of it, it would be told that it contradicts
   * every figure of its subject ever archived, and each of its look-ups would read them all.
   * The dates the document gives itself still resolve against its own date only.
   */
  public Run start(ClaimArchive archive, LocalDate undatedPublished) {
    return new Run(archive, undatedPublished);
  }

  /** The documents of one run, checked as they come, then compared ({@link #finish}). */
  public final class Run {
    private final ClaimArchive archive;
    private final LocalDate undatedPublished;
    private final List<Check> enabled = new ArrayList<>();
    private final java.util.Map<Check, List<RunClaim>> kept = new java.util.HashMap<>();
    private final List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
    private final java.util.concurrent.atomic.AtomicInteger documents =
        new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.ConcurrentHashMap<Object, Object> shared =
        new java.util.concurrent.ConcurrentHashMap<>();
    private final RunClaim.Sets sets = new RunClaim.Sets() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> java.util.Set<T> shared(java.util.Set<T> set) {
        return (java.util.Set<T>) Run.this.shared.computeIfAbsent(set, k -> k);
      }
    };
    private boolean finished;

    private Run(ClaimArchive archive, LocalDate undatedPublished) {
      this.archive = archive;
      this.undatedPublished = undatedPublished;
      for (Check check : CHECKS) {
        CheckConfig config = rules.check(check.id());
        if (config != null && config.enabled()) {
          enabled.add(check);
          if (check instanceof CorpusCheck) {
            kept.put(check, Collections.synchronizedList(new ArrayList<>()));
          }
        }
      }
    }

    /** Checks one document and keeps what the comparisons need of it; thread-safe. */
    public void add(AnalysedDocument doc) {
      int id = documents.getAndIncrement();
      for (Check check : enabled) {
        CheckContext ctx = new CheckContext(rules.check(check.id()), lexicon, rates, messages,
            archive, undatedPublished);
        try {
          check.checkDocument(doc, ctx);
          findings.addAll(ctx.findings());
          if (check instanceof CorpusCheck corpus) {
            kept.get(check).addAll(corpus.keep(doc, id, sets, ctx));
          }
        } catch (RuntimeException | StackOverflowError e) {
          errors.add(doc.path() + ": " + check.id() + " failed (" + e + "); the other checks ran");
        }
      }
    }

    /** Compares the documents added; the findings of the run, in the fixed output order. */
    public List<Finding> finish() {
      if (finished) {
        throw new IllegalStateException("run already finished");
      }
      finished = true;
      for (Check check : enabled) {
        if (check instanceof CorpusCheck corpus) {
          CheckContext ctx = new CheckContext(rules.check(check.id()), lexicon, rates, messages,
              archive, undatedPublished);
          try {
            List<RunClaim> claims = new ArrayList<>(kept.get(check));
            // Documents were added in any order: the comparison sees them in a fixed one.
            claims.sort(java.util.Comparator.comparing(RunClaim::documentPath)
                .thenComparingInt(RunClaim::document).thenComparingInt(RunClaim::offset));
            corpus.checkKept(claims, ctx);
            findings.addAll(ctx.findings());
          } catch (ClaimArchive.Unreadable e) {
            throw e;
          } catch (RuntimeException | StackOverflowError e) {
            errors.add(check.id() + " failed (" + e + "); the other checks ran");
          }
        }
      }
      List<Finding> sorted = new ArrayList<>(findings);
      sorted.sort(Finding.ORDER);
      return dedupe(sorted);
    }
  }

  private static List<Finding> dedupe(List<Finding> sorted) {
    List<Finding> out = new ArrayList<>(sorted.size());
    Finding previous = null;
    for (Finding f : sorted) {
      if (previous != null && previous.equals(f)) {
        continue;
      }
      out.add(f);
      previous = f;
    }
    return out;
  }

  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

  /**
   * One line per check that failed on a document during {@link #check}: a defect of figlint,
   * reported without losing the other findings.
   */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  /** The descriptors of the checks that ran, for renderers. */
  public List<RuleDescriptor> descriptors() {
    List<RuleDescriptor> out = new ArrayList<>();
    for (Check check : CHECKS) {
      CheckConfig config = rules.check(check.id());
      if (config != null && config.enabled()) {
        out.add(new RuleDescriptor(check.id(), config.severity(),
            messages.get(check.id() + ".summary"), messages.get(check.id() + ".description")));
      }
    }
    return out;
  }

  public static List<CheckSpec> specs() {
    return new DefaultCheckCatalog().checks();
  }

  public Messages messages() {
    return messages;
  }
}
