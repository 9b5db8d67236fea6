/** Findings, reports and one renderer per output format. */
package org.figlint.report;
