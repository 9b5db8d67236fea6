/** Finding the documents to read: folder walks that honour .gitignore files and ignore globs. */
package org.figlint.files;
