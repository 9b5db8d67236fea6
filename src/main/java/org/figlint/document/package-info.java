/** Loading documents (encodings, BOM, line ends, date headers) and mapping offsets to lines. */
package org.figlint.document;
