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
      description = "Date of the documents that give none.")
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
    } catch (ArchiveException e) {
      err.println("figlint: " + e.getMessage());
      return ExitCode.ERROR.code;
    }
    Linter linter = new Linter(rules, ExchangeRates.bundled(), locale);
    Inputs inputs = input.inputs(System.in, ProjectSettings.walker(config));
    boolean inputError = false;
    List<AnalysedDocument> docs = new ArrayList<>();
    List<Object> items = inputs.expand(paths);
    List<Inputs.Loaded> loaded = items.parallelStream().map(inputs::load).toList();
    List<String> files = new ArrayList<>();
    for (Inputs.Loaded l : loaded) {
      if (l.error() != null) {
        err.println("figlint: " + l.error());
        inputError = true;
      }
    }
    List<Document> documents = loaded.stream().flatMap(l -> l.documents().stream()).toList();
    Progress progress = Progress.onTerminal(err, locale);
    progress.start(documents.size());
    List<Analysis> analysed = documents.parallelStream().map(d -> {
      Analysis a = analyse(linter, d);
      progress.documentDone(d.text());
      return a;
    }).toList();
    for (Analysis a : analysed) {
      if (a.error() != null) {
        err.println("figlint: " + a.error());
        inputError = true;
      } else {
        docs.add(a.document());
      }
    }
    progress.checking();
    Map<String, AnalysedDocument> byPath = new HashMap<>();
    for (AnalysedDocument d : docs) {
      files.add(d.path());
      byPath.put(d.path(), d);
    }
    Suppressions suppressions = new Suppressions(linter.messages());
    List<Finding> findings;
    try (archived) {
      findings = suppressions.apply(
          linter.check(docs, archived == null ? ClaimArchive.NONE : archived),
          docs.stream().map(AnalysedDocument::document).toList());
    } catch (ArchiveException e) {
      err.println("figlint: " + e.getMessage());
      return ExitCode.ERROR.code;
    }
    progress.finish((int) findings.stream().filter(f -> !f.suppressed()).count());
    Report report = new Report(findings, suppressions.descriptors(linter.descriptors(), findings),
        Report.VERSION, files);
    SourceText sources = (file, line) -> {
      AnalysedDocument d = byPath.get(file);
      return d == null ? Optional.empty() : Optional.of(d.lines().line(line));
    };
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
