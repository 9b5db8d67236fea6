/** The checks: one small class each, run by the {@link org.figlint.check.Linter} facade. */
package org.figlint.check;
