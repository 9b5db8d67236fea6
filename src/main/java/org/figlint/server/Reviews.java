package org.figlint.server;

import org.figlint.review.Review;
import org.figlint.review.Source;

/** What the server asks of a reviewer: {@code Reviewer::review}, or another in tests. */
@FunctionalInterface
public interface Reviews {
  Review review(Source source);
}
