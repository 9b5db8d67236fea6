package org.figlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.figlint.archive.Archive;
import org.figlint.archive.ArchiveException;
import org.figlint.check.Linter;
import org.figlint.check.Suppressions;
import org.figlint.claim.AnalysedDocument;
import org.figlint.document.Document;
import org.figlint.claim.ClaimArchive;
import org.figlint.document.DocumentLoader;
import org.figlint.report.Finding;
import org.figlint.report.Renderer;
import org.figlint.report.Renderers;
import org.figlint.report.Report;
import org.figlint.report.Severity;
import org.figlint.report.ShownDocument;
import org.figlint.report.Texts;
import org.figlint.review.Reviewer;
import org.figlint.check.Timelines;
import org.figlint.report.SourceText;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.ProjectConfig;
import org.figlint.rule.RuleException;
import org.figlint.rule.RuleSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code figlint lint}: checks documents against each other and the fact base. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = "Signale les chiffres et les dates incohérents entre eux ou avec la base de faits.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding reached the --fail-on threshold",
      "1:at least one finding reached the --fail-on threshold",
      "2:usage error, broken rule or configuration file, or unreadable input"
    })
final class LintCommand implements Callable<Integer> {
  enum FailOn { error, warning, info, never }

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(names = "--format", defaultValue = "text",
      description = "text, json, sarif, github, checkstyle, junit or html (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE.")
  Path output;

  @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder replacing the bundled one.")
  Path rulesDir;

  @Option(names = "--facts", paramLabel = "FILE", description = "Extra fact file (repeatable).")
  List<Path> facts = new ArrayList<>();

  @Option(names = "--no-default-facts", description = "Do not load the bundled fact files.")
  boolean noDefaultFacts;

  @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
      description = "Date of the documents that give none (without it, --archive compares"
          + " them as published today).")
  LocalDate referenceDate;

  @Option(names = "--fail-on", defaultValue = "warning",
      description = "error, warning, info or never (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--lang", defaultValue = "fr", description = "Language of messages: fr or en.")
  String lang;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Project settings to use instead of the nearest .figlint.yaml.")
  Path configFile;

  @Option(names = "--no-config", description = "Do not read any .figlint.yaml.")
  boolean noConfig;

  @Option(names = "--archive", paramLabel = "FILE",
      description = "Also compare with the claims of this archive (figlint archive), read-only.")
  Path archive;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
  List<String> paths;

  /** Text kept for excerpts ({@link #KEPT_CHARS}; tests set another). */
  long keptChars = KEPT_CHARS;

  /** Where .figlint.yaml is looked for: the current folder (tests set another). */
  Path workingDirectory = Path.of("").toAbsolutePath();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ProjectConfig config;
    try {
      config = ProjectSettings.read(configFile, noConfig, workingDirectory);
    } catch (RuleException e) {
      err.println(e.getMessage());
      return ExitCode.ERROR.code;
    }
    applySettings(config);
    if (!lang.equals("fr") && !lang.equals("en")) {
      err.println("figlint: --lang must be fr or en, not '" + lang + "'");
      return ExitCode.ERROR.code;
    }
    Renderer renderer;
    Locale locale = Locale.forLanguageTag(lang);
    try {
      renderer = Renderers.byName(format, locale);
    } catch (IllegalArgumentException e) {
      err.println("figlint: " + e.getMessage());
      return ExitCode.ERROR.code;
    }
    RuleSet rules;
    try {
      rules = Reviewer.loadRules(rulesDir, facts, !noDefaultFacts).withOverrides(config.checks().values());
    } catch (RuleException e) {
      err.println(e.getMessage());
      return ExitCode.ERROR.code;
    }
    Archive archived;
    try {
      archived = archive == null ? null : Archive.openReadOnly(archive);
      if (archived != null) {
        archived.warmLookups();
      }
    } catch (ArchiveException e) {
      err.println("figlint: " + e.getMessage());
      return ExitCode.ERROR.code;
    }
    // The fingerprint of this run's analysis, which the archive's documents are compared with
    // at the end, worked out on a spare core while the documents are.
    FutureTask<String> analysis = null;
    if (archived != null) {
      RuleSet lexicon = rules;
      analysis = new FutureTask<>(() -> org.figlint.archive.Analysis.of(lexicon));
      Thread thread = new Thread(analysis, "figlint-analysis-fingerprint");
      thread.setDaemon(true);
      thread.start();
    }
    Linter linter = new Linter(rules, ExchangeRates.bundled(), locale);
    Inputs inputs = input.inputs(System.in, ProjectSettings.walker(config));
    Suppressions suppressions = new Suppressions(linter.messages());
    List<Object> items = inputs.expand(paths);
    Progress progress = Progress.onTerminal(err, locale);
    progress.start(items.size());
    Streamed run;
    List<Finding> findings;
    // A document that gives no date, checked against an archive, is a draft about to be
    // published: today's, unless --reference-date says otherwise.
    LocalDate today = LocalDate.now();
    long otherwise; // archived documents whose claims another analysis made
    try (archived) {
      run = new Streamed(archived == null ? linter.start(ClaimArchive.NONE)
          : linter.start(archived, today), suppressions.collector(), renderer);
      for (int from = 0; from < items.size(); from += BATCH) {
        run.batch(items.subList(from, Math.min(items.size(), from + BATCH)), inputs, linter,
            progress);
      }
      progress.checking();
      findings = run.directives.apply(run.run.finish());
      otherwise = archived == null ? 0 : archived.analysedOtherwise(join(analysis));
    } catch (ArchiveException e) {
      err.println("figlint: " + e.getMessage());
      return ExitCode.ERROR.code;
    }
    for (String error : run.errors) {
      err.println("figlint: " + error);
    }
    if (archive != null && referenceDate == null && run.undated.get() > 0) {
      // Said, since it decides which archived claims the draft is compared with.
      int n = run.undated.get();
      err.println("figlint: " + (n == 1 ? run.firstUndated.get() + " gives" : n + " documents give")
          + " no date: compared with the archive as published today (" + today
          + "); a 'date' line or --reference-date dates " + (n == 1 ? "it" : "them"));
    }
    if (otherwise > 0) {
      // Their claims are what another grammar or lexicon read: findings may be missed or wrong.
      err.println("figlint: " + Reviewer.analysedOtherwise(archive, otherwise));
    }
    boolean inputError = !run.errors.isEmpty();
    List<String> files = run.files;
    List<AnalysedDocument> docs = run.kept;
    progress.finish((int) findings.stream().filter(f -> !f.suppressed()).count());
    Report report = new Report(findings, suppressions.descriptors(linter.descriptors(), findings),
        Report.VERSION, files);
    SourceText sources = renderer.showsSourceLines()
        ? run.sourceLines(findings, items, inputs) : SourceText.none();
    List<Finding> reported = findings;
    Texts texts = new Texts(
        docs.stream().map(d -> new ShownDocument(d.document(), d.mentions())).toList(),
        () -> Timelines.of(docs, reported));
    if (output != null) {
      try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        renderer.render(report, sources, texts, w);
      } catch (IOException e) {
        err.println("figlint: cannot write " + output + " (" + DocumentLoader.reason(e) + ")");
        return ExitCode.ERROR.code;
      }
    } else {
      Writer w = spec.commandLine().getOut();
      renderer.render(report, sources, texts, w);
      w.flush();
    }
    for (String error : linter.errors()) {
      err.println("figlint: internal error: " + error);
      inputError = true;
    }
    if (inputError) {
      return ExitCode.ERROR.code;
    }
    return failing(findings) ? ExitCode.FINDINGS.code : ExitCode.OK.code;
  }

  /** A document analysed, or the one-line error that stopped it. */
  private record Analysis(AnalysedDocument document, String error) {}

  /** Inputs read, analysed and checked together; their documents are then let go. */
  static final int BATCH = 256;

  /**
   * Text kept for the source lines of findings, in characters: documents beyond it are read
   * again for the lines of their findings, so that memory does not grow with the run.
   */
  static final long KEPT_CHARS = 32_000_000;

  /**
   * A run whose documents are read, analysed and checked a batch of inputs at a time, then let
   * go: what stays is the findings, the compact claims of the comparisons across documents,
   * the suppression directives and the paths. The formats that show whole texts keep every
   * document; the text format keeps documents up to {@link #KEPT_CHARS} for its excerpts.
   */
  private final class Streamed {
    final Linter.Run run;
    final Suppressions.Collector directives;
    final boolean keepAll;
    final boolean keepSome;
    final java.util.concurrent.atomic.AtomicLong budget =
        new java.util.concurrent.atomic.AtomicLong(keptChars);
    final List<String> files = new ArrayList<>();
    final List<AnalysedDocument> kept = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    /** The documents that gave no date, and the path of the first of them. */
    final java.util.concurrent.atomic.AtomicInteger undated =
        new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicReference<String> firstUndated =
        new java.util.concurrent.atomic.AtomicReference<>();

    Streamed(Linter.Run run, Suppressions.Collector directives, Renderer renderer) {
      this.run = run;
      this.directives = directives;
      this.keepAll = renderer.showsTexts();
      this.keepSome = renderer.showsSourceLines();
    }

    /** One document done: its path, the document when kept, or the error that stopped it. */
    private record Done(String path, AnalysedDocument kept, String error) {}

    void batch(List<Object> batch, Inputs inputs, Linter linter, Progress progress) {
      List<List<Done>> results = batch.parallelStream().map(item -> {
        Inputs.Loaded loaded = inputs.load(item);
        List<Done> out = new ArrayList<>();
        if (loaded.error() != null) {
          out.add(new Done(null, null, loaded.error()));
        }
        progress.more(loaded.documents().size() - 1);
        boolean stdin = "-".equals(item);
        out.addAll(loaded.documents().parallelStream().map(d -> {
          Analysis a = analyse(linter, d);
          progress.documentDone(d.text());
          if (a.error() != null) {
            return new Done(d.path(), null, a.error());
          }
          run.add(a.document());
          if (a.document().date() == null && undated.getAndIncrement() == 0) {
            firstUndated.set(d.path());
          }
          directives.add(d);
          boolean keep = keepAll || keepSome
              && (stdin || budget.addAndGet(-d.text().length()) >= 0);
          return new Done(d.path(), keep ? a.document() : null, null);
        }).toList());
        return out;
      }).toList();
      for (List<Done> item : results) {
        for (Done d : item) {
          if (d.error() != null) {
            errors.add(d.error());
          } else {
            files.add(d.path());
            if (d.kept() != null) {
              kept.add(d.kept());
            }
          }
        }
      }
    }

    /**
     * The source lines of the findings: from the documents kept, else from their inputs read
     * again (standard input is always kept).
     */
    SourceText sourceLines(List<Finding> findings, List<Object> items, Inputs inputs) {
      Map<String, org.figlint.document.LineMap> lines = new HashMap<>();
      for (AnalysedDocument d : kept) {
        lines.put(d.path(), d.lines());
      }
      java.util.Set<String> missing = new java.util.HashSet<>();
      for (Finding f : findings) {
        if (!lines.containsKey(f.location().file())) {
          missing.add(f.location().file());
        }
      }
      if (!missing.isEmpty()) {
        // The inputs that hold them: a file, or the archive of an article ("news.jsonl#12").
        java.util.Set<String> holders = new java.util.HashSet<>(missing);
        for (String m : missing) {
          for (int hash = m.indexOf('#'); hash > 0; hash = m.indexOf('#', hash + 1)) {
            holders.add(m.substring(0, hash));
          }
        }
        List<Object> again = new ArrayList<>();
        for (Object item : items) {
          if (item instanceof String path && !path.equals("-")
              && holders.contains(Inputs.display(path))) {
            again.add(item);
          }
        }
        List<Map<String, org.figlint.document.LineMap>> found = again.parallelStream().map(item -> {
          Map<String, org.figlint.document.LineMap> out = new HashMap<>();
          for (Document d : inputs.load(item).documents()) {
            if (missing.contains(d.path())) {
              out.put(d.path(), d.lines());
            }
          }
          return out;
        }).toList();
        found.forEach(lines::putAll);
      }
      return (file, line) -> {
        org.figlint.document.LineMap map = lines.get(file);
        return map == null ? Optional.empty() : Optional.of(map.line(line));
      };
    }
  }

  private static <T> T join(FutureTask<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private Analysis analyse(Linter linter, Document doc) {
    try {
      return new Analysis(linter.analyse(doc, referenceDate), null);
    } catch (StackOverflowError | OutOfMemoryError e) {
      return new Analysis(null, Inputs.tooLarge(doc.path(), e));
    }
  }

  private boolean failing(List<Finding> findings) {
    if (failOn == FailOn.never) {
      return false;
    }
    Severity threshold = Severity.parse(failOn.name());
    return findings.stream().anyMatch(f -> !f.suppressed() && f.severity().reaches(threshold));
  }

  /** Takes from the project settings what the command line did not give. */
  private void applySettings(ProjectConfig config) {
    CommandLine.ParseResult given = spec.commandLine().getParseResult();
    if (config.format() != null && !given.hasMatchedOption("--format")) {
      format = config.format();
    }
    if (config.failOn() != null && !given.hasMatchedOption("--fail-on")) {
      failOn = FailOn.valueOf(config.failOn());
    }
    if (config.lang() != null && !given.hasMatchedOption("--lang")) {
      lang = config.lang();
    }
    if (config.referenceDate() != null && referenceDate == null) {
      referenceDate = config.referenceDate();
    }
    if (config.archive() != null && archive == null) {
      archive = config.archive();
    }
    if (config.rules() != null && rulesDir == null) {
      rulesDir = config.rules();
    }
    facts = ProjectSettings.facts(config.facts(), facts);
  }



}
