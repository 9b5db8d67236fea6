package org.figlint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** Writes answers: JSON on one line, a one-line JSON error, or the bytes of a file. */
final class Responses {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String JSON = "application/json; charset=utf-8";

  private Responses() {}

  static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
    send(exchange, status, JSON, MAPPER.writeValueAsBytes(body));
  }

  static void error(HttpExchange exchange, int status, String message) throws IOException {
    String line = message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    json(exchange, status, MAPPER.createObjectNode().put("error", line));
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
