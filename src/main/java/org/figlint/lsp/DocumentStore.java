package org.figlint.lsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.figlint.document.LineMap;

/**
 * The texts of the open documents, kept up to date with full and incremental changes. Positions
 * are LSP's: 0-based lines (ended by \n, \r\n or \r) and characters in UTF-16 code units.
 * Thread-safe.
 */
final class DocumentStore {
  private final Map<String, OpenDocument> documents = new LinkedHashMap<>();

  synchronized void open(OpenDocument document) {
    documents.put(document.uri(), document);
  }

  /** Applies changes in order; returns the new document, empty when it is not open. */
  synchronized Optional<OpenDocument> change(String uri, int version,
      List<TextDocumentContentChangeEvent> changes) {
    OpenDocument doc = documents.get(uri);
    if (doc == null) {
      return Optional.empty();
    }
    String text = doc.text();
    EditedText edited = null;
    for (TextDocumentContentChangeEvent change : changes) {
      if (change.getRange() == null) {
        text = change.getText();
        edited = null;
      } else {
        if (edited == null) {
          edited = new EditedText(text);
        }
        edited.replace(change.getRange(), change.getText() == null ? "" : change.getText());
      }
    }
    if (edited != null) {
      text = edited.toString();
    }
    OpenDocument updated = new OpenDocument(uri, doc.languageId(), version, text);
    documents.put(uri, updated);
    return Optional.of(updated);
  }

  synchronized Optional<OpenDocument> close(String uri) {
    return Optional.ofNullable(documents.remove(uri));
  }

  synchronized Optional<OpenDocument> get(String uri) {
    return Optional.ofNullable(documents.get(uri));
  }

  /** Whether {@code uri} is open at {@code version}. */
  synchronized boolean isCurrent(String uri, int version) {
    OpenDocument doc = documents.get(uri);
    return doc != null && doc.version() == version;
  }

  synchronized List<OpenDocument> all() {
    return new ArrayList<>(documents.values());
  }

  /**
   * The UTF-16 offset of a position; a line past the end gives the text's length, a character
   * past the end of its line the line's end (before its line break).
   */
  static int offset(String text, Position position) {
    return new EditedText(text).offset(position);
  }

  /** The LSP position of a UTF-16 offset. */
  static Position position(String text, int offset) {
    org.figlint.document.Position p =
        new LineMap(text).position(Math.max(0, Math.min(offset, text.length())));
    return new Position(p.line() - 1, p.column() - 1);
  }
}
