package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path tmp;

  @Test
  void aBrokenProjectFileStopsBeforeListening() throws IOException {
    Files.writeString(tmp.resolve(".figlint.yaml"), "checks:\n  no-such-check: {}\n");
    Cli.Run run = Cli.run(tmp, "serve", "--port", "0");
    assertEquals(2, run.exit());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().startsWith(".figlint.yaml:2:"), run.err());
    assertTrue(!run.err().contains("serving"), run.err());
  }

  @Test
  void aBrokenConfigFileNamedWithConfigStopsToo() throws IOException {
    Path config = tmp.resolve("autre.yaml");
    Files.writeString(config, "fail-on: sometimes\n");
    Cli.Run run = Cli.run(tmp, "serve", "--port", "0", "--config", config.toString());
    assertEquals(2, run.exit());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }

  @Test
  void badOptionsAreOneLineErrors() {
    for (String[] args : new String[][] {
        {"serve", "--timeout", "0"}, {"serve", "--port", "70000"}, {"serve", "--threads", "0"},
        {"serve", "--port", "http"}}) {
      Cli.Run run = Cli.run(tmp, args);
      assertEquals(2, run.exit(), String.join(" ", args));
      assertEquals(1, run.err().strip().lines().count(), run.err());
      assertTrue(run.err().startsWith("figlint: "), run.err());
    }
  }
}
