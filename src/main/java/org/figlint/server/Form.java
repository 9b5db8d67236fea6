package org.figlint.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a form: {@code application/x-www-form-urlencoded} (also the query string) or
 * {@code multipart/form-data}, decoded as UTF-8. A field given twice keeps its first value.
 */
final class Form {
  private static final Pattern BOUNDARY =
      Pattern.compile("(?i);\\s*boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
  private static final Pattern NAME =
      Pattern.compile("(?i)content-disposition:[^\\r\\n]*?;\\s*name=\"([^\"]*)\"");

  private Form() {}

  /** The fields of a request body of the given content type (null: url-encoded). */
  static Map<String, String> parse(String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
    if (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded")) {
      return urlEncoded(new String(body, StandardCharsets.UTF_8));
    }
    if (type.startsWith("multipart/form-data")) {
      Matcher m = BOUNDARY.matcher(contentType);
      if (!m.find()) {
        throw HttpError.badRequest("multipart/form-data without a boundary");
      }
      return multipart(body, m.group(1) != null ? m.group(1) : m.group(2));
    }
    throw new HttpError(415, "unsupported content type '" + contentType
        + "': application/x-www-form-urlencoded or multipart/form-data");
  }

  /** Fields {@code a=1&b=2}, percent-decoded, {@code +} for a space. */
  static Map<String, String> urlEncoded(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        out.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw HttpError.badRequest("bad form encoding: " + e.getMessage());
      }
    }
    return out;
  }

  /** Fields of a multipart body: each part's name and its content as UTF-8. */
  static Map<String, String> multipart(byte[] body, String boundary) {
    Map<String, String> out = new LinkedHashMap<>();
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int at = indexOf(body, delimiter, 0);
    if (at < 0) {
      throw HttpError.badRequest("multipart body without its boundary");
    }
    while (true) {
      int partStart = at + delimiter.length;
      if (startsWith(body, partStart, "--")) {
        return out;
      }
      partStart = skipLineBreak(body, partStart);
      int next = indexOf(body, delimiter, partStart);
      if (next < 0) {
        throw HttpError.badRequest("multipart body not closed by its boundary");
      }
      int partEnd = next;
      if (partEnd >= 2 && body[partEnd - 2] == '\r' && body[partEnd - 1] == '\n') {
        partEnd -= 2;
      } else if (partEnd >= 1 && body[partEnd - 1] == '\n') {
        partEnd -= 1;
      }
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), partStart);
      int contentStart = headersEnd + 4;
      if (headersEnd < 0 || headersEnd > partEnd) {
        headersEnd = indexOf(body, "\n\n".getBytes(StandardCharsets.ISO_8859_1), partStart);
        contentStart = headersEnd + 2;
      }
      if (headersEnd < 0 || headersEnd > partEnd) {
        throw HttpError.badRequest("multipart part without headers");
      }
      String headers = new String(body, partStart, headersEnd - partStart,
          StandardCharsets.UTF_8);
      Matcher name = NAME.matcher(headers);
      if (name.find()) {
        out.putIfAbsent(name.group(1), new String(Arrays.copyOfRange(body, contentStart,
            Math.max(contentStart, partEnd)), StandardCharsets.UTF_8));
      }
      at = next;
    }
  }

  private static int skipLineBreak(byte[] b, int i) {
    if (startsWith(b, i, "\r\n")) {
      return i + 2;
    }
    return startsWith(b, i, "\n") ? i + 1 : i;
  }

  private static boolean startsWith(byte[] b, int at, String prefix) {
    if (at + prefix.length() > b.length) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[at + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, byte[] pattern, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= b.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (b[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
