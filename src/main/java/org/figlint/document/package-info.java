/**
 * Loading documents (encodings, BOM, line ends, date headers, plain text, Markdown, HTML,
 * transcripts) and mapping offsets of their analysed text back to lines of the original.
 */
package org.figlint.document;
