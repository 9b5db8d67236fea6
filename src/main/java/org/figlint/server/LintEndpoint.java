package org.figlint.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.figlint.document.DocumentFormat;
import org.figlint.document.DocumentLoader;
import org.figlint.report.ReviewJson;
import org.figlint.review.Review;
import org.figlint.review.Source;

/**
 * {@code POST /api/lint}: reviews {@code {"text", "format", "date"}} and answers the review JSON
 * ({@link ReviewJson}: findings, summary, rules, mentions). The text is shown under
 * {@code texte.txt}, {@code texte.md} or {@code texte.html}, by format.
 */
final class LintEndpoint {
  private static final Map<String, DocumentFormat> FORMATS = Map.of(
      "text", DocumentFormat.PLAIN, "markdown", DocumentFormat.MARKDOWN,
      "html", DocumentFormat.HTML);
  private static final Map<DocumentFormat, String> FILES = Map.of(
      DocumentFormat.PLAIN, "texte.txt", DocumentFormat.MARKDOWN, "texte.md",
      DocumentFormat.HTML, "texte.html");

  private final Reviews reviews;
  private final Bodies bodies;
  private final Deadlines deadlines;

  LintEndpoint(Reviews reviews, Bodies bodies, Deadlines deadlines) {
    this.reviews = reviews;
    this.bodies = bodies;
    this.deadlines = deadlines;
  }

  void handle(HttpExchange exchange) throws IOException {
    Source source = source(bodies.read(exchange));
    JsonNode answer = deadlines.run(() -> {
      Review review = checked(reviews.review(source));
      return ReviewJson.of(review.report(), review.shown(), false);
    });
    Responses.json(exchange, 200, answer);
  }

  /** The text to review that a request body asks for; 400 when it is not one. */
  static Source source(byte[] body) {
    JsonNode request;
    try {
      request = Responses.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw HttpError.badRequest("request body is not valid JSON: "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw HttpError.badRequest("request body is not valid JSON");
    }
    if (request == null || !request.isObject()) {
      throw HttpError.badRequest("request body must be a JSON object {\"text\": ...}");
    }
    JsonNode text = request.get("text");
    if (text == null || !text.isTextual()) {
      throw HttpError.badRequest("missing \"text\": the text to review, as a string");
    }
    DocumentFormat format = DocumentFormat.PLAIN;
    JsonNode f = request.get("format");
    if (f != null && !f.isNull()) {
      format = f.isTextual() ? FORMATS.get(f.asText()) : null;
      if (format == null) {
        throw HttpError.badRequest("unknown format " + f + ": markdown, text or html");
      }
    }
    LocalDate date = null;
    JsonNode d = request.get("date");
    if (d != null && !d.isNull()) {
      try {
        date = DocumentLoader.parseDay(
            d.isTextual() ? d.asText() : d.toString());
      } catch (DateTimeParseException e) {
        throw HttpError.badRequest("bad date " + d + ": YYYY-MM-DD");
      }
    }
    return new Source(FILES.get(format), text.asText(), format, date);
  }

  /** The review, or 500 when part of it failed (its findings would be incomplete). */
  static Review checked(Review review) {
    if (!review.errors().isEmpty()) {
      throw new HttpError(500, String.join("; ", review.errors()));
    }
    return review;
  }
}
