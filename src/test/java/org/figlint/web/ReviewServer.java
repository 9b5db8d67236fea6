package org.figlint.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.figlint.document.DocumentFormat;
import org.figlint.report.ReviewJson;
import org.figlint.review.Review;
import org.figlint.review.Reviewer;
import org.figlint.review.Source;

/**
 * Serves the review page as {@code figlint serve} will: {@code GET /} is {@code web/index.html},
 * {@code GET /assets/NAME} is {@code web/NAME}, and {@code POST /api/lint} lints the posted text
 * with the bundled rules and answers the review JSON. Test-only, on a free port of the loopback.
 */
final class ReviewServer implements AutoCloseable {
  private static final Pattern ASSET = Pattern.compile("[a-z0-9][a-z0-9._-]*\\.(js|css|svg)");
  private static final Map<String, String> TYPES = Map.of(
      "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml", "html", "text/html; charset=utf-8");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpServer server;
  private final Reviewer reviewer = Reviewer.bundled();

  ReviewServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String method = ex.getRequestMethod();
      if (path.equals("/") && method.equals("GET")) {
        asset(ex, "index.html");
      } else if (path.startsWith("/assets/") && method.equals("GET")
          && ASSET.matcher(path.substring(8)).matches()) {
        asset(ex, path.substring(8));
      } else if (path.equals("/api/lint") && method.equals("POST")) {
        lint(ex);
      } else {
        send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private void asset(HttpExchange ex, String name) throws IOException {
    try (InputStream in = ReviewServer.class.getResourceAsStream("/web/" + name)) {
      if (in == null) {
        send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
      send(ex, 200, TYPES.get(name.substring(name.lastIndexOf('.') + 1)), in.readAllBytes());
    }
  }

  private void lint(HttpExchange ex) throws IOException {
    JsonNode request = MAPPER.readTree(ex.getRequestBody());
    String format = request.path("format").asText("text");
    DocumentFormat documentFormat = switch (format) {
      case "markdown" -> DocumentFormat.MARKDOWN;
      case "html" -> DocumentFormat.HTML;
      default -> DocumentFormat.PLAIN;
    };
    String name = switch (documentFormat) {
      case MARKDOWN -> "article.md";
      case HTML -> "article.html";
      default -> "article.txt";
    };
    String date = request.path("date").asText("");
    Review review = reviewer.review(new Source(name, request.path("text").asText(""),
        documentFormat, date.isEmpty() ? null : LocalDate.parse(date)));
    StringWriter out = new StringWriter();
    ReviewJson.write(ReviewJson.of(review.report(), review.documents(), false), out);
    send(ex, 200, "application/json; charset=utf-8", out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
