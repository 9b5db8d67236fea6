package org.figlint.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Archives exported as JSON lines ({@code .jsonl}, {@code .jsonl.gz}): one document per line,
 * an object with {@code text}, or {@code title}, {@code heading} and {@code article} (joined by
 * blank lines), an optional {@code date} (YYYY-MM-DD) and an optional {@code id} or {@code path}
 * that names the document as {@code file#id}. Positions are lines and columns of that text.
 */
public final class JsonLines {
  /** Built on the first line read: asking whether a file is JSON lines must not cost it. */
  private static final class Mapper {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private JsonLines() {}

  public static boolean handles(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz") || lower.endsWith(".ndjson");
  }

  /** Lines parsed at once, on every core, while reading the whole archive. */
  private static final int BATCH = 1024;

  /**
   * Reads a whole archive. Lines are read in order and parsed in batches on every core; a
   * broken line stops the reading with the error of the first broken line, as {@link #forEach}.
   */
  public static List<Document> read(Path file, String displayPath) throws InputException {
    List<Document> out = new ArrayList<>();
    List<String> lines = new ArrayList<>(BATCH);
    List<Integer> numbers = new ArrayList<>(BATCH);
    lines(file, displayPath, (line, number) -> {
      lines.add(line);
      numbers.add(number);
      if (lines.size() == BATCH) {
        parse(lines, numbers, displayPath, out);
      }
    });
    parse(lines, numbers, displayPath, out);
    return out;
  }

  /** Parses a batch of lines into {@code out}, in order, and empties it. */
  private static void parse(List<String> lines, List<Integer> numbers, String displayPath,
      List<Document> out) throws InputException {
    Object[] parsed = new Object[lines.size()];
    java.util.stream.IntStream.range(0, lines.size()).parallel().forEach(i -> {
      try {
        parsed[i] = document(lines.get(i), displayPath, numbers.get(i));
      } catch (InputException e) {
        parsed[i] = e;
      }
    });
    for (Object o : parsed) {
      if (o instanceof InputException e) {
        throw e;
      }
      out.add((Document) o);
    }
    lines.clear();
    numbers.clear();
  }

  /** What is done with each non-blank line and its 1-based number. */
  @FunctionalInterface
  private interface LineAction {
    void accept(String line, int number) throws InputException;
  }

  private static void lines(Path file, String displayPath, LineAction action)
      throws InputException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = displayPath.toLowerCase(Locale.ROOT).endsWith(".gz")
            ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in,
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          action.accept(line, number);
        }
      }
    } catch (IOException e) {
      throw new InputException(displayPath + ": cannot read JSON lines (" + e.getMessage() + ")");
    }
  }

  /**
   * Reads an archive one document at a time, handing each with the JSON line it was read from
   * (without its line break), so that a large archive need not be held in memory.
   */
  public static void forEach(Path file, String displayPath, BiConsumer<Document, String> action)
      throws InputException {
    lines(file, displayPath,
        (line, number) -> action.accept(document(line, displayPath, number), line));
  }

  private static Document document(String line, String displayPath, int number)
      throws InputException {
    JsonNode node;
    try {
      node = Mapper.MAPPER.readTree(line);
    } catch (IOException e) {
      throw new InputException(displayPath + ":" + number + ": not a JSON object");
    }
    if (!node.isObject()) {
      throw new InputException(displayPath + ":" + number + ": not a JSON object");
    }
    String text;
    if (node.hasNonNull("text")) {
      text = node.get("text").asText();
    } else {
      text = String.join("\n\n", node.path("title").asText(""), node.path("heading").asText(""),
          node.path("article").asText("")) + "\n";
    }
    String name = node.hasNonNull("path") ? node.get("path").asText()
        : node.hasNonNull("id") ? node.get("id").asText() : Integer.toString(number);
    LocalDate date = null;
    if (node.hasNonNull("date")) {
      date = DocumentLoader.parseHeaderDate(node.get("date").asText().strip());
      if (date == null) {
        throw new InputException(displayPath + ":" + number + ": bad date '"
            + node.get("date").asText() + "'");
      }
    }
    Document doc = DocumentLoader.fromText(text, displayPath + "#" + name);
    return new Document(doc.path(), doc.text(), doc.analysed(), date != null ? date : doc.date(),
        node.path("title").asText(null));
  }
}
