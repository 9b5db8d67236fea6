package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** figlint bench as a user runs it; timings are printed, never checked. */
class BenchCommandTest {
  record Run(int exit, String out, String err) {}

  static Run bench(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 1];
    all[0] = "bench";
    System.arraycopy(args, 0, all, 1, args.length);
    return new Run(cl.execute(all), out.toString(), err.toString());
  }

  @Test
  void printsATableOfEveryStage() {
    Run run = bench("--size", "100KB", "--iterations", "1", "--warmup", "0", "--threads", "2");
    assertEquals(0, run.exit(), run.err());
    for (String row : new String[] {"lexer          1", "lexer          2", "extract        1",
        "extract        2", "lint           1", "lint           2"}) {
      assertTrue(run.out().contains(row), row + " missing from\n" + run.out());
    }
    assertTrue(run.out().contains("MB/s"));
    assertTrue(run.out().contains("planted:"));
    // Generated text is as dense in figures as real news unless --density says otherwise.
    assertTrue(run.out().contains("generated news, seed 42, density news,"), run.out());
  }

  @Test
  void aDenserCorpusIsAskedFor() {
    Run run = bench("--size", "50KB", "--iterations", "1", "--warmup", "0", "--threads", "1",
        "--what", "lexer", "--density", "normal");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("density normal,"), run.out());
  }

  @Test
  void oneStageOneThread() {
    Run run = bench("--size", "50KB", "--iterations", "1", "--warmup", "0", "--threads", "1",
        "--what", "extract");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("extract        1"));
    assertTrue(!run.out().contains("lint           1"));
  }

  @Test
  void rejectsAnUnknownStage() {
    Run run = bench("--size", "50KB", "--what", "parse");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("unknown stage 'parse'"), run.err());
  }

  @Test
  void sizes() {
    assertEquals(100_000, org.figlint.bench.Corpus.parseSize("100KB"));
    assertEquals(10_000_000, org.figlint.bench.Corpus.parseSize("10MB"));
    assertEquals(1_000_000_000, org.figlint.bench.Corpus.parseSize("1gb"));
    assertEquals(1_572_864, org.figlint.bench.Corpus.parseSize("1.5MiB"));
    assertEquals(4096, org.figlint.bench.Corpus.parseSize("4096"));
    assertThrows(IllegalArgumentException.class, () -> org.figlint.bench.Corpus.parseSize("ten"));
    assertThrows(IllegalArgumentException.class, () -> org.figlint.bench.Corpus.parseSize("-1MB"));
  }
}
