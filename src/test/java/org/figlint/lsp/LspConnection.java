package org.figlint.lsp;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A figlint language server and a client that records what it is sent, talking JSON-RPC over a
 * pair of pipes, as an editor does over standard input and output.
 */
final class LspConnection implements AutoCloseable {
  static final long TIMEOUT_SECONDS = 30;

  /** A client that queues what the server publishes and shows. */
  static final class RecordingClient implements LanguageClient {
    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> shown = new LinkedBlockingQueue<>();

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      diagnostics.add(params);
    }

    @Override
    public void showMessage(MessageParams params) {
      shown.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(
        ShowMessageRequestParams params) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }

  final RecordingClient client = new RecordingClient();
  final LanguageServer server;
  final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  /** The writing ends: closing them ends both readers as an end of stream. */
  private final List<AutoCloseable> pipes = new ArrayList<>();
  private final List<PublishDiagnosticsParams> seen = new ArrayList<>();

  LspConnection() throws IOException {
    // Channel pipes rather than java.io's piped streams, whose reader fails ("write end dead")
    // once the thread that last wrote has ended, as a pool thread that sent a response may.
    Pipe toServer = Pipe.open();
    Pipe toClient = Pipe.open();
    InputStream serverIn = Channels.newInputStream(toServer.source());
    OutputStream clientOut = Channels.newOutputStream(toServer.sink());
    InputStream clientIn = Channels.newInputStream(toClient.source());
    OutputStream serverOut = Channels.newOutputStream(toClient.sink());
    pipes.addAll(List.of(clientOut, serverOut));
    FiglintLanguageServer impl = new FiglintLanguageServer(
        FiglintLanguageServer.DEFAULT_DEBOUNCE_MILLIS, exitCode::complete);
    Launcher<LanguageClient> serverSide = new LSPLauncher.Builder<LanguageClient>()
        .setLocalService(impl).setRemoteInterface(LanguageClient.class)
        .setInput(serverIn).setOutput(serverOut).setExecutorService(threads).create();
    impl.connect(serverSide.getRemoteProxy());
    serverSide.startListening();
    Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(client, clientIn,
        clientOut, threads, null);
    clientSide.startListening();
    server = clientSide.getRemoteProxy();
  }

  /** Initializes the server with a short debounce delay. */
  InitializeResult initialize() throws Exception {
    InitializeParams params = new InitializeParams();
    params.setCapabilities(new ClientCapabilities());
    JsonObject options = new JsonObject();
    options.addProperty("debounceMillis", 20);
    params.setInitializationOptions(options);
    InitializeResult result = server.initialize(params).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    return result;
  }

  void open(String uri, String languageId, String text) {
    server.getTextDocumentService().didOpen(
        new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 1, text)));
  }

  /** Replaces a range of a document, as an incremental change. */
  void edit(String uri, int version, Range range, String text) {
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, version),
        List.of(new TextDocumentContentChangeEvent(range, text))));
  }

  /**
   * Waits for the first diagnostics published for {@code uri} that match, remembering all that
   * came before; fails after the timeout.
   */
  PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> match)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (true) {
      long left = deadline - System.nanoTime();
      PublishDiagnosticsParams p = left <= 0 ? null
          : client.diagnostics.poll(left, TimeUnit.NANOSECONDS);
      assertNotNull(p, "no matching diagnostics for " + uri + "; got " + seen);
      seen.add(p);
      if (p.getUri().equals(uri) && match.test(p)) {
        return p;
      }
    }
  }

  /** Waits for the diagnostics of {@code uri} at {@code version}. */
  PublishDiagnosticsParams awaitDiagnostics(String uri, int version) throws InterruptedException {
    return awaitDiagnostics(uri, p -> p.getVersion() != null && p.getVersion() == version);
  }

  /** Every diagnostics notification received so far, in order. */
  List<PublishDiagnosticsParams> seen() {
    return seen;
  }

  static Range range(int line, int from, int to) {
    return new Range(new Position(line, from), new Position(line, to));
  }

  @Override
  public void close() throws Exception {
    if (!exitCode.isDone()) {
      server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      server.exit();
      exitCode.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
    for (AutoCloseable pipe : pipes) {
      pipe.close();
    }
    threads.shutdownNow();
  }
}
