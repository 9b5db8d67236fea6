/** Mentions bound to their subject: sentences, clauses, entities, predicates and time. */
package org.figlint.claim;
