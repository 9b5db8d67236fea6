package org.figlint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.figlint.review.Review;
import org.junit.jupiter.api.Test;

class ServerLimitsTest {
  private static final String TEXT = "Le conseil se réunira le lundi 18 mars 2025.";
  private static final byte[] TOO_LARGE = tooLarge();

  private static byte[] tooLarge() {
    String filler = "Le conseil se réunit. ".repeat(1_100_000 / 22 + 1);
    return TestServer.lintRequest(filler).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aBodyOverOneMegabyteIs413() throws Exception {
    try (TestServer server = new TestServer()) {
      HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/api/lint"))
          .POST(HttpRequest.BodyPublishers.ofByteArray(TOO_LARGE)));
      assertEquals(413, r.statusCode(), r.body());
      LintEndpointTest.assertOneLineError(r);
      assertEquals(200, server.postJson("/api/lint", TestServer.lintRequest(TEXT)).statusCode());
    }
  }

  @Test
  void aChunkedBodyOverOneMegabyteIs413() throws Exception {
    try (TestServer server = new TestServer()) {
      HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/v2/check"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofInputStream(
              () -> new ByteArrayInputStream(TOO_LARGE))));
      assertEquals(413, r.statusCode(), r.body());
      LintEndpointTest.assertOneLineError(r);
      assertEquals(200, server.postForm("/v2/check",
          Map.of("text", TEXT, "language", "fr")).statusCode());
    }
  }

  @Test
  void aChunkedBodyUnderTheLimitIsRead() throws Exception {
    try (TestServer server = new TestServer()) {
      byte[] body = TestServer.lintRequest(TEXT).getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/api/lint"))
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(1, TestServer.json(r).get("findings").size());
    }
  }

  @Test
  void corsIsClosedByDefault() throws Exception {
    try (TestServer server = new TestServer()) {
      HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/v2/languages"))
          .header("Origin", "https://example.org"));
      assertEquals(200, r.statusCode());
      assertNoCors(r.headers());
      HttpResponse<String> preflight = server.send(preflight(server, "https://example.org"));
      assertEquals(405, preflight.statusCode());
      assertNoCors(preflight.headers());
    }
  }

  @Test
  void anAllowedOriginIsEchoedAndItsPreflightsAnswered() throws Exception {
    ServerOptions options = ServerOptions.loopback(0)
        .withAllowedOrigins(List.of("https://relecture.example.org", "http://localhost:3000"));
    try (TestServer server = new TestServer(options, TestServer.REVIEWER::review)) {
      HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/api/lint"))
          .header("Origin", "http://localhost:3000")
          .POST(HttpRequest.BodyPublishers.ofString(TestServer.lintRequest(TEXT))));
      assertEquals(200, r.statusCode());
      assertEquals("http://localhost:3000",
          r.headers().firstValue("Access-Control-Allow-Origin").get());
      HttpResponse<String> p = server.send(preflight(server, "https://relecture.example.org"));
      assertEquals(204, p.statusCode());
      assertEquals("https://relecture.example.org",
          p.headers().firstValue("Access-Control-Allow-Origin").get());
      assertEquals("POST, OPTIONS", p.headers().firstValue("Access-Control-Allow-Methods").get());
      assertEquals("Content-Type", p.headers().firstValue("Access-Control-Allow-Headers").get());
      HttpResponse<String> other = server.send(HttpRequest.newBuilder(server.uri("/api/lint"))
          .header("Origin", "https://attaquant.example")
          .POST(HttpRequest.BodyPublishers.ofString(TestServer.lintRequest(TEXT))));
      assertNoCors(other.headers());
      assertEquals(405, server.send(preflight(server, "https://attaquant.example")).statusCode());
    }
  }

  @Test
  void aReviewPastTheDeadlineIs503AndTheServerGoesOn() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Reviews blocking = source -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted");
      }
      return TestServer.REVIEWER.review(source);
    };
    ServerOptions options = ServerOptions.loopback(0).withTimeout(Duration.ofMillis(200));
    try (TestServer server = new TestServer(options, blocking)) {
      HttpResponse<String> r = server.postJson("/api/lint", TestServer.lintRequest(TEXT));
      assertEquals(503, r.statusCode(), r.body());
      LintEndpointTest.assertOneLineError(r);
      assertTrue(r.body().contains("200 ms"), r.body());
      HttpResponse<String> check =
          server.postForm("/v2/check", Map.of("text", TEXT, "language", "fr"));
      assertEquals(503, check.statusCode(), check.body());
      release.countDown();
      HttpResponse<String> after = server.postJson("/api/lint", TestServer.lintRequest(TEXT));
      assertEquals(200, after.statusCode(), after.body());
      Review direct = TestServer.REVIEWER.review(LintEndpoint.source(
          TestServer.lintRequest(TEXT).getBytes(StandardCharsets.UTF_8)));
      assertEquals(direct.findings().size(), TestServer.json(after).get("findings").size());
    }
  }

  private static HttpRequest.Builder preflight(TestServer server, String origin) {
    return HttpRequest.newBuilder(server.uri("/api/lint"))
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
  }

  private static void assertNoCors(HttpHeaders headers) {
    assertTrue(headers.map().keySet().stream()
            .noneMatch(k -> k.toLowerCase().startsWith("access-control-")),
        headers.map().toString());
  }
}
