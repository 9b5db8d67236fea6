/** The claims archive: published documents' claims in an SQLite file, looked up by key. */
package org.figlint.archive;
