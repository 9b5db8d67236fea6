package org.figlint.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.figlint.document.Document;
import org.figlint.document.DocumentLoader;

/**
 * The documents a benchmark runs on, held in memory so that reading them is not timed, with
 * their total size in UTF-8 bytes. {@code planted} is what the generator planted, or null for
 * real text.
 */
public record Corpus(String description, List<Document> documents, long bytes,
    CorpusGenerator.Summary planted) {

  public Corpus {
    documents = List.copyOf(documents);
  }

  /**
   * A size in bytes as {@code figlint bench --size} and the JMH benchmarks take it: "10MB",
   * "100KB" and "1GB" are powers of 10, "1.5MiB" of 2, a plain number is bytes.
   */
  public static long parseSize(String value) {
    String v = value.trim().toUpperCase(Locale.ROOT).replace(" ", "");
    long unit = 1;
    String[][] units = {{"KIB", "1024"}, {"MIB", "1048576"}, {"GIB", "1073741824"},
        {"KB", "1000"}, {"MB", "1000000"}, {"GB", "1000000000"}, {"K", "1000"}, {"M", "1000000"},
        {"G", "1000000000"}, {"B", "1"}};
    for (String[] u : units) {
      if (v.endsWith(u[0])) {
        unit = Long.parseLong(u[1]);
        v = v.substring(0, v.length() - u[0].length());
        break;
      }
    }
    try {
      double n = Double.parseDouble(v);
      if (n <= 0 || Double.isNaN(n)) {
        throw new IllegalArgumentException("size must be positive: '" + value + "'");
      }
      return (long) (n * unit);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a size: '" + value + "' (try 100KB, 10MB, 1GB)");
    }
  }

  /** Generated news: {@code bytes} of it, as {@code figlint lint} would load it. */
  public static Corpus generate(long bytes, long seed, CorpusGenerator.Density density,
      double inconsistencyShare) {
    CorpusGenerator.Run run = new CorpusGenerator(seed, density, inconsistencyShare).generate(bytes);
    List<Document> docs = new ArrayList<>();
    while (run.hasNext()) {
      CorpusGenerator.GeneratedDocument g = run.next();
      docs.add(DocumentLoader.fromText(g.text(), g.name()));
    }
    CorpusGenerator.Summary s = run.summary();
    String description = String.format(Locale.ROOT,
        "generated news, seed %d, density %s, %.1f %% of figure sentences with a planted "
            + "inconsistency", seed, density.name().toLowerCase(Locale.ROOT),
        inconsistencyShare * 100);
    return new Corpus(description, docs, s.bytes(), s);
  }

  /**
   * Real news from a JSON-lines file, gzipped or not, with {@code date}, {@code title},
   * {@code heading} and {@code article} fields: each article becomes one document dated by its
   * {@code date}. The file is streamed; reading stops after {@code maxBytes} of text.
   */
  public static Corpus news(Path file, long maxBytes) throws IOException {
    List<Document> docs = new ArrayList<>();
    long bytes = 0;
    ObjectMapper mapper = new ObjectMapper();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        InputStream in = file.getFileName().toString().endsWith(".gz")
            ? new GZIPInputStream(raw, 1 << 16) : raw;
        MappingIterator<JsonNode> lines = mapper.readerFor(JsonNode.class).readValues(in)) {
      while (lines.hasNextValue() && bytes < maxBytes) {
        JsonNode article = lines.nextValue();
        String text = text(article);
        String id = article.path("id").asText(Integer.toString(docs.size()));
        docs.add(new Document("news/" + id, text, text, date(article), article.path("title").asText(null)));
        bytes += CorpusGenerator.utf8Length(text);
      }
    }
    String description = "real news, " + file.getFileName() + (bytes >= maxBytes ? " (first "
        + docs.size() + " articles)" : " (whole file)");
    return new Corpus(description, docs, bytes, null);
  }

  /** Title, lead and body, separated by blank lines. */
  private static String text(JsonNode article) {
    StringBuilder text = new StringBuilder();
    for (String field : new String[] {"title", "heading", "article"}) {
      String part = article.path(field).asText("").strip();
      if (!part.isEmpty()) {
        text.append(part).append("\n\n");
      }
    }
    if (text.length() > 0) {
      text.setLength(text.length() - 1);
    }
    return text.toString();
  }

  private static LocalDate date(JsonNode article) {
    try {
      return article.hasNonNull("date") ? LocalDate.parse(article.get("date").asText()) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The first documents, about {@code bytes} of them: what the warm-up runs on. */
  public Corpus head(long bytes) {
    List<Document> out = new ArrayList<>();
    long total = 0;
    for (Document d : documents) {
      if (total >= bytes) {
        break;
      }
      out.add(d);
      total += CorpusGenerator.utf8Length(d.text());
    }
    return new Corpus(description + " (head)", out, total, null);
  }
}
