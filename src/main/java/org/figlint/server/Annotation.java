package org.figlint.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * LanguageTool's annotated text, the {@code data} field of {@code /v2/check}:
 * {@code {"annotation": [{"text": "..."}, {"markup": "<b>", "interpretAs": "..."}]}}.
 * {@code full} is every part joined, the text whose offsets the answer gives; {@code reviewed}
 * has the same length, the markup blanked with spaces (line breaks kept, and a line break where
 * the markup is read as one) so that its offsets are those of {@code full}.
 */
record Annotation(String full, String reviewed) {

  static Annotation parse(String data) {
    JsonNode root;
    try {
      root = Responses.MAPPER.readTree(data);
    } catch (JsonProcessingException e) {
      throw HttpError.badRequest("'data' is not valid JSON: " + e.getOriginalMessage());
    }
    JsonNode parts = root == null ? null : root.get("annotation");
    if (parts == null || !parts.isArray()) {
      throw HttpError.badRequest("'data' must be {\"annotation\": [...]}");
    }
    StringBuilder full = new StringBuilder();
    StringBuilder reviewed = new StringBuilder();
    for (JsonNode part : parts) {
      JsonNode text = part.get("text");
      JsonNode markup = part.get("markup");
      if (text != null && text.isTextual() && markup == null) {
        full.append(text.asText());
        reviewed.append(text.asText());
      } else if (markup != null && markup.isTextual() && text == null) {
        String m = markup.asText();
        JsonNode as = part.get("interpretAs");
        if (as != null && !as.isTextual()) {
          throw HttpError.badRequest("'interpretAs' must be a string: " + part);
        }
        full.append(m);
        reviewed.append(blank(m, as != null && as.asText().matches("(?s).*[\\r\\n].*")));
      } else {
        throw HttpError.badRequest(
            "each annotation part is {\"text\": ...} or {\"markup\": ...}, not " + part);
      }
    }
    return new Annotation(full.toString(), reviewed.toString());
  }

  /** Markup as spaces of the same length, its line breaks kept, or one put first if asked. */
  private static String blank(String markup, boolean lineBreak) {
    StringBuilder sb = new StringBuilder(markup.length());
    boolean hasBreak = false;
    for (int i = 0; i < markup.length(); i++) {
      char c = markup.charAt(i);
      boolean isBreak = c == '\n' || c == '\r';
      hasBreak |= isBreak;
      sb.append(isBreak ? c : ' ');
    }
    if (lineBreak && !hasBreak && sb.length() > 0) {
      sb.setCharAt(0, '\n');
    }
    return sb.toString();
  }
}
