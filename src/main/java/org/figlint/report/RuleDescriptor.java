package org.figlint.report;

/** What a renderer needs to know of a rule: its id, default severity and one-line summary. */
public record RuleDescriptor(String id, Severity severity, String summary, String description) {}
