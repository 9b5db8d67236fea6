package org.figlint.server;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a {@code /v2/check} request keeps: {@code disabledRules} and
 * {@code disabledCategories} drop theirs; with {@code enabledOnly=true} only
 * {@code enabledRules} and {@code enabledCategories} are kept. Ids are figlint's rule ids and
 * {@code FIGLINT_*} categories; unknown ids (another tool's) are ignored.
 */
record RuleFilter(Set<String> enabled, Set<String> disabled, Set<String> enabledCategories,
    Set<String> disabledCategories, boolean enabledOnly) {

  static RuleFilter of(Map<String, String> form) {
    RuleFilter filter = new RuleFilter(ids(form.get("enabledRules")),
        ids(form.get("disabledRules")), ids(form.get("enabledCategories")),
        ids(form.get("disabledCategories")), "true".equals(form.get("enabledOnly")));
    if (filter.enabledOnly && filter.enabled.isEmpty() && filter.enabledCategories.isEmpty()) {
      throw HttpError.badRequest(
          "enabledOnly=true needs enabledRules or enabledCategories");
    }
    return filter;
  }

  boolean keeps(String ruleId, String category) {
    if (disabled.contains(ruleId) || disabledCategories.contains(category)) {
      return false;
    }
    return !enabledOnly || enabled.contains(ruleId) || enabledCategories.contains(category);
  }

  private static Set<String> ids(String list) {
    if (list == null) {
      return Set.of();
    }
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
