/**
 * The checks: one small class each, run by the {@link org.figlint.check.Linter} facade, and the
 * inline suppressions applied to their findings.
 */
package org.figlint.check;
