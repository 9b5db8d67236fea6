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
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.ClaimArchive;
import org.figlint.document.DocumentLoader;
import org.figlint.report.Finding;
import org.figlint.report.Renderer;
import org.figlint.report.Renderers;
import org.figlint.report.Report;
import org.figlint.report.Severity;
import org.figlint.report.SourceText;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleException;
import org.figlint.rule.RuleLoader;
import org.figlint.rule.RuleSet;
import picocli.CommandLine.Command;
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

  @Option(names = "--format", defaultValue = "text",
      description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
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

  @Option(names = "--archive", paramLabel = "FILE",
      description = "Also compare with the claims of this archive (figlint archive), read-only.")
  Path archive;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
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
      rules = loadRules(rulesDir, facts, !noDefaultFacts);
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
    Inputs inputs = new Inputs(new DocumentLoader(), System.in);
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
    docs.addAll(loaded.stream().flatMap(l -> l.documents().stream()).toList().parallelStream()
        .map(d -> linter.analyse(d, referenceDate)).toList());
    Map<String, AnalysedDocument> byPath = new HashMap<>();
    for (AnalysedDocument d : docs) {
      files.add(d.path());
      byPath.put(d.path(), d);
    }
    List<Finding> findings;
    try (archived) {
      findings = linter.check(docs, archived == null ? ClaimArchive.NONE : archived);
    } catch (ArchiveException e) {
      err.println("figlint: " + e.getMessage());
      return ExitCode.ERROR.code;
    }
    Report report = new Report(findings, linter.descriptors(), version(), files);
    SourceText sources = (file, line) -> {
      AnalysedDocument d = byPath.get(file);
      return d == null ? Optional.empty() : Optional.of(d.lines().line(line));
    };
    if (output != null) {
      try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        renderer.render(report, sources, w);
      }
    } else {
      Writer w = spec.commandLine().getOut();
      renderer.render(report, sources, w);
      w.flush();
    }
    if (inputError) {
      return ExitCode.ERROR.code;
    }
    return failing(findings) ? ExitCode.FINDINGS.code : ExitCode.OK.code;
  }

  private boolean failing(List<Finding> findings) {
    if (failOn == FailOn.never) {
      return false;
    }
    Severity threshold = Severity.parse(failOn.name());
    return findings.stream().anyMatch(f -> !f.suppressed() && f.severity().reaches(threshold));
  }

  static RuleSet loadRules(Path dir, List<Path> extraFacts, boolean defaultFacts) {
    RuleLoader loader = new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue);
    return dir == null ? loader.loadBundled(extraFacts, defaultFacts)
        : loader.load(dir, extraFacts, defaultFacts);
  }

  static String version() {
    String v = LintCommand.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0" : v;
  }

}
