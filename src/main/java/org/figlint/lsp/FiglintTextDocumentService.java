package org.figlint.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/** Open, change, save and close of documents; hovers and quick fixes. */
final class FiglintTextDocumentService implements TextDocumentService {
  private static final Logger LOG = Logger.getLogger(FiglintTextDocumentService.class.getName());

  private final DocumentStore store;
  private final Projects projects;
  private final Linting linting;
  private final ExecutorService requests;

  FiglintTextDocumentService(DocumentStore store, Projects projects, Linting linting,
      ExecutorService requests) {
    this.store = store;
    this.projects = projects;
    this.linting = linting;
    this.requests = requests;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    TextDocumentItem item = params.getTextDocument();
    store.open(new OpenDocument(item.getUri(), item.getLanguageId(), item.getVersion(),
        item.getText() == null ? "" : item.getText()));
    linting.now(item.getUri());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    Integer version = params.getTextDocument().getVersion();
    int v = version != null ? version
        : store.get(uri).map(d -> d.version() + 1).orElse(0);
    if (store.change(uri, v, params.getContentChanges()).isPresent()) {
      linting.changed(uri);
    }
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    if (params.getText() != null) {
      store.get(uri).ifPresent(d -> store.open(
          new OpenDocument(uri, d.languageId(), d.version(), params.getText())));
    }
    if (store.get(uri).isPresent()) {
      linting.now(uri);
    }
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    store.close(uri).ifPresent(d -> linting.closed(uri, projects.of(uri)));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    String uri = params.getTextDocument().getUri();
    return CompletableFuture.supplyAsync(() -> {
      try {
        return linting.current(uri).flatMap(r -> r.review().document(r.path())
            .flatMap(doc -> Hovers.at(doc, params.getPosition(),
                r.project().reviewer().rates(), r.project().reviewer().locale())))
            .orElse(null);
      } catch (RuntimeException | StackOverflowError e) {
        LOG.log(Level.WARNING, "figlint: hover failed", e);
        return null;
      }
    }, requests);
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(
      CodeActionParams params) {
    String uri = params.getTextDocument().getUri();
    return CompletableFuture.supplyAsync(() -> {
      try {
        return linting.current(uri).map(r -> CodeActions.of(r, params)).orElse(List.of())
            .stream().map(Either::<Command, CodeAction>forRight).toList();
      } catch (RuntimeException | StackOverflowError e) {
        LOG.log(Level.WARNING, "figlint: code action failed", e);
        return List.of();
      }
    }, requests);
  }
}
