package org.figlint.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.figlint.archive.Archive;
import org.figlint.check.Values;
import org.figlint.document.DocumentLoader;
import org.figlint.parse.Extractor;
import org.figlint.review.Reviewer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** Entry point: {@code figlint <command> ...}. */
@Command(
    name = "figlint",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Vérifie la cohérence des chiffres et des dates d'un texte en français.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding reached the --fail-on threshold",
      "1:at least one finding reached the --fail-on threshold",
      "2:usage error, broken rule or configuration file, or unreadable input"
    })
public final class Main implements Runnable {
  static final String DEBUG = "--debug";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = DEBUG, scope = ScopeType.INHERIT,
      description = "Print the stack trace of internal errors.")
  boolean debug;

  public static void main(String[] args) {
    if (args.length > 0 && READS_FIGURES.contains(args[0])) {
      // While the command line and the settings are read: the grammar's tables, the bundled
      // rules (their compiled form) and SQLite's native code when an archive is named, each on
      // a thread of its own, so that the grammar is ready when the first document comes even
      // though the rules take longer. The exchange rates (2 MB) are left to the first money in
      // another currency: most texts have none.
      if (args[0].equals("lint") && Arrays.stream(args).anyMatch(
          a -> a.equals("--archive") || a.startsWith("--archive="))) {
        headStart("figlint-warm-up-archive", Archive::warmUp);
      }
      headStart("figlint-warm-up-grammar", Extractor::warmUp);
      if (args[0].equals("lint")) {
        headStart("figlint-warm-up", () -> {
          Reviewer.prefetchBundledRules();
          Values.warmUp(Locale.FRENCH); // the language of messages unless --lang says otherwise
        });
      }
    }
    System.exit(commandLine(args).execute(args));
  }

  /**
   * picocli's setting that leaves out some of its own type converters: those of java.sql and
   * java.time. No option of figlint has such a type but dates, which have their own converter
   * ({@link Handlers}); making them reads those classes by reflection and initializes them,
   * java.time's formatters and java.sql's driver manager included, which cost every run, {@code
   * --version} too, about 10 ms before its first step. A value given by the user is kept.
   */
  static final String CONVERTERS_EXCLUDED = "picocli.converters.excludes";

  static void leaveOutUnusedConverters() {
    if (System.getProperty(CONVERTERS_EXCLUDED) == null) {
      System.setProperty(CONVERTERS_EXCLUDED, "java\\.(sql|time)\\..*");
    }
  }

  /**
   * The subcommands by name, in the order of {@code --help}. They are registered in code rather
   * than in the {@code @Command} annotation so that a run builds only the one it uses: picocli
   * reads each command's annotations by reflection, which costs a short run about a tenth of a
   * second for all of them.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("lint", LintCommand.class);
    all.put("archive", ArchiveCommand.class);
    all.put("extract", ExtractCommand.class);
    all.put("rules", RulesCommand.class);
    all.put("explain", ExplainCommand.class);
    all.put("init", InitCommand.class);
    all.put("bench", BenchCommand.class);
    all.put("lsp", LspCommand.class);
    all.put("serve", ServeCommand.class);
    all.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(all);
  }

  /**
   * The subcommands that parsing {@code args} can reach: only the one named when the arguments
   * are {@code [--debug...] NAME ...} with NAME a subcommand other than {@code help}, none for
   * {@code --version} alone, and all of them otherwise (the help and error messages name
   * them).
   */
  static Collection<Class<?>> needed(String... args) {
    boolean version = false;
    for (String arg : args) {
      if (arg.equals(DEBUG)) {
        continue;
      }
      if (arg.equals("-V") || arg.equals("--version")) {
        version = true;
        continue;
      }
      Class<?> named = version || arg.equals("help") ? null : SUBCOMMANDS.get(arg);
      return named == null ? SUBCOMMANDS.values() : List.of(named);
    }
    return version ? List.of() : SUBCOMMANDS.values();
  }

  /** Runs {@code work} on a daemon thread: only a head start, whose failures are ignored. */
  private static void headStart(String name, Runnable work) {
    Thread thread = new Thread(() -> {
      try {
        work.run();
      } catch (RuntimeException | Error e) {
        // The command itself meets and reports any such problem.
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** The commands that extract figures, for which the grammar is warmed up at start. */
  private static final java.util.Set<String> READS_FIGURES =
      java.util.Set.of("lint", "extract", "archive", "serve", "lsp");

  /** The configured command line with every subcommand, used by tests to run commands in-process. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /** The configured command line with the subcommands that {@code args} can reach. */
  static CommandLine commandLine(String... args) {
    leaveOutUnusedConverters();
    CommandLine cl = new CommandLine(new Main());
    // Before the settings below, which picocli applies to the subcommands present.
    for (Class<?> subcommand : needed(args)) {
      cl.addSubcommand(subcommand);
    }
    Handlers handlers = new Handlers(cl);
    cl.registerConverter(LocalDate.class, handlers);
    cl.setExitCodeExceptionMapper(handlers);
    cl.setParameterExceptionHandler(handlers);
    cl.setExecutionExceptionHandler(handlers);
    cl.setExecutionStrategy(handlers);
    return cl;
  }

  /**
   * How the command line converts dates, reports errors and runs a command. A class rather than
   * lambdas: making a lambda's class while the launcher's class-data archive is dumped links the
   * picocli interface it implements, and the archive then leaves out that interface (its class
   * file is of an old version) and every class that implements it, which a run loads again.
   */
  private static final class Handlers implements CommandLine.ITypeConverter<LocalDate>,
      CommandLine.IExitCodeExceptionMapper, CommandLine.IParameterExceptionHandler,
      CommandLine.IExecutionExceptionHandler, CommandLine.IExecutionStrategy {
    private final CommandLine commandLine;
    private final CommandLine.IExecutionStrategy run = new CommandLine.RunLast();

    Handlers(CommandLine commandLine) {
      this.commandLine = commandLine;
    }

    @Override
    public LocalDate convert(String text) {
      return date(text);
    }

    @Override
    public int getExitCode(Throwable exception) {
      return ExitCode.ERROR.code;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      ex.getCommandLine().getErr().println("figlint: " + oneLine(ex.getMessage()));
      return ExitCode.ERROR.code;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine failed, ParseResult result) {
      internalError(failed.getErr(), ex, debug(result));
      return ExitCode.ERROR.code;
    }

    /** Errors (out of memory, stack overflow) are not exceptions: picocli lets them through. */
    @Override
    public int execute(ParseResult parseResult) {
      try {
        return run.execute(parseResult);
      } catch (StackOverflowError | OutOfMemoryError e) {
        internalError(commandLine.getErr(), e, debug(parseResult));
        return ExitCode.ERROR.code;
      }
    }
  }

  /** A date option: YYYY-MM-DD, refused in words rather than with a parser's exception. */
  static LocalDate date(String text) {
    try {
      return DocumentLoader.parseDay(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date YYYY-MM-DD");
    }
  }

  /** Whether --debug was given, before or after the subcommand. */
  static boolean debug(ParseResult result) {
    for (ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption(DEBUG)) {
        return true;
      }
    }
    return false;
  }

  /** One line for an unexpected failure; the stack trace only with --debug. */
  static void internalError(PrintWriter err, Throwable e, boolean debug) {
    err.println("figlint: internal error: " + describe(e)
        + (debug ? "" : " (run with --debug for details)"));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
  }

  /** A failure in words: "out of memory", or its type and message on one line. */
  static String describe(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "out of memory";
    }
    if (e instanceof StackOverflowError) {
      return "stack overflow";
    }
    String message = e.getMessage() == null ? "" : ": " + oneLine(e.getMessage());
    return e.getClass().getSimpleName() + message;
  }

  static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"figlint " + org.figlint.report.Report.VERSION};
    }
  }
}
