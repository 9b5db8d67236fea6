package org.figlint.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.figlint.archive.Analysis;
import org.figlint.archive.Archive;
import org.figlint.archive.ArchiveException;
import org.figlint.check.Linter;
import org.figlint.check.NameVariantCheck;
import org.figlint.check.Suppressions;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.ClaimArchive;
import org.figlint.claim.Lexicon;
import org.figlint.document.Document;
import org.figlint.report.Finding;
import org.figlint.report.Renderers;
import org.figlint.rule.CompiledRules;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.ProjectConfig;
import org.figlint.rule.ProjectConfigLoader;
import org.figlint.rule.RuleException;
import org.figlint.rule.RuleLoader;
import org.figlint.rule.RuleSet;

/**
 * Lints texts held in memory with one project's rules, fact base, reference date and archive,
 * as {@code figlint lint} does for files: the facade that the language server and the HTTP
 * server share. Thread-safe: each review reads the archive through its own read-only
 * connection.
 */
public final class Reviewer {
  private final RuleSet rules;
  private final ExchangeRates rates;
  private final Locale locale;
  private final LocalDate referenceDate;
  private final Path archive;

  /**
   * @param archive an archive file to compare with (read-only), or null
   * @param referenceDate the date of texts that give none, or null
   */
  public Reviewer(RuleSet rules, ExchangeRates rates, Locale locale, LocalDate referenceDate,
      Path archive) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.rates = Objects.requireNonNull(rates, "rates");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.referenceDate = referenceDate;
    this.archive = archive;
  }

  /** The bundled rules and facts, French messages, no archive. */
  public static Reviewer bundled() {
    return new Reviewer(loadRules(null, List.of(), true), ExchangeRates.bundled(), Locale.FRENCH,
        null, null);
  }

  /**
   * A reviewer with the settings of the nearest {@code .figlint.yaml} at or above
   * {@code directory} (the bundled defaults without one).
   *
   * @throws RuleException when the settings, rules or facts are broken (one line, with position)
   */
  public static Reviewer forProject(Path directory) {
    ProjectConfig config = ProjectConfig.none();
    Optional<Path> found = directory == null ? Optional.empty() : ProjectConfig.find(directory);
    if (found.isPresent()) {
      config = new ProjectConfigLoader(new DefaultCheckCatalog(), Renderers.names())
          .load(found.get(), found.get().toString().replace('\\', '/'));
    }
    return forConfig(config);
  }

  /** A reviewer with the given project settings. */
  public static Reviewer forConfig(ProjectConfig config) {
    RuleSet rules = loadRules(config.rules(), config.facts(), true)
        .withOverrides(config.checks().values());
    Locale locale = "en".equals(config.lang()) ? Locale.ENGLISH : Locale.FRENCH;
    return new Reviewer(rules, ExchangeRates.bundled(), locale, config.referenceDate(),
        config.archive());
  }

  /** The bundled rules read ahead by {@link #prefetchBundledRules}, until a load takes them. */
  private static final AtomicReference<CompletableFuture<RuleSet>> PREFETCHED =
      new AtomicReference<>();

  /**
   * Reads the bundled rules and facts on the calling thread, a spare one at start-up, for the
   * next {@code loadRules(null, [], true)} to take instead of reading them itself, then makes
   * their lexicon for the first linter, and name-variant's index of it. The rules are
   * immutable, so taking them is the same as reading them.
   */
  public static void prefetchBundledRules() {
    CompletableFuture<RuleSet> rules = new CompletableFuture<>();
    if (!PREFETCHED.compareAndSet(null, rules)) {
      return;
    }
    RuleSet read;
    try {
      read = read(null, List.of(), true);
    } catch (RuntimeException | Error e) {
      rules.completeExceptionally(e);
      return;
    }
    rules.complete(read);
    // The lexicon that the first linter of these rules takes, with name-variant's index of it.
    NameVariantCheck.prepare(Lexicon.of(read));
  }

  /** Loads a rules folder (null: the bundled one) with extra fact files. */
  public static RuleSet loadRules(Path dir, List<Path> extraFacts, boolean defaultFacts) {
    if (dir == null && extraFacts.isEmpty() && defaultFacts) {
      CompletableFuture<RuleSet> prefetched = PREFETCHED.getAndSet(null);
      if (prefetched != null) {
        try {
          return prefetched.join();
        } catch (CompletionException e) {
          // The very exception the load would have thrown here (a RuleException, an Error).
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw (Error) e.getCause();
        }
      }
    }
    return read(dir, extraFacts, defaultFacts);
  }

  /**
   * Reads rules: the bundled ones from their compiled form when nothing is added to them (the
   * rule files otherwise, or when the form is missing), a rules folder from its files.
   */
  private static RuleSet read(Path dir, List<Path> extraFacts, boolean defaultFacts) {
    if (dir == null && extraFacts.isEmpty()) {
      Optional<RuleSet> compiled = CompiledRules.bundled(Reviewer.class.getClassLoader());
      if (compiled.isPresent()) {
        RuleSet rules = compiled.get();
        return defaultFacts ? rules
            : new RuleSet(rules.checks(), rules.entities(), rules.predicates(), List.of());
      }
    }
    return readFiles(dir, extraFacts, defaultFacts);
  }

  /** Reads rules from their files, the bundled ones from the classpath when {@code dir} is null. */
  static RuleSet readFiles(Path dir, List<Path> extraFacts, boolean defaultFacts) {
    RuleLoader loader = new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue);
    return dir == null ? loader.loadBundled(extraFacts, defaultFacts)
        : loader.load(dir, extraFacts, defaultFacts);
  }

  public Locale locale() {
    return locale;
  }

  public ExchangeRates rates() {
    return rates;
  }

  public RuleSet rules() {
    return rules;
  }

  /** Reviews one text. */
  public Review review(Source source) {
    return review(List.of(source));
  }

  /** Reviews texts together: they are checked against each other, the facts and the archive. */
  public Review review(List<Source> sources) {
    Linter linter = new Linter(rules, rates, locale);
    List<String> errors = new ArrayList<>();
    List<AnalysedDocument> docs = new ArrayList<>();
    for (Source s : sources) {
      stopIfInterrupted();
      Document doc = read(s);
      try {
        docs.add(linter.analyse(doc, referenceDate));
      } catch (StackOverflowError | OutOfMemoryError e) {
        errors.add(s.path() + ": text too large to analyse");
      }
    }
    stopIfInterrupted();
    List<Finding> findings;
    Suppressions suppressions = new Suppressions(linter.messages());
    List<Document> documents = docs.stream().map(AnalysedDocument::document).toList();
    List<String> notices = new ArrayList<>();
    if (archive != null) {
      List<Finding> raw;
      try (Archive a = Archive.openReadOnly(archive)) {
        // An undated text is a draft about to be published: compared as today's.
        raw = linter.check(docs, a, LocalDate.now());
        long otherwise = a.analysedOtherwise(analysis());
        if (otherwise > 0) {
          notices.add(analysedOtherwise(archive, otherwise));
        }
      } catch (ArchiveException e) {
        errors.add(e.getMessage());
        raw = linter.check(docs, ClaimArchive.NONE);
      }
      findings = suppressions.apply(raw, documents);
    } else {
      findings = suppressions.apply(linter.check(docs, ClaimArchive.NONE), documents);
    }
    errors.addAll(linter.errors());
    return new Review(docs, findings, suppressions.descriptors(linter.descriptors(), findings),
        org.figlint.report.Report.VERSION, errors, rules, notices);
  }

  /** The fingerprint of this reviewer's analysis ({@link Analysis}), worked out once. */
  private String analysis() {
    String known = analysis;
    if (known == null) {
      known = Analysis.of(rules);
      analysis = known; // a race only works it out twice
    }
    return known;
  }

  private volatile String analysis;

  /**
   * What to say of an archive that holds {@code count} documents that another figlint or
   * lexicon analysed than {@code rules}'s: their claims may not be what this one would find.
   */
  public static String analysedOtherwise(Path archive, long count) {
    return archive + ": " + count
        + (count == 1 ? " archived document was" : " archived documents were")
        + " analysed by another figlint or lexicon than the one in use: their claims may not be"
        + " what it would find; 'figlint archive add' of them with the same rules reads them"
        + " again";
  }

  /**
   * A review whose thread is interrupted (a server's request past its deadline) stops between
   * documents and before the checks, instead of running to its end for nobody.
   */
  private static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new java.util.concurrent.CancellationException("review interrupted");
    }
  }

  private static Document read(Source s) {
    Document doc = s.format().read(s.text(), s.path());
    return s.date() != null ? doc.withDate(s.date()) : doc;
  }
}
