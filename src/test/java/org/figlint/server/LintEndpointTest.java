package org.figlint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LintEndpointTest {
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
  void aWeekdayErrorIsFoundAtItsLineAndColumnWithTheMentions() throws Exception {
    HttpResponse<String> r = server.postJson("/api/lint",
        TestServer.lintRequest("Le conseil se réunira le lundi 18 mars 2025."));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").get());
    JsonNode json = TestServer.json(r);
    JsonNode f = only(json.get("findings"), "weekday-mismatch");
    assertEquals("texte.txt", f.get("file").asText());
    assertEquals(1, f.get("line").asInt());
    assertEquals(26, f.get("column").asInt());
    assertEquals("lundi 18 mars 2025", f.get("snippet").asText());
    assertEquals(44, f.get("endColumn").asInt());
    assertFalse(f.get("suppressed").asBoolean());
    assertTrue(f.get("message").asText().contains("mardi"), f.get("message").asText());
    JsonNode mention = json.get("mentions").get(0);
    assertEquals(1, json.get("mentions").size(), json.toString());
    assertEquals("date", mention.get("kind").asText());
    assertEquals("lundi 18 mars 2025", mention.get("text").asText());
    assertEquals(26, mention.get("column").asInt());
    assertEquals("2025-03-18", mention.get("value").get("start").asText());
    assertEquals(1, json.get("summary").get("files").asInt());
    assertTrue(json.get("rules").size() > 0);
  }

  @Test
  void aCleanTextHasNoFinding() throws Exception {
    JsonNode json = TestServer.json(server.postJson("/api/lint", TestServer.lintRequest(
        "Le conseil se réunira le mardi 18 mars 2025.", "\"date\": \"2025-03-01\"")));
    assertEquals(0, json.get("findings").size(), json.toString());
    assertEquals(0, json.get("summary").get("warnings").asInt());
    assertEquals(1, json.get("mentions").size());
  }

  @Test
  void markdownIsReviewedAsMarkdownWithColumnsOfTheSource() throws Exception {
    String text = "# Agenda\n\nLe conseil se réunira le *lundi 18 mars 2025* à Paris.\n";
    JsonNode json = TestServer.json(server.postJson("/api/lint",
        TestServer.lintRequest(text, "\"format\": \"markdown\"", "\"date\": \"2025-03-01\"")));
    JsonNode f = only(json.get("findings"), "weekday-mismatch");
    assertEquals("texte.md", f.get("file").asText());
    assertEquals(3, f.get("line").asInt());
    assertEquals(text.split("\n")[2].indexOf("lundi") + 1, f.get("column").asInt());
  }

  @Test
  void htmlIsReviewedAsHtmlWithColumnsOfTheSource() throws Exception {
    String text = "<p>Le conseil se r&eacute;unira le <b>lundi 18 mars 2025</b>.</p>";
    JsonNode json = TestServer.json(server.postJson("/api/lint",
        TestServer.lintRequest(text, "\"format\": \"html\"")));
    JsonNode f = only(json.get("findings"), "weekday-mismatch");
    assertEquals("texte.html", f.get("file").asText());
    assertEquals(1, f.get("line").asInt());
    assertEquals(text.indexOf("lundi") + 1, f.get("column").asInt());
    assertEquals("lundi 18 mars 2025", json.get("mentions").get(0).get("text").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"text\": ",
    "[\"Le texte\"]",
    "",
    "{\"format\": \"text\"}",
    "{\"text\": 12}",
    "{\"text\": \"Le texte\", \"format\": \"docx\"}",
    "{\"text\": \"Le texte\", \"format\": 1}",
    "{\"text\": \"Le texte\", \"date\": \"18/03/2025\"}",
    "{\"text\": \"Le texte\", \"date\": \"2025-02-30\"}",
    "{\"text\": \"D’ici 3 ans.\", \"date\": \"+999999999-12-31\"}",
    "{\"text\": \"Il y a 3 ans.\", \"date\": \"-999999999-01-01\"}"
  })
  void aBadRequestIs400WithAOneLineError(String body) throws Exception {
    HttpResponse<String> r = server.postJson("/api/lint", body);
    assertEquals(400, r.statusCode(), r.body());
    assertOneLineError(r);
  }

  static void assertOneLineError(HttpResponse<String> r) throws Exception {
    assertFalse(r.body().contains("\n"), r.body());
    JsonNode json = TestServer.json(r);
    assertEquals(1, json.size(), r.body());
    assertTrue(json.get("error").isTextual() && !json.get("error").asText().isBlank(), r.body());
  }

  private static JsonNode only(JsonNode findings, String ruleId) {
    List<JsonNode> out = new ArrayList<>();
    findings.forEach(f -> {
      if (f.get("ruleId").asText().equals(ruleId)) {
        out.add(f);
      }
    });
    assertEquals(1, out.size(), findings.toString());
    return out.get(0);
  }
}
