package org.figlint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.figlint.review.Reviewer;

/** A server on a free loopback port, serving the test page, and a client to call it. */
final class TestServer implements AutoCloseable {
  static final Reviewer REVIEWER = Reviewer.bundled();
  static final ObjectMapper MAPPER = new ObjectMapper();

  final ReviewServer server;
  final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  TestServer(ServerOptions options, Reviews reviews) throws IOException {
    server = ReviewServer.start(options, reviews,
        new StaticFiles(TestServer.class.getClassLoader(), "server/web/"));
  }

  TestServer() throws IOException {
    this(ServerOptions.loopback(0), REVIEWER::review);
  }

  URI uri(String path) {
    return server.uri().resolve(path);
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  HttpResponse<String> postJson(String path, String json)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  HttpResponse<String> postForm(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return MAPPER.readTree(response.body());
  }

  /** A JSON object {@code {"text": ...}} with more fields given as raw JSON pairs. */
  static String lintRequest(String text, String... rawFields) {
    StringBuilder sb = new StringBuilder("{\"text\": ");
    sb.append(MAPPER.getNodeFactory().textNode(text).toString());
    for (String f : rawFields) {
      sb.append(", ").append(f);
    }
    return sb.append('}').toString();
  }

  @Override
  public void close() {
    server.close();
  }
}
