package org.figlint.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.figlint.document.Document;
import org.figlint.document.LineMap;
import org.figlint.document.Position;
import org.figlint.document.Printable;
import org.figlint.parse.Extractor;
import org.figlint.parse.Mention;
import org.figlint.report.MentionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code figlint extract}: prints every figure found, with its normalized value. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Affiche chaque montant, date, pourcentage et dénombrement trouvé.")
final class ExtractCommand implements Callable<Integer> {
  enum Format { jsonl, text }

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
      description = "Date used to resolve partial and relative dates when a document has none.")
  LocalDate referenceDate;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or text (default: ${DEFAULT-VALUE}).")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
  List<String> paths;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ObjectMapper mapper = new ObjectMapper();
    mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    MentionJson json = new MentionJson(mapper);
    Extractor extractor = Extractor.create();
    Inputs inputs = input.inputs(System.in);
    boolean failed = false;
    for (Object item : inputs.expand(paths)) {
      Inputs.Loaded loaded = inputs.load(item);
      if (loaded.error() != null) {
        err.println("figlint: " + loaded.error());
        failed = true;
        continue;
      }
      for (Document doc : loaded.documents()) {
      LocalDate ref = doc.date() != null ? doc.date() : referenceDate;
      List<Mention> mentions;
      try {
        mentions = extractor.extract(doc.analysed(), ref);
      } catch (StackOverflowError | OutOfMemoryError e) {
        err.println("figlint: " + Inputs.tooLarge(doc.path(), e));
        failed = true;
        continue;
      }
      LineMap lines = doc.lines();
      for (Mention m : mentions) {
        if (format == Format.jsonl) {
          out.println(mapper.writeValueAsString(json.toJson(doc, lines, m)));
        } else {
          Position p = lines.position(doc.originalOffset(m.start()));
          out.println(Printable.visible(doc.path() + ":" + p.line() + ":" + p.column() + ": "
              + m.kind().id() + " «" + m.text() + "» ")
              + mapper.writeValueAsString(json.value(m.value())));
        }
      }
      out.flush();
      }
    }
    return failed ? ExitCode.ERROR.code : ExitCode.OK.code;
  }
}
