package org.figlint.lsp;

import java.util.Objects;

/** A document open in the editor: its URI, language id, version and current text. */
record OpenDocument(String uri, String languageId, int version, String text) {
  OpenDocument {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(text, "text");
    languageId = languageId == null ? "" : languageId;
  }
}
