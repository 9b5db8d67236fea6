package org.figlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.figlint.review.Review;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  private static final Review REVIEW = HtmlReports.review(HtmlReports.ALL);
  private static final String HTML = HtmlReports.render(REVIEW);
  private static final Document PAGE = Jsoup.parse(HTML);
  private static final JsonNode REVIEW_JSON = ReviewJson.of(REVIEW.report(), REVIEW.shown(), true);

  @Test
  void isWellFormedHtml() {
    Document strict = Jsoup.parse(HTML, "", Parser.htmlParser().setTrackErrors(100));
    assertEquals(List.of(), strict.parser().getErrors().stream().map(Object::toString).toList());
    assertEquals("fr", PAGE.selectFirst("html").attr("lang"));
    assertEquals(5, PAGE.select("article.doc").size());
  }

  @Test
  void highlightsCoverExactlyTheMentionTexts() {
    int d = 0;
    for (JsonNode doc : REVIEW_JSON.path("documents")) {
      List<String> expected = new ArrayList<>();
      List<String> kinds = new ArrayList<>();
      for (JsonNode m : REVIEW_JSON.path("mentions")) {
        if (m.path("file").asText().equals(doc.path("file").asText())) {
          expected.add(m.path("text").asText());
          kinds.add(m.path("kind").asText());
        }
      }
      Element text = PAGE.getElementById("text-" + d);
      assertNotNull(text);
      List<Element> marks = text.select("span.m");
      assertEquals(expected, marks.stream().map(Element::wholeText).toList(), doc.path("file").asText());
      assertEquals(kinds, marks.stream().map(e -> e.attr("data-kind")).toList());
      for (Element mark : marks) {
        assertTrue(mark.hasClass("m-" + mark.attr("data-kind")));
        assertTrue(mark.attr("title").startsWith(switch (mark.attr("data-kind")) {
          case "money" -> "montant";
          case "percent" -> "pourcentage";
          case "count" -> "nombre";
          default -> "date";
        }), mark.attr("title"));
      }
      d++;
    }
    assertTrue(d == 5 && PAGE.select("span.m").size() >= 15, "mentions: " + PAGE.select("span.m").size());
  }

  @Test
  void theTextIsTheOriginalTextWithTheMessagesAdded() {
    int d = 0;
    for (JsonNode doc : REVIEW_JSON.path("documents")) {
      Element text = PAGE.getElementById("text-" + d++).clone();
      text.select(".msg").remove();
      assertEquals(doc.path("text").asText(), text.wholeText());
    }
  }

  @Test
  void eachFindingIsMarkedAndExplainedUnderItsLine() {
    Element agenda = PAGE.getElementById("text-0");
    Element flagged = agenda.selectFirst("span.at.f.f-error");
    assertNotNull(flagged);
    assertEquals("lundi 18 mars 2025", flagged.wholeText());
    Element message = agenda.selectFirst(".msg[data-rule=weekday-mismatch]");
    assertNotNull(message);
    assertTrue(message.text().contains("est un mardi, pas un lundi"), message.text());
    assertTrue(message.previousSibling().toString().contains("\n") || message.parent() == agenda);
    // The suppressed finding is in the table, hidden, and not marked in the text.
    assertEquals(1, PAGE.select("tr.suppressed[data-rule=weekday-mismatch]").size());
    assertFalse(agenda.wholeText().contains("mercredi 20 mars 2025 »"));
    assertEquals(1, agenda.select(".msg[data-rule=weekday-mismatch]").size());
  }

  @Test
  void theTableHasOneRowPerFindingAndTheFilters() {
    List<Element> rows = PAGE.select("table.findings tbody tr");
    JsonNode findings = REVIEW_JSON.path("findings");
    assertEquals(findings.size(), rows.size());
    assertEquals(REVIEW.findings().size(), rows.size());
    Set<String> rules = new TreeSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Element row = rows.get(i);
      JsonNode f = findings.get(i);
      rules.add(f.path("ruleId").asText());
      assertEquals(f.path("ruleId").asText(), row.attr("data-rule"));
      assertEquals(f.path("severity").asText(), row.attr("data-severity"));
      assertEquals(f.path("file").asText(), row.child(0).text());
      assertEquals(f.path("line").asInt() + ":" + f.path("column").asInt(), row.child(1).text());
      assertTrue(row.child(4).text().startsWith(f.path("message").asText()));
      assertEquals(f.path("suppressed").asBoolean(), row.hasClass("suppressed"));
    }
    assertEquals(Set.of("date-mismatch", "weekday-mismatch"), rules,
        "these documents give these findings");
    assertEquals(rules, new TreeSet<>(PAGE.select("input[type=checkbox][data-filter=rule]").eachAttr("value")));
    assertEquals(List.of("error", "warning", "info"),
        PAGE.select("input[type=checkbox][data-filter=severity]").eachAttr("value"));
    assertNotNull(PAGE.selectFirst("input#show-suppressed[type=checkbox]:not([checked])"));
  }

  @Test
  void everyInternalLinkHasATargetAndNothingIsFetched() {
    for (Element link : PAGE.select("a[href]")) {
      String href = link.attr("href");
      assertTrue(href.startsWith("#"), href);
      assertNotNull(PAGE.getElementById(href.substring(1)), "no target for " + href);
    }
    for (Element e : PAGE.select("[src], link, iframe, img, object, embed, base")) {
      throw new AssertionError("external resource: " + e);
    }
    assertFalse(HTML.contains("@import"));
    assertFalse(HTML.matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*"));
  }

  @Test
  void relatedLocationsLinkAcrossDocuments() {
    Element row = PAGE.selectFirst("tr[data-rule=date-mismatch]");
    Element related = row.selectFirst(".related-list a.loc");
    assertEquals("vivatech-mai.txt:2:30", related.text());
    Element target = PAGE.getElementById(related.attr("href").substring(1));
    assertEquals("du 22 au 25 mai 2024", target.wholeText());
    assertTrue(target.hasClass("rel"));
    assertEquals("doc-4", target.closest("article").id());
  }

  @Test
  void documentTextCannotBreakOutOfTheDataBlock() throws Exception {
    assertEquals(3, PAGE.select("script").size());
    Element data = PAGE.getElementById("figlint-data");
    assertEquals("application/json", data.attr("type"));
    String json = data.data();
    assertFalse(json.contains("<"), "no '<' in the data block");
    JsonNode parsed = new ObjectMapper().readTree(json);
    assertEquals(HtmlReports.resource("balises.txt"),
        parsed.path("documents").get(1).path("text").asText());
    assertTrue(parsed.path("documents").get(1).path("text").asText().contains("</script><script>"));
    Element text = PAGE.getElementById("text-1");
    assertTrue(text.wholeText().contains("</script><script>alert(\"piège\")</script> puis <!--"));
  }

  @Test
  void theTimelineShowsWhereTheSourcesDisagree() throws Exception {
    List<Element> rows = PAGE.select("#timeline li.tl-row");
    assertEquals(1, rows.size(), PAGE.select("#timeline").outerHtml());
    Element vivatech = rows.get(0);
    assertTrue(vivatech.hasClass("tl-disagree"));
    assertTrue(vivatech.selectFirst(".tl-label").text().contains("VivaTech"));
    assertEquals(List.of("vivatech-juin.txt", "vivatech-mai.txt"),
        vivatech.select("a.tl-mark").eachText().stream().sorted().toList());
    assertEquals(1, vivatech.select("a.tl-mark.tl-flagged").size());
    assertEquals("vivatech-juin.txt", vivatech.selectFirst("a.tl-mark.tl-flagged").text());
    JsonNode data = new ObjectMapper().readTree(PAGE.getElementById("figlint-data").data());
    JsonNode event = data.path("timeline").get(0);
    assertTrue(event.path("disagree").asBoolean());
    assertEquals(2, event.path("marks").size());
  }

  @Test
  void agreeingDocumentsGiveAConcordantEvent() {
    String other = "date 2024-05-11\nLe salon VivaTech aura lieu du 22 au 25 mai 2024, à Paris.\n";
    Review review = org.figlint.review.Reviewer.bundled().review(List.of(
        org.figlint.review.Source.of("vivatech-mai.txt", HtmlReports.resource("vivatech-mai.txt")),
        org.figlint.review.Source.of("autre.txt", other)));
    Document page = Jsoup.parse(HtmlReports.render(review));
    List<Element> rows = page.select("#timeline li.tl-row");
    assertEquals(1, rows.size(), page.select("#timeline").outerHtml());
    assertFalse(rows.get(0).hasClass("tl-disagree"));
    assertEquals(0, page.select("table.findings tbody tr").size());
    assertNotNull(page.selectFirst("#findings p.none"));
  }

  @Test
  void theServerRenderedTextsMatchTheGoldenFile() {
    StringBuilder texts = new StringBuilder();
    for (Element text : PAGE.select("#documents article")) {
      texts.append(text.outerHtml()).append('\n');
    }
    Golden.assertMatches("html-texts", texts.toString());
  }

  @Test
  void aLargeReportIsWrittenOutInPiecesNotHeldWhole() throws IOException {
    // 400 documents, each with a founding date that the others repeat (a timeline event of 400
    // marks) and a wrong weekday (a finding each): more than a megabyte of HTML.
    List<org.figlint.review.Source> sources = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      sources.add(org.figlint.review.Source.of("d" + i + ".txt", "date 2024-05-0" + (1 + i % 9)
          + "\nMistral AI a été fondée en avril 2023. " + "Le texte continue sans chiffre. ".repeat(20)
          + "\nLa réunion aura lieu le lundi 19 mars 2025 à Paris.\n"));
    }
    Review review = org.figlint.review.Reviewer.bundled().review(sources);
    Recording out = new Recording();
    Renderers.byName("html").render(review.report(), review.sources(), review.texts(), out);
    String page = out.text.toString();
    assertEquals(HtmlReports.render(review), page);
    assertTrue(page.length() > 1_000_000, "a page of " + page.length() + " characters");
    assertTrue(out.largest < 200_000, "one write of " + out.largest + " characters");
    Document parsed = Jsoup.parse(page);
    assertEquals(400, parsed.select("article.doc").size());
    assertEquals(400, parsed.select("table.findings tbody tr").size());
    JsonNode data = new ObjectMapper().readTree(parsed.getElementById("figlint-data").data());
    assertEquals(400, data.path("timeline").get(0).path("marks").size());
    // The mentions, written one document at a time, are those of the review's JSON, in place.
    JsonNode whole = ReviewJson.of(review.report(), review.shown(), true);
    assertEquals(800, data.path("mentions").size());
    assertEquals(whole.path("mentions"), data.path("mentions"));
    List<String> fields = new ArrayList<>();
    data.fieldNames().forEachRemaining(fields::add);
    List<String> reviewFields = new ArrayList<>();
    whole.fieldNames().forEachRemaining(reviewFields::add);
    reviewFields.add("timeline");
    assertEquals(reviewFields, fields);
  }

  /** A writer that keeps what it is given and the length of its largest single write. */
  private static final class Recording extends Writer {
    final StringBuilder text = new StringBuilder();
    int largest;

    @Override
    public void write(char[] chars, int off, int len) {
      text.append(chars, off, len);
      largest = Math.max(largest, len);
    }

    @Override
    public void write(String chars, int off, int len) {
      text.append(chars, off, off + len);
      largest = Math.max(largest, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void theDataBlockIsEscapedAsItIsWritten() throws IOException {
    // Against escaping the whole JSON text afterwards, on strings long enough to be written in
    // several pieces, each character of which may need an escape.
    char[] alphabet = {'a', ' ', '<', '>', '&', '\u2028', '\u2029', 'é', '"', '\\', '/', '\n'};
    Random random = new Random(7);
    for (int t = 0; t < 300; t++) {
      ObjectNode data = Json.object();
      int fields = 1 + random.nextInt(4);
      for (int f = 0; f < fields; f++) {
        char[] text = new char[random.nextInt(t % 10 == 0 ? 40_000 : 300)];
        for (int i = 0; i < text.length; i++) {
          text[i] = alphabet[random.nextInt(alphabet.length)];
        }
        data.put("<f" + f + ">", new String(text));
      }
      StringWriter whole = new StringWriter();
      Json.write(data, whole);
      String expected = whole.toString().replace("<", "\\u003c").replace(">", "\\u003e")
          .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
      assertEquals(expected, HtmlRenderer.scriptJson(data));
      assertEquals(data, new ObjectMapper().readTree(HtmlRenderer.scriptJson(data)));
    }
  }

  @Test
  void charactersThatHtmlDoesNotAllowAreShownAsReplacementsAndKeptInTheData() throws IOException {
    // U+FFFF ends the page for jsoup; control characters and noncharacters are parse errors.
    String text = "Le salon aura lieu le lundi 19 mars 2025 \uFFFF\u0003 à Paris \u0085\uFDD0 "
        + "\uD83F\uDFFF \uD83D\uDE00 \u00A0: 15\u202F% de plus.\n";
    Review review = org.figlint.review.Reviewer.bundled().review(
        List.of(org.figlint.review.Source.of("controle.txt", text)));
    String html = HtmlReports.render(review);
    Document strict = Jsoup.parse(html, "", Parser.htmlParser().setTrackErrors(100));
    assertEquals(List.of(), strict.parser().getErrors().stream().map(Object::toString).toList());
    assertEquals(3, strict.select("script").size());
    String shown = text.replace('\uFFFF', '\uFFFD').replace('\u0003', '\uFFFD')
        .replace('\u0085', '\uFFFD').replace('\uFDD0', '\uFFFD')
        .replace("\uD83F\uDFFF", "\uFFFD\uFFFD");
    Element div = strict.getElementById("text-0");
    assertEquals(shown.length(), text.length());
    assertTrue(div.wholeText().startsWith(shown.strip()), div.wholeText());
    assertEquals("lundi 19 mars 2025", div.selectFirst("span.m").wholeText());
    JsonNode data = new ObjectMapper().readTree(strict.getElementById("figlint-data").data());
    assertEquals(text, data.path("documents").get(0).path("text").asText());
  }

  @Test
  void isListedAmongTheFormats() {
    assertTrue(Renderers.names().contains("html"));
    assertTrue(Renderers.byName("HTML") instanceof HtmlRenderer);
  }
}
