package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LspCommandTest {
  private static String frame(String json) {
    return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
  }

  @Test
  void answersInitializeOnItsOutputAndEndsOnExit() {
    String input = frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
        + "\"params\":{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}")
        + frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}")
        + frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
    CommandLine cl = Main.commandLine();
    LspCommand lsp = (LspCommand) cl.getSubcommands().get("lsp").getCommand();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lsp.in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
    lsp.out = out;
    assertEquals(0, cl.execute("lsp", "--stdio"));
    String answer = out.toString(StandardCharsets.UTF_8);
    assertTrue(answer.startsWith("Content-Length: "), answer);
    assertTrue(answer.contains("\"id\":1,\"result\":{\"capabilities\":"), answer);
    assertTrue(answer.contains("\"change\":2"), answer);
    assertTrue(answer.contains("\"id\":2,\"result\":null"), answer);
  }

  @Test
  void exitWithoutShutdownEndsWithCodeOne() {
    CommandLine cl = Main.commandLine();
    LspCommand lsp = (LspCommand) cl.getSubcommands().get("lsp").getCommand();
    lsp.in = new ByteArrayInputStream(
        frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}").getBytes(StandardCharsets.UTF_8));
    lsp.out = new ByteArrayOutputStream();
    assertEquals(1, cl.execute("lsp"));
  }
}
