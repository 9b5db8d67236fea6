package org.figlint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The findings not suppressed of a report, grouped by file: every file checked, sorted. */
final class FindingsByFile {

  private FindingsByFile() {}

  static TreeMap<String, List<Finding>> of(Report report) {
    TreeMap<String, List<Finding>> byFile = new TreeMap<>();
    for (String file : report.files()) {
      byFile.put(file, new ArrayList<>());
    }
    for (Finding finding : report.problems()) {
      byFile.computeIfAbsent(finding.location().file(), f -> new ArrayList<>()).add(finding);
    }
    return byFile;
  }
}
