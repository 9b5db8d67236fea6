/** Serves reviews over HTTP: figlint's JSON API, a LanguageTool-compatible API and the review page. */
package org.figlint.server;
