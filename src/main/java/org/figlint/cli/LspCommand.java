package org.figlint.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.figlint.lsp.FiglintLanguageServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code figlint lsp}: the language server, speaking JSON-RPC on standard input and output.
 * Standard output carries only the protocol: while the server runs, anything else printed there
 * goes to standard error. It ends on the {@code exit} notification (code 0 after
 * {@code shutdown}, else 1) or when its input ends (code 0).
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
    description = "Démarre le serveur de langage (LSP) sur l'entrée et la sortie standard.")
final class LspCommand implements Callable<Integer> {
  @Option(names = "--stdio", description = "Accepted for editors that pass it: standard input "
      + "and output are the only transport.")
  boolean stdio;

  /** The protocol's streams; tests replace them. */
  InputStream in = System.in;
  OutputStream out = System.out;

  @Override
  public Integer call() throws InterruptedException {
    PrintStream stdout = System.out;
    System.setOut(System.err);
    try {
      CompletableFuture<Integer> exit = new CompletableFuture<>();
      FiglintLanguageServer server = new FiglintLanguageServer(
          FiglintLanguageServer.DEFAULT_DEBOUNCE_MILLIS, exit::complete);
      Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
      server.connect(launcher.getRemoteProxy());
      Future<Void> listening = launcher.startListening();
      Thread input = new Thread(() -> {
        try {
          listening.get();
        } catch (InterruptedException | ExecutionException | java.util.concurrent.CancellationException e) {
          // the input ended badly: stop as when it ends
        }
        exit.complete(ExitCode.OK.code);
      }, "figlint-lsp-input");
      input.setDaemon(true);
      input.start();
      int code = exit.get();
      listening.cancel(true);
      return code;
    } catch (ExecutionException e) {
      return ExitCode.ERROR.code;
    } finally {
      System.out.flush();
      System.setOut(stdout);
    }
  }
}
