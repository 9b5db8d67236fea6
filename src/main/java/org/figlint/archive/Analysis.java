package org.figlint.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.figlint.rule.Entity;
import org.figlint.rule.Predicate;
import org.figlint.rule.RuleSet;

/**
 * What the claims of an archived document were made by: the code that reads documents and finds
 * their figures and claims, and the names and predicates of the lexicon. Two archives' documents
 * analysed alike have the same fingerprint; a document archived by another figlint, or with
 * another lexicon, is analysed again by the next {@code archive add} even when its text is
 * unchanged, so that the archive holds what this figlint would find in it.
 */
public final class Analysis {
  /**
   * The packages whose classes make the claims: the readers of each format, the grammar and its
   * extractor, the values, and the claims built from them.
   */
  static final List<String> PACKAGES = List.of(
      "org/figlint/document/", "org/figlint/parse/", "org/figlint/value/", "org/figlint/claim/");

  /**
   * The fingerprint of the analysing classes, written next to them by the build ({@link
   * #writeCode}): reading the jar's directory of entries at every run would cost a fresh process
   * tens of milliseconds, which {@code lint --archive} does not spend.
   */
  static final String RESOURCE = "org/figlint/archive/analysis-code.txt";

  private static volatile String code;

  private Analysis() {}

  /** The fingerprint of this figlint's analysis with the lexicon of {@code rules}. */
  public static String of(RuleSet rules) {
    return of(code(), rules);
  }

  static String of(String code, RuleSet rules) {
    StringBuilder lexicon = new StringBuilder(code).append('\n');
    for (Entity e : rules.entities()) {
      lexicon.append("entity\t").append(e.name()).append('\t').append(e.kind()).append('\t')
          .append(String.join("\t", e.aliases())).append('\t').append(e.currency()).append('\n');
    }
    for (Predicate p : rules.predicates()) {
      lexicon.append("predicate\t").append(p.id()).append('\t').append(p.kinds()).append('\t')
          .append(String.join("\t", p.terms())).append('\t').append(p.periodic()).append('\n');
    }
    return checksum(lexicon.toString());
  }

  /**
   * The CRC-32 and CRC-32C of a text's UTF-8 bytes, in 16 hexadecimal digits: a short run
   * asks for it once, where the JVM has not compiled SHA-256's Java code yet, which then takes
   * tens of milliseconds; the checksums are the processor's own instructions. Telling two
   * lexicons apart, not resisting forgery, is all that is asked of it.
   */
  static String checksum(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    CRC32C crcC = new CRC32C();
    crcC.update(bytes);
    return HexFormat.of().toHexDigits((crc.getValue() << 32) | crcC.getValue());
  }

  /**
   * The fingerprint of the analysing classes: the names and CRC-32 of their class files, read
   * from the jar's directory without inflating anything, or from the folder of classes.
   */
  static String code() {
    String known = code;
    if (known == null) {
      known = written();
      if (known == null) {
        known = code(location()); // classes not built by Maven (an IDE's)
      }
      code = known;
    }
    return known;
  }

  /** The fingerprint the build wrote, or null when there is none. */
  private static String written() {
    try (InputStream in = Analysis.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
      return isFingerprint(text) ? text : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean isFingerprint(String text) {
    if (text.length() != 16) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The build step: writes the fingerprint of the analysing classes under {@code classes}, the
   * folder they were compiled to. A jar's entries have the CRC-32 of the files they were made
   * from, so the fingerprint is the jar's too.
   */
  public static void writeCode(Path classes) throws IOException {
    Path target = classes.resolve(RESOURCE);
    Files.createDirectories(target.getParent());
    Files.writeString(target, code(classes) + "\n", StandardCharsets.US_ASCII);
  }

  static String code(Path location) {
    if (location == null) {
      return "unknown";
    }
    TreeMap<String, Long> crcs = new TreeMap<>();
    try {
      if (Files.isDirectory(location)) {
        for (String pkg : PACKAGES) {
          Path dir = location.resolve(pkg);
          if (!Files.isDirectory(dir)) {
            continue;
          }
          try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
              CRC32 crc = new CRC32();
              crc.update(Files.readAllBytes(f));
              crcs.put(location.relativize(f).toString().replace('\\', '/'), crc.getValue());
            }
          }
        }
      } else {
        try (ZipFile jar = new ZipFile(location.toFile())) {
          Enumeration<? extends ZipEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (!e.isDirectory() && analysing(e.getName())) {
              crcs.put(e.getName(), e.getCrc() >= 0 ? e.getCrc() : crc(jar, e));
            }
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return "unknown";
    }
    StringBuilder all = new StringBuilder();
    crcs.forEach((name, crc) -> all.append(name).append(' ').append(crc).append('\n'));
    return checksum(all.toString());
  }

  private static boolean analysing(String name) {
    for (String pkg : PACKAGES) {
      if (name.startsWith(pkg)) {
        return true;
      }
    }
    return false;
  }

  private static long crc(ZipFile jar, ZipEntry e) throws IOException {
    CRC32 crc = new CRC32();
    try (InputStream in = jar.getInputStream(e)) {
      crc.update(in.readAllBytes());
    }
    return crc.getValue();
  }

  /** The jar or folder this class was loaded from, or null when the runtime does not say. */
  private static Path location() {
    CodeSource source = Analysis.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
