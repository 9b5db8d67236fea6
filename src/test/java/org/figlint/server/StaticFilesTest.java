package org.figlint.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StaticFilesTest {
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theRootIsThePageInUtf8() throws Exception {
    HttpResponse<String> r = server.get("/");
    assertEquals(200, r.statusCode());
    assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").get());
    assertTrue(r.body().contains("Relecture figlint — été"), r.body());
  }

  @ParameterizedTest
  @CsvSource({
    "app.js, text/javascript; charset=utf-8",
    "style.css, text/css; charset=utf-8",
  })
  void assetsHaveTheirContentType(String name, String type) throws Exception {
    HttpResponse<String> r = server.get("/assets/" + name);
    assertEquals(200, r.statusCode());
    assertEquals(type, r.headers().firstValue("Content-Type").get());
    try (var in = getClass().getResourceAsStream("/server/web/" + name)) {
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), r.body());
    }
  }

  @Test
  void binaryAssetsComeByteForByte() throws Exception {
    HttpResponse<byte[]> r = server.client.send(
        HttpRequest.newBuilder(server.uri("/assets/logo.png")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertEquals("image/png", r.headers().firstValue("Content-Type").get());
    try (var in = getClass().getResourceAsStream("/server/web/logo.png")) {
      assertArrayEquals(in.readAllBytes(), r.body());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/assets/missing.js", "/assets/index.html", "/assets/App.js", "/assets/.app.js",
    "/assets/", "/assets/%2e%2e/web/app.js", "/assets/..%2fapp.js", "/assets/sub/app.js",
    "/index.html", "/api", "/v1/check", "/server/web/app.js"
  })
  void anythingElseIs404(String path) throws Exception {
    HttpResponse<String> r = server.get(path);
    assertEquals(404, r.statusCode(), path + " " + r.body());
    LintEndpointTest.assertOneLineError(r);
  }

  @Test
  void theServedFolderIsTheClasspathWebFolder() throws Exception {
    try (ReviewServer real =
        ReviewServer.start(ServerOptions.loopback(0), TestServer.REVIEWER::review)) {
      HttpResponse<String> r = server.client.send(
          HttpRequest.newBuilder(real.uri().resolve("/assets/app.js")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(404, r.statusCode(), "the test page is not under web/");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "POST, /, GET",
    "DELETE, /assets/app.js, GET",
    "GET, /api/lint, POST",
    "PUT, /api/lint, POST",
  })
  void aWrongMethodIs405WithAllow(String method, String path, String allow) throws Exception {
    HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri(path))
        .method(method, HttpRequest.BodyPublishers.ofString("{}")));
    assertEquals(405, r.statusCode(), r.body());
    assertEquals(allow, r.headers().firstValue("Allow").get());
    LintEndpointTest.assertOneLineError(r);
  }
}
