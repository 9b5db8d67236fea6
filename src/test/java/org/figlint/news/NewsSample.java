package org.figlint.news;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.figlint.document.Document;

/**
 * The fixed sample of 1,000 real French news articles (OrangeSum, CC BY-SA 4.0; see
 * src/test/resources/news/README.md), each turned into one document: title, heading and body
 * separated by blank lines, dated by its publication date.
 */
public final class NewsSample {
  /** One article as a document, with where each field starts in its text. */
  public record Article(String id, Document document, int titleStart, int headingStart, int articleStart) {
    int offset(String field, int offsetInField) {
      return switch (field) {
        case "title" -> titleStart + offsetInField;
        case "heading" -> headingStart + offsetInField;
        default -> articleStart + offsetInField;
      };
    }
  }

  private NewsSample() {}

  public static List<Article> load() throws IOException {
    List<Article> out = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    try (InputStream raw = NewsSample.class.getResourceAsStream("/news/sample-1000.jsonl.gz");
        BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
            StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode n = mapper.readTree(line);
        String id = n.get("id").asText();
        String title = n.path("title").asText("");
        String heading = n.path("heading").asText("");
        String article = n.path("article").asText("");
        String text = title + "\n\n" + heading + "\n\n" + article + "\n";
        int headingStart = title.length() + 2;
        int articleStart = headingStart + heading.length() + 2;
        Document doc = Document.plain("news/" + id + ".txt", text, LocalDate.parse(n.get("date").asText()));
        out.add(new Article(id, doc, 0, headingStart, articleStart));
      }
    }
    return out;
  }
}
