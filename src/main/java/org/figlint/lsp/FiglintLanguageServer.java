package org.figlint.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * figlint's language server: diagnostics for the open Markdown, plain text and HTML documents,
 * hovers on figures, and quick fixes. The debounce delay of changes is given to the constructor
 * and may be overridden by the {@code debounceMillis} initialization option.
 */
public final class FiglintLanguageServer implements LanguageServer, LanguageClientAware {
  /** The default delay between a change and the lint it triggers. */
  public static final long DEFAULT_DEBOUNCE_MILLIS = 300;

  private final DocumentStore store = new DocumentStore();
  private final Projects projects = new Projects();
  private final ExecutorService requests = Executors.newFixedThreadPool(2,
      r -> Linting.daemon(r, "figlint-request"));
  private final Linting linting;
  private final FiglintTextDocumentService documents;
  private final FiglintWorkspaceService workspace;
  private final IntConsumer exit;
  private volatile LanguageClient client;
  private volatile boolean watchFiles;
  private volatile boolean shutdown;

  /**
   * @param debounceMillis the delay between a change and its lint
   * @param exit what the {@code exit} notification does with its exit code (0 after shutdown)
   */
  public FiglintLanguageServer(long debounceMillis, IntConsumer exit) {
    this.exit = exit;
    this.linting = new Linting(store, projects, () -> client, debounceMillis);
    this.documents = new FiglintTextDocumentService(store, projects, linting, requests);
    this.workspace = new FiglintWorkspaceService(projects, linting);
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    Object options = params.getInitializationOptions();
    if (options instanceof JsonObject o && o.has("debounceMillis")) {
      JsonElement delay = o.get("debounceMillis");
      if (delay.isJsonPrimitive() && delay.getAsJsonPrimitive().isNumber()) {
        linting.delay(delay.getAsLong());
      }
    }
    ClientCapabilities caps = params.getCapabilities();
    watchFiles = caps != null && caps.getWorkspace() != null
        && caps.getWorkspace().getDidChangeWatchedFiles() != null
        && Boolean.TRUE.equals(caps.getWorkspace().getDidChangeWatchedFiles()
            .getDynamicRegistration());

    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(false));
    ServerCapabilities capabilities = new ServerCapabilities();
    capabilities.setTextDocumentSync(sync);
    capabilities.setPositionEncoding(PositionEncodingKind.UTF16);
    capabilities.setHoverProvider(true);
    capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    return CompletableFuture.completedFuture(new InitializeResult(capabilities,
        new ServerInfo("figlint", org.figlint.report.Report.VERSION)));
  }

  @Override
  public void initialized(InitializedParams params) {
    linting.warmUp();
    LanguageClient c = client;
    if (watchFiles && c != null) {
      DidChangeWatchedFilesRegistrationOptions watch = new DidChangeWatchedFilesRegistrationOptions(
          List.of(new FileSystemWatcher(Either.forLeft("**/.figlint.yaml")),
              new FileSystemWatcher(Either.forLeft("**/*.yaml"))));
      c.registerCapability(new RegistrationParams(List.of(new Registration(
          "figlint-watch-settings", "workspace/didChangeWatchedFiles", watch))));
    }
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    linting.shutdown();
    requests.shutdown();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    linting.shutdown();
    requests.shutdownNow();
    exit.accept(shutdown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }
}
