package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A run larger than a batch of inputs: documents are checked a batch at a time and let go, yet
 * the comparisons across documents, the suppressions, the errors and the excerpts of the text
 * format come out as if every document had been kept.
 */
class LintStreamingTest {
  @TempDir Path dir;

  /** 600 articles: the first and the 590th give different amounts for the same round. */
  private void corpus() throws IOException {
    int count = 2 * LintCommand.BATCH + 88;
    for (int i = 0; i < count; i++) {
      String amount = i == 589 ? "650 millions de dollars" : "450 millions de dollars";
      String body = i == 0 || i == 589
          ? "En 2021, Anthropic a levé " + amount + " auprès de ses investisseurs.\n"
          : "Le conseil municipal s'est réuni " + (i % 7 + 2) + " fois cette année.\n";
      if (i == 300) {
        body = "La réunion du lundi 18 mars 2025 a duré deux heures.\n";
      }
      Files.writeString(dir.resolve(String.format("a%04d.txt", i)),
          "date 2021-06-0" + (1 + i % 9) + "\n" + body, StandardCharsets.UTF_8);
    }
    Files.write(dir.resolve("a0400.txt"), new byte[] {'d', 'a', (byte) 0xC3, '(', '\n'});
    Files.writeString(dir.resolve("b.md"), "---\ndate: 2021-06-03\n---\n\n"
        + "<!-- figlint-disable-next-line weekday-mismatch -->\n"
        + "Le mardi 18 mars 2025, rien.\n", StandardCharsets.UTF_8);
  }

  private Cli.Run lint(long keptChars, String... args) {
    CommandLine cl = Main.commandLine();
    LintCommand lint = (LintCommand) cl.getSubcommands().get("lint").getCommand();
    lint.workingDirectory = dir;
    lint.keptChars = keptChars;
    String[] all = new String[args.length + 1];
    all[0] = "lint";
    System.arraycopy(args, 0, all, 1, args.length);
    return Cli.execute(cl, all);
  }

  @Test
  void aRunOfSeveralBatchesFindsWhatOneBatchWould() throws IOException {
    corpus();
    Cli.Run text = lint(0, "--no-config", "--fail-on", "never", dir.toString());
    Cli.Run kept = lint(Long.MAX_VALUE, "--no-config", "--fail-on", "never", dir.toString());
    assertEquals(kept.out(), text.out(), "excerpts read again equal excerpts kept");
    assertEquals(2, text.exit(), text.err());
    assertEquals(1, text.err().lines().count(), text.err());
    assertTrue(text.err().contains("a0400.txt"), text.err());
    String out = text.out();
    assertTrue(out.contains("a0589.txt:2:27: warning:") || out.contains("a0589.txt:2:27: error:"),
        out);
    assertTrue(out.contains("[figure-mismatch]"), out);
    assertTrue(out.contains("En 2021, Anthropic a levé 650 millions de dollars"), out);
    assertTrue(out.contains("a0300.txt:2:"), out);
    assertTrue(out.contains("[weekday-mismatch]"), out);
    assertTrue(!out.contains("b.md:6"), "the suppressed finding is not shown:\n" + out);
  }

  @Test
  void everyFormatButTheTextOnesIsTheSameWhateverIsKept() throws IOException {
    corpus();
    for (String format : List.of("json", "sarif", "checkstyle", "junit", "github")) {
      Cli.Run none = lint(0, "--no-config", "--format", format, dir.toString());
      Cli.Run all = lint(Long.MAX_VALUE, "--no-config", "--format", format, dir.toString());
      assertEquals(all.out(), none.out(), format);
      assertTrue(none.out().contains("a0589.txt"), format);
      assertEquals(2, none.exit(), format);
    }
  }

  @Test
  void excerptsOfArticlesOfAJsonLinesFileAreReadAgain() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      String article = i == 30 ? "La réunion du lundi 18 mars 2025 a duré deux heures."
          : "Le conseil s'est réuni " + (i + 2) + " fois.";
      lines.append("{\"date\": \"2021-06-01\", \"title\": \"T").append(i)
          .append("\", \"article\": \"").append(article).append("\"}\n");
    }
    Path gz = dir.resolve("news.jsonl.gz");
    try (var out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    Cli.Run none = lint(0, "--no-config", "--fail-on", "never", gz.toString());
    Cli.Run all = lint(Long.MAX_VALUE, "--no-config", "--fail-on", "never", gz.toString());
    assertEquals(all.out(), none.out());
    assertTrue(none.out().contains("La réunion du lundi 18 mars 2025"), none.out());
  }
}
