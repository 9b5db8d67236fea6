package org.figlint.rule;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads one YAML document into a {@link YamlNode} tree, safely: SnakeYAML's limits are set
 * (aliases, nesting depth, size), no tag, anchor or alias is accepted, duplicate keys are errors,
 * and nothing but plain mappings, lists and scalars is ever built.
 */
final class YamlReader {

  /** Largest rule file read, in bytes and in code points. */
  static final int MAX_FILE_SIZE = 10 * 1024 * 1024;

  /** Deepest nesting of mappings and lists accepted. */
  static final int MAX_DEPTH = 32;

  private static final YAMLFactory FACTORY = createFactory();

  private YamlReader() {}

  private static YAMLFactory createFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_FILE_SIZE);
    // Duplicate keys are reported by the tree builder, at the key, with a clearer message.
    options.setAllowDuplicateKeys(true);
    options.setAllowRecursiveKeys(false);
    options.setTagInspector(tag -> false);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 8) // a backstop: the tree builder stops at MAX_DEPTH
            .maxStringLength(MAX_FILE_SIZE)
            .maxDocumentLength(MAX_FILE_SIZE)
            .build())
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        // Only true and false are booleans: "yes", "no" or "NO" (Norway) stay texts.
        .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
        .build();
  }

  /** Reads {@code content}, named {@code file} in errors; an empty document is null. */
  static YamlNode read(String file, byte[] content) {
    if (content.length > MAX_FILE_SIZE) {
      throw new RuleException(file, 1, 1, "file is larger than " + MAX_FILE_SIZE + " bytes");
    }
    try (JsonParser parser = FACTORY.createParser(new ByteArrayInputStream(content))) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      YamlNode root = node(file, parser, first, 1);
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        throw error(file, parser, "only one YAML document is allowed per file");
      }
      return root;
    } catch (RuleException e) {
      throw e;
    } catch (JacksonException e) {
      throw syntaxError(file, content, e);
    } catch (IOException e) {
      throw new RuleException(file, 1, 1, "cannot read: " + e.getMessage(), e);
    }
  }

  private static YamlNode node(String file, JsonParser parser, JsonToken token, int depth)
      throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    refuseExtras(file, parser);
    if (depth > MAX_DEPTH) {
      throw error(file, parser, "nesting deeper than " + MAX_DEPTH + " levels");
    }
    switch (token) {
      case START_OBJECT -> {
        LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        JsonToken next;
        while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
          JsonLocation keyAt = parser.currentTokenLocation();
          String key = parser.currentName();
          refuseExtras(file, parser);
          if (entries.containsKey(key)) {
            throw new RuleException(file, keyAt.getLineNr(), keyAt.getColumnNr(),
                "duplicate key '" + key + "'");
          }
          YamlNode value = node(file, parser, parser.nextToken(), depth + 1);
          entries.put(key, new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
        }
        if (next != JsonToken.END_OBJECT) {
          throw error(file, parser, "unexpected " + next + " in a mapping");
        }
        return new YamlNode.MapNode(file, line, column, entries);
      }
      case START_ARRAY -> {
        List<YamlNode> items = new ArrayList<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (next == null) {
            throw error(file, parser, "unexpected end of file in a list");
          }
          items.add(node(file, parser, next, depth + 1));
        }
        return new YamlNode.ListNode(file, line, column, List.copyOf(items));
      }
      case VALUE_STRING -> {
        return new YamlNode.Scalar(file, line, column, parser.getText(), YamlNode.Scalar.Type.STRING);
      }
      case VALUE_NUMBER_INT -> {
        return new YamlNode.Scalar(file, line, column, parser.getText(), YamlNode.Scalar.Type.INT);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new YamlNode.Scalar(file, line, column, parser.getText(),
            YamlNode.Scalar.Type.DECIMAL);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new YamlNode.Scalar(file, line, column, parser.getText(),
            YamlNode.Scalar.Type.BOOLEAN);
      }
      case VALUE_NULL -> {
        return new YamlNode.Scalar(file, line, column, "", YamlNode.Scalar.Type.NULL);
      }
      default -> throw error(file, parser, "unexpected " + token);
    }
  }

  /** Tags, anchors and aliases have no use in rule files, and aliases can blow up: refuse them. */
  private static void refuseExtras(String file, JsonParser parser) throws IOException {
    if (parser instanceof YAMLParser yaml) {
      if (yaml.isCurrentAlias()) {
        throw error(file, parser, "YAML aliases (*name) are not allowed in rule files");
      }
      if (yaml.getObjectId() != null) {
        throw error(file, parser, "YAML anchors (&name) are not allowed in rule files");
      }
      if (yaml.getTypeId() != null) {
        throw error(file, parser, "YAML tags (!tag) are not allowed in rule files");
      }
    }
  }

  private static RuleException error(String file, JsonParser parser, String message) {
    JsonLocation at = parser.currentTokenLocation();
    return new RuleException(file, at.getLineNr(), at.getColumnNr(), message);
  }

  /**
   * A byte sequence that is not UTF-8, reported at its place: the decoder's own message gives no
   * usable position. Files starting with a UTF-16 or UTF-32 byte order mark are decoded as such by
   * the parser, and get its message.
   */
  private static RuleException notUtf8(String file, byte[] content, CharConversionException e) {
    boolean utf16or32 = content.length >= 2 && ((content[0] == (byte) 0xFE
        && content[1] == (byte) 0xFF) || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
        || (content[0] == 0 && content[1] == 0));
    int bad = utf16or32 ? -1 : firstInvalidUtf8Byte(content);
    if (bad < 0) {
      return new RuleException(file, 1, 1, "cannot read: " + e.getMessage(), e);
    }
    String before = new String(content, 0, bad, StandardCharsets.UTF_8);
    int[] at = lineAndColumn(before, before.codePointCount(0, before.length()));
    return new RuleException(file, at[0], at[1], "not valid UTF-8 at byte " + bad, e);
  }

  /** The offset of the first byte that does not decode as UTF-8, or -1. */
  private static int firstInvalidUtf8Byte(byte[] content) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      CoderResult result = in.hasRemaining() ? decoder.decode(in, out, true)
          : decoder.flush(out);
      if (result.isError()) {
        return in.position();
      }
      if (result.isOverflow()) {
        out.clear();
      } else if (!in.hasRemaining()) {
        return -1;
      }
    }
  }

  private static int[] lineAndColumn(byte[] content, int codePointIndex) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return lineAndColumn(text, codePointIndex);
  }

  /** The 1-based line and column (in code points, as SnakeYAML counts) of a code point index. */
  private static int[] lineAndColumn(String text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int i = 0;
    for (int n = 0; n < codePointIndex && i < text.length(); n++) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  private static RuleException syntaxError(String file, byte[] content, JacksonException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharConversionException notUtf8) {
        return notUtf8(file, content, notUtf8);
      }
    }
    Throwable cause = e.getCause();
    if (cause instanceof ReaderException reader) {
      // A character YAML forbids (NUL, most controls): SnakeYAML gives its code point index.
      int[] at = lineAndColumn(content, reader.getPosition());
      return new RuleException(file, at[0], at[1], String.format(Locale.ROOT,
          "YAML syntax error: character U+%04X is not allowed", reader.getCodePoint()), e);
    }
    if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      String problem = marked.getProblem() == null ? "invalid YAML" : marked.getProblem();
      String context = marked.getContext();
      String detail = "YAML syntax error: " + problem + (context == null ? "" : " (" + context + ")");
      return new RuleException(file, mark.getLine() + 1, mark.getColumn() + 1, detail, e);
    }
    JsonLocation at = e.getLocation();
    String message = e.getOriginalMessage();
    if (cause != null && cause.getMessage() != null && (message == null || message.isBlank())) {
      message = cause.getMessage();
    }
    String firstLine = message == null ? "invalid YAML" : message.strip().lines().findFirst()
        .orElse("invalid YAML");
    int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
    int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
    return new RuleException(file, line, column, "YAML error: " + firstLine, e);
  }
}
