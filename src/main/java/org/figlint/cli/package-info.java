/** The command line: picocli commands, exit codes and shared options. */
package org.figlint.cli;
