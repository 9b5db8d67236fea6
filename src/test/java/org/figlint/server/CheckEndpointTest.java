package org.figlint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckEndpointTest {
  private static final String TEXT = "Le conseil se réunira le lundi 18 mars 2025.";
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode check(Map<String, String> fields) throws Exception {
    HttpResponse<String> r = server.postForm("/v2/check", fields);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").get());
    return TestServer.json(r);
  }

  @Test
  void theAnswerHasEveryKeyOfLanguageToolsWithTheSameTypes() throws Exception {
    JsonNode answer = check(Map.of("text", TEXT, "language", "fr"));
    JsonNode recorded;
    try (InputStream in = getClass().getResourceAsStream("/server/languagetool-check.json")) {
      recorded = TestServer.MAPPER.readTree(in);
    }
    assertEquals(1, answer.get("matches").size(), answer.toString());
    assertEquals(List.of(), JsonShape.differences(recorded, answer), answer.toPrettyString());
    assertEquals("figlint", answer.at("/software/name").asText());
    assertEquals(1, answer.at("/software/apiVersion").asInt());
    assertEquals("fr", answer.at("/language/code").asText());
    assertEquals("French", answer.at("/language/name").asText());
    JsonNode match = answer.at("/matches/0");
    assertEquals(1, answer.get("matches").size());
    assertEquals(25, match.get("offset").asInt());
    assertEquals(18, match.get("length").asInt());
    assertEquals("weekday-mismatch", match.at("/rule/id").asText());
    assertEquals("inconsistency", match.at("/rule/issueType").asText());
    assertEquals("FIGLINT_WEEKDAY_MISMATCH", match.at("/rule/category/id").asText());
    assertTrue(match.get("message").asText().contains("mardi"), match.toString());
    assertEquals(TEXT, match.get("sentence").asText());
    assertEquals(TEXT, match.at("/context/text").asText());
    assertEquals(25, match.at("/context/offset").asInt());
    assertEquals(18, match.at("/context/length").asInt());
    assertEquals("mardi 18 mars 2025", match.at("/replacements/0/value").asText());
  }

  @Test
  void offsetsAreUtf16UnitsOfTheSubmittedTextAcrossEmojiNonBreakingSpacesAndLineBreaks()
      throws Exception {
    String text = "Ordre du jour 🗓️\r\nRéunion 🎉\u00a0: 12\u00a0élus 👍 viendront.\rPuis\n"
        + "Le conseil 😀 se réunira le lundi\u00a018\u00a0mars\u00a02025 à 10\u202fh.";
    JsonNode answer = check(Map.of("text", text, "language", "fr"));
    JsonNode match = only(answer, "weekday-mismatch");
    int offset = text.indexOf("lundi");
    assertEquals(87, offset);
    assertEquals(offset, match.get("offset").asInt());
    assertEquals("lundi\u00a018\u00a0mars\u00a02025".length(), match.get("length").asInt());
    String context = match.at("/context/text").asText();
    int at = match.at("/context/offset").asInt();
    assertEquals("lundi\u00a018\u00a0mars\u00a02025",
        context.substring(at, at + match.at("/context/length").asInt()));
    assertTrue(context.startsWith("..."), context);
    assertEquals("Le conseil 😀 se réunira le lundi\u00a018\u00a0mars\u00a02025 à 10\u202fh.",
        match.get("sentence").asText());
  }

  /**
   * A match gives about {@link LanguageTool#SENTENCE_WIDTH} characters of a longer sentence,
   * around itself: its whole sentence in each of 1,500 matches made an answer of 54 MB.
   */
  @Test
  void aLongSentenceIsGivenAroundEachMatch() throws Exception {
    String text = "Le conseil se réunira " + "le lundi 18 mars 2025, ".repeat(1_500)
        + "puis il votera.";
    HttpResponse<String> r = server.postForm("/v2/check", Map.of("text", text, "language", "fr"));
    assertEquals(200, r.statusCode(), r.body().substring(0, Math.min(200, r.body().length())));
    assertTrue(r.body().length() < 4_000_000, "answer of " + r.body().length() + " characters");
    JsonNode matches = TestServer.json(r).get("matches");
    assertEquals(1_500, matches.size());
    for (JsonNode m : matches) {
      String sentence = m.get("sentence").asText();
      assertTrue(sentence.length() <= LanguageTool.SENTENCE_WIDTH + 6, sentence);
      int offset = m.get("offset").asInt();
      // The match's own words, with the sentence's around them.
      assertTrue(sentence.contains(text.substring(Math.max(0, offset - 20), offset + 18)),
          sentence);
    }
    assertTrue(matches.get(0).get("sentence").asText().startsWith("Le conseil se réunira le"));
    assertTrue(matches.get(0).get("sentence").asText().endsWith("..."));
    assertTrue(matches.get(1_499).get("sentence").asText().startsWith("..."));
    assertTrue(matches.get(1_499).get("sentence").asText().endsWith("2025, puis il votera."));
  }

  @Test
  void aMatchOutsideEverySentenceGetsItsLineCutAroundIt() {
    String line = "x".repeat(3_000) + " 12 % " + "y".repeat(3_000);
    String full = "Titre\n" + line + "\nFin.";
    int start = full.indexOf("12 %");
    String given = LanguageTool.sentence(full, List.of(),
        new org.figlint.document.LineMap(full), start, start + 4);
    assertTrue(given.startsWith("...") && given.endsWith("..."), given);
    assertTrue(given.contains(" 12 % "), given);
    assertTrue(given.length() <= LanguageTool.SENTENCE_WIDTH + 6, given);
    assertEquals("Titre", LanguageTool.sentence(full, List.of(),
        new org.figlint.document.LineMap(full), 0, 5));
    assertEquals("Fin.", LanguageTool.sentence(full, List.of(),
        new org.figlint.document.LineMap(full), full.length() - 2, full.length()));
  }

  @Test
  void annotatedDataGivesOffsetsIntoTheFullTextMarkupIncluded() throws Exception {
    String data = "{\"annotation\": ["
        + "{\"markup\": \"<p>\"},"
        + "{\"text\": \"Le conseil se réunira le \"},"
        + "{\"markup\": \"<b class=\\\"date\\\">\", \"interpretAs\": \"\"},"
        + "{\"text\": \"lundi 18 mars 2025\"},"
        + "{\"markup\": \"</b>\"},"
        + "{\"text\": \".\"},"
        + "{\"markup\": \"</p>\", \"interpretAs\": \"\\n\\n\"},"
        + "{\"text\": \"Le budget 🎉 est voté.\"}"
        + "]}";
    String full = "<p>Le conseil se réunira le <b class=\"date\">lundi 18 mars 2025</b>.</p>"
        + "Le budget 🎉 est voté.";
    JsonNode match = only(check(Map.of("data", data, "language", "fr")), "weekday-mismatch");
    assertEquals(full.indexOf("lundi"), match.get("offset").asInt());
    assertEquals(18, match.get("length").asInt());
    String context = match.at("/context/text").asText();
    int at = match.at("/context/offset").asInt();
    assertEquals("lundi 18 mars 2025", context.substring(at, at + 18));
  }

  @Test
  void aFixIsOfferedAsTheReplacementOfTheWholeMatch() throws Exception {
    String text = "Réunion prévue le Lundi 18 mars 2025 à Paris.";
    JsonNode match = only(check(Map.of("text", text, "language", "fr")), "weekday-mismatch");
    String matched = text.substring(match.get("offset").asInt(),
        match.get("offset").asInt() + match.get("length").asInt());
    assertEquals(1, match.get("replacements").size(), match.toString());
    assertEquals(matched.replace("Lundi", "Mardi"),
        match.get("replacements").get(0).get("value").asText());
  }

  @Test
  void aFindingWithoutFixOffersNoReplacement() throws Exception {
    String text = "date 2024-05-02\nLe chiffre d'affaires atteint 120 millions d'euros, dont 80 millions"
        + " en France et 70 millions en Allemagne.";
    JsonNode answer = check(Map.of("text", text, "language", "fr"));
    for (JsonNode m : answer.get("matches")) {
      if (!m.at("/rule/id").asText().equals("weekday-mismatch")
          && !m.at("/rule/id").asText().equals("name-variant")) {
        assertEquals(0, m.get("replacements").size(), m.toString());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr-FR", "fr", "FR-fr", "fr-CA", "auto"})
  void frenchInAnyFormIsChecked(String language) throws Exception {
    JsonNode answer = check(Map.of("text", TEXT, "language", language));
    assertEquals("fr", answer.at("/language/code").asText());
    only(answer, "weekday-mismatch");
  }

  @Test
  void anotherLanguageIsAnsweredWithoutMatches() throws Exception {
    JsonNode answer = check(Map.of("text", TEXT, "language", "en-US"));
    assertEquals(0, answer.get("matches").size());
    assertEquals("en-US", answer.at("/language/code").asText());
    assertEquals("English (United States)", answer.at("/language/name").asText());
  }

  @Test
  void disabledRulesAndCategoriesAreNotReturned() throws Exception {
    assertEquals(0, check(Map.of("text", TEXT, "language", "fr",
        "disabledRules", "WHITESPACE_RULE,weekday-mismatch")).get("matches").size());
    assertEquals(0, check(Map.of("text", TEXT, "language", "fr",
        "disabledCategories", "FIGLINT_WEEKDAY_MISMATCH")).get("matches").size());
    assertEquals(0, check(Map.of("text", TEXT, "language", "fr",
        "enabledRules", "figure-mismatch", "enabledOnly", "true")).get("matches").size());
    only(check(Map.of("text", TEXT, "language", "fr",
        "enabledRules", "weekday-mismatch", "enabledOnly", "true")), "weekday-mismatch");
    only(check(Map.of("text", TEXT, "language", "fr",
        "disabledRules", "figure-mismatch")), "weekday-mismatch");
  }

  @Test
  void suppressedFindingsAreNotReturned() throws Exception {
    String text = "[figlint-disable-next-line weekday-mismatch]\n" + TEXT;
    assertEquals(0, check(Map.of("text", text, "language", "fr")).get("matches").size());
    JsonNode lint = TestServer.json(server.postJson("/api/lint", TestServer.lintRequest(text)));
    assertTrue(lint.at("/findings/0/suppressed").asBoolean(), lint.toString());
  }

  @Test
  void multipartFormsAreRead() throws Exception {
    String boundary = "----figlint7MA4YWxkTrZu0gW";
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"language\"\r\n\r\nfr\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"text\"\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + TEXT + "\r\n"
        + "--" + boundary + "--\r\n";
    HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/v2/check"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(25, only(TestServer.json(r), "weekday-mismatch").get("offset").asInt());
  }

  @Test
  void queryStringFieldsAreReadToo() throws Exception {
    HttpResponse<String> r = server.send(HttpRequest.newBuilder(
            server.uri("/v2/check?language=fr&text=Le%20lundi%2018%20mars%202025."))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(3, only(TestServer.json(r), "weekday-mismatch").get("offset").asInt());
  }

  @Test
  void theLanguagesAreFrench() throws Exception {
    HttpResponse<String> r = server.get("/v2/languages");
    assertEquals(200, r.statusCode());
    assertEquals(TestServer.MAPPER.readTree(
        "[{\"name\":\"French\",\"code\":\"fr\",\"longCode\":\"fr-FR\"}]"), TestServer.json(r));
  }

  @Test
  void badRequestsAre400() throws Exception {
    List<Map<String, String>> bad = List.of(
        Map.of("language", "fr"),
        Map.of("text", TEXT),
        Map.of("text", TEXT, "language", "pas une langue"),
        Map.of("text", TEXT, "data", "{\"annotation\": []}", "language", "fr"),
        Map.of("data", "{\"annotation\": [{\"markup\": 3}]}", "language", "fr"),
        Map.of("data", "{\"annotation\": ", "language", "fr"),
        Map.of("data", "[]", "language", "fr"),
        Map.of("text", TEXT, "language", "fr", "enabledOnly", "true"));
    for (Map<String, String> fields : bad) {
      HttpResponse<String> r = server.postForm("/v2/check", fields);
      assertEquals(400, r.statusCode(), fields + " " + r.body());
      LintEndpointTest.assertOneLineError(r);
    }
    HttpResponse<String> r = server.postJson("/v2/check", "{\"text\": \"x\"}");
    assertEquals(415, r.statusCode(), r.body());
    LintEndpointTest.assertOneLineError(r);
  }

  @Test
  void theShapeComparisonSeesMissingKeysOtherTypesAndEmptyArrays() throws Exception {
    JsonNode expected = TestServer.MAPPER.readTree(
        "{\"a\": {\"b\": 1, \"c\": \"x\"}, \"m\": [{\"o\": 2}]}");
    assertEquals(List.of(), JsonShape.differences(expected, TestServer.MAPPER.readTree(
        "{\"a\": {\"b\": 2.5, \"c\": \"y\", \"d\": 0}, \"m\": [{\"o\": 3}, {\"o\": 4}]}")));
    assertEquals(List.of("$.a.c: missing", "$.m[1].o: STRING instead of NUMBER"),
        JsonShape.differences(expected, TestServer.MAPPER.readTree(
            "{\"a\": {\"b\": 2}, \"m\": [{\"o\": 3}, {\"o\": \"4\"}]}")));
    assertEquals(List.of("$.a: NULL instead of OBJECT", "$.m: OBJECT instead of ARRAY"),
        JsonShape.differences(expected, TestServer.MAPPER.readTree(
            "{\"m\": {}, \"a\": null}")));
  }

  private static JsonNode only(JsonNode answer, String ruleId) {
    JsonNode found = null;
    for (JsonNode m : answer.get("matches")) {
      if (m.at("/rule/id").asText().equals(ruleId)) {
        assertEquals(null, found, answer.toString());
        found = m;
      }
    }
    assertTrue(found != null, answer.toString());
    return found;
  }
}
