package org.figlint.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads documents: UTF-8 with or without BOM, UTF-16 with BOM, or a given charset; rejects
 * binary files and invalid byte sequences with a one-line message naming the file and byte.
 * A plain-text document may start with a {@code date YYYY-MM[-DD]} header that gives its date.
 */
public final class DocumentLoader {
  private final Charset charset;

  public DocumentLoader(Charset charset) {
    this.charset = charset;
  }

  public DocumentLoader() {
    this(null);
  }

  public Document load(Path file, String displayPath) throws InputException {
    try {
      return fromBytes(Files.readAllBytes(file), displayPath);
    } catch (IOException e) {
      throw new InputException(displayPath + ": cannot read file (" + reason(e) + ")");
    } catch (OutOfMemoryError e) {
      throw new InputException(displayPath + ": file too large to read");
    }
  }

  /** Why a file could not be read, in words rather than an exception's name. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : "input/output error";
  }

  /** Decodes a document and reads it in the format its path's extension names. */
  public Document fromBytes(byte[] bytes, String displayPath) throws InputException {
    String text = decode(bytes, displayPath);
    return DocumentFormat.of(displayPath).read(text, displayPath);
  }

  /** Builds a plain-text document, reading its date header if it has one. */
  public static Document fromText(String text, String displayPath) {
    LocalDate date = null;
    int headerEnd = dateHeaderEnd(text);
    if (headerEnd >= 0) {
      String header = text.substring(0, headerEnd).trim();
      date = parseHeaderDate(header.substring("date".length()).trim());
    }
    boolean transcript = Transcripts.isTranscript(text);
    if (date == null && !transcript) {
      return new Document(displayPath, text, text, null, null); // nothing to blank: no copy
    }
    StringBuilder analysed = new StringBuilder(text);
    if (date != null) {
      blank(analysed, 0, headerEnd);
    }
    if (transcript) {
      blankTimestamps(text, analysed);
    }
    return new Document(displayPath, text, analysed.toString(), date, null);
  }

  /**
   * A transcript's timestamps and speaker labels are not text: "05:5680 millions" reads
   * "80 millions", and "00:12 JEAN DUPONT : ..." starts a new sentence.
   */
  private static void blankTimestamps(String text, StringBuilder analysed) {
    int i = 0;
    while (i < text.length()) {
      int eol = text.indexOf('\n', i);
      if (eol < 0) {
        eol = text.length();
      }
      int len = Transcripts.timestampLength(text, i, eol);
      int speaker = Transcripts.speakerLength(text, i + len, eol);
      if (len + speaker > 0) {
        blank(analysed, i, i + len + speaker);
      }
      if (speaker > 0 && i > 0) {
        analysed.setCharAt(i, '\n');
      }
      i = eol + 1;
    }
  }

  private static void blank(StringBuilder text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        text.setCharAt(i, ' ');
      }
    }
  }

  /** The end of a leading "date 2023-11" or "date 2024-03-15" header, or -1. */
  static int dateHeaderEnd(String text) {
    int i = 0;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (!text.startsWith("date ", i)) {
      return -1;
    }
    int j = i + 5;
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    int k = j;
    while (k < text.length() && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '-')) {
      k++;
    }
    int len = k - j;
    if (len != 7 && len != 10) {
      return -1;
    }
    if (k < text.length() && !Character.isWhitespace(text.charAt(k))) {
      return -1;
    }
    return k;
  }

  /**
   * A day as options and settings give it: YYYY-MM-DD with a year of four digits, as documents
   * give theirs. {@code LocalDate.parse} also takes a signed year of up to nine digits
   * ("+999999999-12-31"), whose neighbouring days and years no calendar holds.
   *
   * @throws DateTimeParseException when {@code text} is no such day
   */
  public static LocalDate parseDay(String text) {
    if (text.length() != 10 || !Character.isDigit(text.charAt(0))) {
      throw new DateTimeParseException("not a date YYYY-MM-DD", text, 0);
    }
    return LocalDate.parse(text);
  }

  /** Parses YYYY-MM (first of the month) or YYYY-MM-DD; null when malformed. */
  public static LocalDate parseHeaderDate(String s) {
    try {
      if (s.length() == 7 && s.charAt(4) == '-') {
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)), 1);
      }
      if (s.length() == 10) {
        return parseDay(s);
      }
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
    return null;
  }

  private String decode(byte[] bytes, String path) throws InputException {
    Charset cs = charset;
    int skip = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    if (cs == null) {
      cs = StandardCharsets.UTF_8;
    }
    if (skip == 0 && isBinary(bytes)) {
      throw new InputException(path + ": binary file (NUL byte), not checked");
    }
    if (cs.equals(StandardCharsets.UTF_8)) {
      // String's own decoding is much faster than a decoder's, and writes U+FFFD for every
      // malformed sequence: without one in its result the bytes were valid. With one, the
      // strict decoder below says where the error is (or finds a U+FFFD that was written).
      String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return text;
      }
    }
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
        (long) ((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 1));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InputException(path + ": not valid " + cs.name() + " at byte " + in.position());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new InputException(path + ": not valid " + cs.name() + " at byte " + in.position());
    }
    out.flip();
    return out.toString();
  }

  private static boolean isBinary(byte[] bytes) {
    int limit = Math.min(bytes.length, 8192);
    for (int i = 0; i < limit; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

}
