/** Performance measurement: a generator of French news corpora and a benchmark runner. */
package org.figlint.bench;
