/** Lints texts held in memory (an editor buffer, a request) with a project's settings. */
package org.figlint.review;
