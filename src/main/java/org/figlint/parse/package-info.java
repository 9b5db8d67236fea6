/** The ANTLR wrapper and the visitor that turn French text into mentions. */
package org.figlint.parse;
