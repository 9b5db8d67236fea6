package org.figlint.rule;

import java.util.List;
import java.util.Optional;

/**
 * The checks a rule file may configure. The rule loader validates {@code figlint.yaml} against
 * it: unknown check ids and parameters, wrong types and out-of-range values are errors.
 */
public interface CheckCatalog {

  /** Every known check, in the order they are documented and reported. */
  List<CheckSpec> checks();

  default Optional<CheckSpec> find(String id) {
    return checks().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  default List<String> ids() {
    return checks().stream().map(CheckSpec::id).toList();
  }
}
