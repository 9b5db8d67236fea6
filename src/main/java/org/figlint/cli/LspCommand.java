package org.figlint.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.figlint.lsp.FiglintLanguageServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code figlint lsp}: the language server, speaking JSON-RPC on standard input and output.
 * Standard output carries only the protocol: anything else printed goes to standard error.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
    description = "Démarre le serveur de langage (LSP) sur l'entrée et la sortie standard.")
final class LspCommand implements Callable<Integer> {
  @Option(names = "--stdio", description = "Accepted for editors that pass it: standard input "
      + "and output are the only transport.")
  boolean stdio;

  @Override
  public Integer call() throws InterruptedException {
    InputStream in = System.in;
    PrintStream out = System.out;
    System.setOut(System.err);
    FiglintLanguageServer server = new FiglintLanguageServer(
        FiglintLanguageServer.DEFAULT_DEBOUNCE_MILLIS, code -> {
          out.flush();
          System.exit(code);
        });
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    try {
      launcher.startListening().get();
    } catch (ExecutionException e) {
      System.err.println("figlint: " + e.getCause());
      return ExitCode.ERROR.code;
    }
    return ExitCode.OK.code;
  }
}
