/** Normalized values of French figures: money, dates, percentages and counts. */
package org.figlint.value;
