package org.figlint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.figlint.document.DocumentFormat;
import org.figlint.fuzz.Fragments;
import org.figlint.review.Review;
import org.figlint.review.Reviewer;
import org.figlint.review.Source;
import org.figlint.rule.ExchangeRates;
import org.junit.jupiter.api.Timeout;

/**
 * LanguageTool's {@code /v2/check} on any annotated text (parts of text and of markup, some read
 * as line breaks, line breaks of every kind, surrogate pairs): every match lies inside the whole
 * text, its context shows the very characters matched, its sentence is cut to its width, and a
 * replacement is what the match's text becomes.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CheckFuzzTest {
  private static final Reviewer REVIEWER = new Reviewer(Reviewer.bundled().rules(),
      ExchangeRates.bundled(), Locale.FRENCH, LocalDate.of(2025, 3, 10), null);
  private static final List<String> MARKUP = List.of("<b>", "</b>", "<br/>", "<p>", "\n",
      "<!-- lundi 18 mars 2025 -->", "&nbsp;", "", "<span>\r\n</span>", "😀");

  @FuzzTest
  void check(FuzzedDataProvider data) {
    ArrayNode parts = Responses.MAPPER.createArrayNode();
    int count = data.consumeInt(1, 8);
    for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
      if (data.consumeInt(0, 3) > 0) {
        parts.addObject().put("text", data.consumeBoolean() ? Fragments.text(data, 600)
            : data.consumeString(300));
      } else {
        ObjectNode markup = parts.addObject().put("markup", data.pickValue(MARKUP));
        switch (data.consumeInt(0, 2)) {
          case 1 -> markup.put("interpretAs", "\n\n");
          case 2 -> markup.put("interpretAs", " ");
          default -> { }
        }
      }
    }
    ObjectNode root = Responses.MAPPER.createObjectNode();
    root.set("annotation", parts);
    Annotation annotated = Annotation.parse(root.toString());
    String full = annotated.full();
    assertEquals(full.length(), annotated.reviewed().length());
    Review review = REVIEWER.review(
        new Source("texte.txt", annotated.reviewed(), DocumentFormat.PLAIN, null));
    assertEquals(List.of(), review.errors());
    ObjectNode answer = LanguageTool.answer(review, full, annotated.reviewed(),
        RuleFilter.of(Map.of()));
    for (JsonNode match : answer.path("matches")) {
      int offset = match.path("offset").asInt();
      int length = match.path("length").asInt();
      assertTrue(offset >= 0 && length >= 0 && offset + length <= full.length(),
          () -> match + " in a text of " + full.length());
      String matched = full.substring(offset, offset + length);
      JsonNode context = match.path("context");
      int at = context.path("offset").asInt();
      assertEquals(matched.replace('\r', ' ').replace('\n', ' '),
          context.path("text").asText().substring(at, at + context.path("length").asInt()));
      assertTrue(match.path("sentence").asText().length()
          <= LanguageTool.SENTENCE_WIDTH + 2 * "...".length(), match::toString);
      for (JsonNode replacement : match.path("replacements")) {
        String value = replacement.path("value").asText();
        assertTrue(!value.equals(matched) && value.length() < matched.length() + 200,
            () -> "replacement " + value + " of " + matched);
      }
    }
  }
}
