package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * A run registers only the subcommand it names: whatever it registers, every command line
 * parses, prints and fails as with all the subcommands registered.
 */
class MainTest {

  private static Cli.Run run(CommandLine cl, String... args) {
    return Cli.execute(cl, args);
  }

  @Test
  void subcommandsAreTheRegisteredOnesInHelpOrder() {
    Map<String, CommandLine> all = Main.commandLine().getSubcommands();
    assertEquals(List.copyOf(Main.SUBCOMMANDS.keySet()), List.copyOf(all.keySet()));
    Main.SUBCOMMANDS.forEach((name, type) ->
        assertEquals(type, all.get(name).getCommand().getClass(), name));
  }

  @Test
  void aNamedSubcommandIsTheOnlyOneRegistered() {
    assertEquals(List.of("lint"), names("lint", "a.txt"));
    assertEquals(List.of("archive"), names("--debug", "archive", "add", "x"));
    assertEquals(List.of(), names("--version"));
    assertEquals(List.of(), names("-V", "--debug"));
    List<String> all = List.copyOf(Main.SUBCOMMANDS.keySet());
    assertEquals(all, names());
    assertEquals(all, names("help", "lint"));
    assertEquals(all, names("--help"));
    assertEquals(all, names("-h", "lint"));
    assertEquals(all, names("--version", "lint"));
    assertEquals(all, names("lnt"));
    assertEquals(all, names("--debug"));
    assertEquals(all, names("--", "lint"));
  }

  /**
   * picocli leaves out its converters of java.time and java.sql types: no option may have such
   * a type but dates, which Main converts itself.
   */
  @Test
  void noOptionHasATypeWhoseConverterIsLeftOut() {
    List<String> leftOut = new ArrayList<>();
    List<CommandLine> pending = new ArrayList<>(List.of(Main.commandLine()));
    while (!pending.isEmpty()) {
      CommandLine cl = pending.remove(pending.size() - 1);
      pending.addAll(cl.getSubcommands().values());
      for (CommandLine.Model.ArgSpec arg : cl.getCommandSpec().args()) {
        List<Class<?>> types = new ArrayList<>(List.of(arg.type()));
        types.addAll(List.of(arg.auxiliaryTypes()));
        for (Class<?> type : types) {
          String name = type.getName();
          if ((name.startsWith("java.time.") || name.startsWith("java.sql."))
              && type != java.time.LocalDate.class) {
            leftOut.add(cl.getCommandName() + " " + arg.paramLabel() + ": " + name);
          }
        }
      }
    }
    assertEquals(List.of(), leftOut);
    assertEquals("java\\.(sql|time)\\..*", System.getProperty(Main.CONVERTERS_EXCLUDED));
  }

  @Test
  void aSettingOfTheLeftOutConvertersGivenByTheUserIsKept() {
    String before = System.getProperty(Main.CONVERTERS_EXCLUDED);
    try {
      System.setProperty(Main.CONVERTERS_EXCLUDED, "java\\.sql\\..*");
      Main.commandLine("--version");
      assertEquals("java\\.sql\\..*", System.getProperty(Main.CONVERTERS_EXCLUDED));
    } finally {
      if (before == null) {
        System.clearProperty(Main.CONVERTERS_EXCLUDED);
      } else {
        System.setProperty(Main.CONVERTERS_EXCLUDED, before);
      }
    }
  }

  /** What the launcher runs: the lazily built command line, as main builds it. */
  @Test
  void aLazilyRegisteredSubcommandParsesItsOptions() {
    String[] args = {"lint", "--reference-date", "2024-13-01", "x.txt"};
    assertEquals(new Cli.Run(2, "", "figlint: Invalid value for option '--reference-date':"
        + " '2024-13-01' is not a date YYYY-MM-DD\n"), run(Main.commandLine(args), args));
    // LocalDate.parse takes a signed year of nine digits, next to which no day exists.
    for (String far : List.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01")) {
      args = new String[] {"lint", "--reference-date", far, "x.txt"};
      assertEquals(new Cli.Run(2, "", "figlint: Invalid value for option '--reference-date': '"
          + far + "' is not a date YYYY-MM-DD\n"), run(Main.commandLine(args), args));
    }
    args = new String[] {"--debug", "lint", "--fail-on", "sometimes", "x.txt"};
    assertEquals(new Cli.Run(2, "", "figlint: Invalid value for option '--fail-on': expected one of"
        + " [error, warning, info, never] (case-sensitive) but was 'sometimes'\n"),
        run(Main.commandLine(args), args));
    args = new String[] {"lint", "--help"};
    assertTrue(run(Main.commandLine(args), args).out().startsWith(
        "Usage: figlint lint [-hV] [--debug] [--no-config] [--no-default-facts]"));
    args = new String[] {"--version"};
    assertEquals(new Cli.Run(0, "figlint " + org.figlint.report.Report.VERSION + "\n", ""),
        run(Main.commandLine(args), args));
  }

  private static List<String> names(String... args) {
    return List.copyOf(Main.commandLine(args).getSubcommands().keySet());
  }

  /** Each command line runs as with every subcommand registered: same exit, output, errors. */
  @TestFactory
  Stream<DynamicTest> sameAsWithEverySubcommand() {
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {"--version"});
    cases.add(new String[] {"-V"});
    cases.add(new String[] {"--help"});
    cases.add(new String[] {});
    cases.add(new String[] {"help"});
    cases.add(new String[] {"help", "lint"});
    cases.add(new String[] {"lnt"});
    cases.add(new String[] {"--debug", "--version"});
    for (String name : Main.SUBCOMMANDS.keySet()) {
      cases.add(new String[] {name, "--help"});
      cases.add(new String[] {"--debug", name, "-h"});
      cases.add(new String[] {name, "--no-such-option"});
    }
    cases.add(new String[] {"lint"});
    cases.add(new String[] {"lint", "--fail-on", "sometimes", "x.txt"});
    cases.add(new String[] {"lint", "--reference-date", "2024-13-01", "x.txt"});
    cases.add(new String[] {"lint", "--format", "nope", "src/test/resources/lint/clean/article.txt"});
    cases.add(new String[] {"lint", "--fail-on", "never", "--debug",
        "src/test/resources/lint/clean/article.txt"});
    cases.add(new String[] {"archive", "add", "--help"});
    cases.add(new String[] {"archive", "stats", "--db", "target/no-such-archive.db"});
    cases.add(new String[] {"archive", "nope"});
    cases.add(new String[] {"extract", "--help", "x"});
    cases.add(new String[] {"rules"});
    cases.add(new String[] {"explain", "weekday-mismatch"});
    cases.add(new String[] {"explain"});
    return cases.stream().map(args -> DynamicTest.dynamicTest("figlint " + String.join(" ", args), () -> {
      Cli.Run all = run(Main.commandLine(), args);
      Cli.Run lazy = run(Main.commandLine(args), args);
      assertEquals(all, lazy);
    }));
  }
}
