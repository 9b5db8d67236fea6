package org.figlint.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import java.util.zip.GZIPInputStream;
import org.figlint.archive.Analysis;
import org.figlint.archive.Archive;
import org.figlint.archive.ArchiveException;
import org.figlint.archive.Archiver;
import org.figlint.archive.Progress;
import org.figlint.check.Linter;
import org.figlint.document.Document;
import org.figlint.document.DocumentLoader;
import org.figlint.document.InputException;
import org.figlint.document.JsonLines;
import org.figlint.document.Printable;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleException;
import org.figlint.review.Reviewer;
import org.figlint.rule.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code figlint archive}: keeps the claims of published documents in an SQLite file, so that
 * {@code figlint lint --archive FILE} compares a draft with all of them without reading them.
 */
@Command(
    name = "archive",
    mixinStandardHelpOptions = true,
    description = "Garde les affirmations des documents publiés, pour y comparer les brouillons"
        + " (lint --archive).",
    subcommands = {ArchiveCommand.Add.class, ArchiveCommand.Remove.class,
      ArchiveCommand.ListDocuments.class, ArchiveCommand.Stats.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "2:usage error, unreadable input, or a file that is not a figlint archive (left unchanged)"
    })
final class ArchiveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.ERROR.code;
  }

  /** The {@code --db} option that every archive command takes. */
  static final class DbOption {
    static final Path DEFAULT = Path.of(".figlint", "archive.db");

    @Option(names = "--db", paramLabel = "FILE",
        description = "The archive file (default: .figlint/archive.db).")
    Path db = DEFAULT;
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Analyse des documents et garde leurs affirmations ; un document modifié"
          + " remplace l'ancien, un document inchangé est passé.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption archive;

    @Option(names = "--rules", paramLabel = "DIR",
        description = "Rules folder replacing the bundled one.")
    Path rulesDir;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
        description = "Date of the documents that give none.")
    LocalDate referenceDate;

    @Parameters(arity = "1..*", paramLabel = "PATH",
        description = "Files, folders, or JSON lines archives (.jsonl, .jsonl.gz).")
    List<String> paths;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      RuleSet rules;
      try {
        rules = Reviewer.loadRules(rulesDir, List.of(), false);
      } catch (RuleException e) {
        err.println(e.getMessage());
        return ExitCode.ERROR.code;
      }
      Linter linter = new Linter(rules, ExchangeRates.bundled(), Locale.ROOT);
      Inputs inputs = new Inputs(new DocumentLoader(), InputStream.nullInputStream());
      List<Object> items = inputs.expand(paths);
      Progress progress = System.console() == null ? null
          : new Progress(err, total(items), "documents");
      IntConsumer advance = progress == null ? n -> { } : progress;
      boolean inputError = false;
      Archiver.Counts counts;
      try (Archive db = Archive.open(archive.db, true)) {
        Archiver archiver = new Archiver(db, linter, Analysis.of(rules), referenceDate,
            Archiver.BATCH, advance);
        for (Object item : items) {
          String problem = offer(inputs, item, archiver);
          if (problem != null) {
            if (progress != null) {
              err.print("\r\033[K");
            }
            err.println("figlint: " + problem);
            inputError = true;
          }
        }
        counts = archiver.finish();
      } catch (ArchiveException e) {
        if (progress != null) {
          progress.finish();
        }
        err.println("figlint: " + e.getMessage());
        return ExitCode.ERROR.code;
      }
      if (progress != null) {
        progress.finish();
      }
      PrintWriter out = spec.commandLine().getOut();
      // Unchanged documents that another figlint or lexicon archived are analysed again.
      out.printf(Locale.ROOT, "%s: %d added, %d replaced, %d unchanged%s (%d claims written)%n",
          archive.db, counts.added(), counts.replaced(), counts.unchanged(),
          counts.reanalysed() == 0 ? ""
              : String.format(Locale.ROOT, ", %d analysed again (archived by another figlint or"
                  + " lexicon)", counts.reanalysed()),
          counts.claims());
      out.flush();
      return inputError ? ExitCode.ERROR.code : ExitCode.OK.code;
    }

    /** Hands the documents of one input to the archiver; the problem that stopped it, or null. */
    private static String offer(Inputs inputs, Object item, Archiver archiver) {
      if (item instanceof Inputs.Loaded failed) {
        return failed.error();
      }
      String path = (String) item;
      if (path.equals("-")) {
        return "-: standard input has no path to archive it under";
      }
      try {
        if (JsonLines.handles(path)) {
          JsonLines.forEach(Path.of(path), Inputs.display(path),
              (doc, line) -> archiver.offer(doc, line.getBytes(StandardCharsets.UTF_8)));
          return null;
        }
        Inputs.Loaded loaded = inputs.load(path);
        if (loaded.error() != null) {
          return loaded.error();
        }
        byte[] bytes = Files.readAllBytes(Path.of(path));
        for (Document doc : loaded.documents()) {
          archiver.offer(doc, bytes);
        }
        return null;
      } catch (InputException e) {
        return e.getMessage();
      } catch (IOException e) {
        return path + ": cannot read (" + e.getMessage() + ")";
      }
    }

    /** How many documents the inputs hold, for the progress bar (JSON lines are counted). */
    private static long total(List<Object> items) {
      long total = 0;
      for (Object item : items) {
        if (item instanceof String path && JsonLines.handles(path)) {
          total += lines(Path.of(path));
        } else {
          total++;
        }
      }
      return total;
    }

    private static long lines(Path file) {
      try (InputStream raw = Files.newInputStream(file);
          InputStream in = file.toString().toLowerCase(Locale.ROOT).endsWith(".gz")
              ? new GZIPInputStream(raw, 1 << 16) : raw;
          BufferedReader reader = new BufferedReader(
              new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
        return reader.lines().filter(l -> !l.isBlank()).count();
      } catch (IOException | java.io.UncheckedIOException e) {
        return 0;
      }
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true,
      description = "Retire des documents de l'archive (un chemin, un dossier ou une archive"
          + " JSON lines).")
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption archive;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Paths as they were added.")
    List<String> paths;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      int removed = 0;
      boolean missing = false;
      try (Archive db = Archive.open(archive.db, false)) {
        for (String path : paths) {
          int n = db.remove(Inputs.display(path));
          if (n == 0) {
            err.println("figlint: " + path + ": not in the archive");
            missing = true;
          }
          removed += n;
        }
      } catch (ArchiveException e) {
        err.println("figlint: " + e.getMessage());
        return ExitCode.ERROR.code;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "%s: %d removed%n", archive.db, removed);
      out.flush();
      return missing ? ExitCode.ERROR.code : ExitCode.OK.code;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Liste les documents archivés : chemin, date, affirmations, titre"
          + " (séparés par des tabulations).")
  static final class ListDocuments implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption archive;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Archive db = Archive.open(archive.db, false)) {
        // One line per document, its fields between tabs: a tab or a control character of a
        // path or title (an escape sequence would act on the terminal) is shown as its symbol.
        db.list(d -> out.println(String.join("\t", field(d.path()),
            d.date() == null ? "-" : d.date().toString(), Integer.toString(d.claims()),
            d.title() == null ? "" : field(d.title().replaceAll("\\s+", " ")))));
      } catch (ArchiveException e) {
        spec.commandLine().getErr().println("figlint: " + e.getMessage());
        return ExitCode.ERROR.code;
      }
      out.flush();
      return ExitCode.OK.code;
    }

    private static String field(String text) {
      return Printable.visible(text).replace('\t', '\u2409');
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Résume l'archive : documents, affirmations par nature, dates, taille.")
  static final class Stats implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOption archive;

    @Option(names = "--rules", paramLabel = "DIR",
        description = "Rules folder replacing the bundled one (whose lexicon the documents'"
            + " analysis is compared with).")
    Path rulesDir;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      String analysis;
      try {
        analysis = Analysis.of(Reviewer.loadRules(rulesDir, List.of(), false));
      } catch (RuleException e) {
        err.println(e.getMessage());
        return ExitCode.ERROR.code;
      }
      Archive.Stats s;
      long current;
      try (Archive db = Archive.open(archive.db, false)) {
        s = db.stats();
        current = db.analysedBy(analysis);
      } catch (ArchiveException e) {
        err.println("figlint: " + e.getMessage());
        return ExitCode.ERROR.code;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "archive     %s (schema version %d)%n", archive.db, s.version());
      out.printf(Locale.ROOT, "documents   %d%n", s.documents());
      out.printf(Locale.ROOT, "claims      %d%n", s.claims());
      for (Map.Entry<String, Long> kind : s.claimsPerKind().entrySet()) {
        out.printf(Locale.ROOT, "  %-9s %d%n", kind.getKey(), kind.getValue());
      }
      out.printf(Locale.ROOT, "dates       %s%n", s.firstDate() == null ? "-"
          : s.firstDate() + " .. " + s.lastDate());
      out.printf(Locale.ROOT, "size        %d bytes (%s per claim)%n", s.bytes(),
          s.claims() == 0 ? "-" : Long.toString(s.bytes() / s.claims()));
      out.printf(Locale.ROOT, "current     %d of %d documents analysed by this figlint and"
          + " lexicon%s%n", current, s.documents(), current == s.documents() ? ""
              : "; archive add of the others analyses them again");
      out.flush();
      return ExitCode.OK.code;
    }
  }
}
