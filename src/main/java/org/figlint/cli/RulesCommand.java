package org.figlint.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.figlint.check.Check;
import org.figlint.check.Linter;
import org.figlint.check.Messages;
import org.figlint.rule.CheckSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code figlint rules}: the checks with their id, default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Liste les vérifications.")
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--lang", defaultValue = "fr", description = "fr or en.")
  String lang;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Messages messages = new Messages(Locale.forLanguageTag(lang));
    for (Check check : Linter.CHECKS) {
      CheckSpec s = Linter.specs().stream().filter(x -> x.id().equals(check.id())).findFirst()
          .orElseThrow();
      out.printf(Locale.ROOT, "%-24s %-8s %s%n", check.id(), s.defaultSeverity().id(),
          messages.get(check.id() + ".summary"));
    }
    out.flush();
    return ExitCode.OK.code;
  }
}
