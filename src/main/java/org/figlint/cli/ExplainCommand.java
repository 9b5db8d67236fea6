package org.figlint.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.figlint.check.Check;
import org.figlint.check.Linter;
import org.figlint.check.Messages;
import org.figlint.rule.CheckSpec;
import org.figlint.rule.ParamSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code figlint explain ID}: a check's documentation with an example. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explique une vérification.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--lang", defaultValue = "fr", description = "fr or en.")
  String lang;

  @Parameters(paramLabel = "ID", description = "A check id, as listed by figlint rules.")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Messages messages = new Messages(Locale.forLanguageTag(lang));
    for (Check check : Linter.CHECKS) {
      if (!check.id().equals(id)) {
        continue;
      }
      CheckSpec s = Linter.specs().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      out.println(id + " (" + s.defaultSeverity().id() + ")");
      out.println();
      out.println(messages.get(id + ".summary"));
      out.println();
      out.println(messages.get(id + ".description"));
      out.println();
      out.println((lang.equals("en") ? "Example: " : "Exemple : ") + messages.raw(id + ".example"));
      if (!s.params().isEmpty()) {
        out.println();
        for (ParamSpec p : s.params()) {
          out.println("  " + p.name() + " (" + p.type().name().toLowerCase(Locale.ROOT)
              + ", default " + p.defaultValue() + "): " + p.summary());
        }
      }
      out.flush();
      return ExitCode.OK.code;
    }
    spec.commandLine().getErr().println("figlint: unknown check '" + id + "' (see figlint rules)");
    return ExitCode.ERROR.code;
  }
}
