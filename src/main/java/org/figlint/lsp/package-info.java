/** A language server that lints the documents open in an editor and offers hovers and fixes. */
package org.figlint.lsp;
