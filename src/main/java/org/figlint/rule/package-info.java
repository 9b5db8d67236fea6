/** Loading and validating rules/: check settings, entities, predicates, facts and exchange rates. */
package org.figlint.rule;
