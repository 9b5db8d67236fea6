package org.figlint.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.figlint.document.DocumentFormat;
import org.figlint.review.Review;
import org.figlint.review.Source;

/**
 * {@code POST /v2/check} and {@code GET /v2/languages}, as LanguageTool's HTTP API: the fields
 * {@code text} or {@code data}, {@code language} and the rule filters; other fields
 * (motherTongue, level, username...) are accepted and ignored. A language other than French is
 * answered with no match, which LanguageTool clients show as a clean text.
 */
final class CheckEndpoint {
  private static final String FILE = "texte.txt";

  private final Reviews reviews;
  private final Bodies bodies;
  private final Deadlines deadlines;

  CheckEndpoint(Reviews reviews, Bodies bodies, Deadlines deadlines) {
    this.reviews = reviews;
    this.bodies = bodies;
    this.deadlines = deadlines;
  }

  void handle(HttpExchange exchange) throws IOException {
    byte[] body = bodies.read(exchange);
    Map<String, String> form = new LinkedHashMap<>(
        Form.parse(exchange.getRequestHeaders().getFirst("Content-Type"), body));
    Form.urlEncoded(exchange.getRequestURI().getRawQuery()).forEach(form::putIfAbsent);
    Responses.json(exchange, 200, answer(form));
  }

  ObjectNode answer(Map<String, String> form) {
    String text = form.get("text");
    String data = form.get("data");
    if (text == null && data == null) {
      throw HttpError.badRequest("missing 'text' or 'data' parameter");
    }
    if (text != null && data != null) {
      throw HttpError.badRequest("give 'text' or 'data', not both");
    }
    LanguageTool.Language language = LanguageTool.Language.of(form.get("language"));
    RuleFilter rules = RuleFilter.of(form);
    if (!language.french()) {
      return LanguageTool.empty(language);
    }
    Annotation annotated = text != null ? new Annotation(text, text) : Annotation.parse(data);
    Source source = new Source(FILE, annotated.reviewed(), DocumentFormat.PLAIN, null);
    return deadlines.run(() -> {
      Review review = LintEndpoint.checked(reviews.review(source));
      return LanguageTool.answer(review, annotated.full(), annotated.reviewed(), rules);
    });
  }

  static void languages(HttpExchange exchange) throws IOException {
    Responses.json(exchange, 200, LanguageTool.languages());
  }
}
