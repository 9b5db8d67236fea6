package org.figlint.rule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.figlint.document.DocumentLoader;
import org.figlint.files.IgnoreRules;

/**
 * Reads and validates a project's {@code .figlint.yaml} as safely as the rule files (same YAML
 * reader and limits). Every problem is a {@link RuleException}, one line
 * {@code file:line:column: message}: a YAML error, an unknown key, a value of the wrong type, an
 * unknown check or parameter, a folder or file that does not exist, a bad date or glob.
 */
public final class ProjectConfigLoader {

  /** The keys of the file, sorted. */
  public static final List<String> KEYS = List.of("archive", "checks", "facts", "fail-on",
      "format", "ignore", "lang", "reference-date", "rules");

  static final List<String> FAIL_ON = List.of("error", "warning", "info", "never");
  static final List<String> LANGUAGES = List.of("fr", "en");

  private final CheckCatalog catalog;
  private final List<String> formats;

  /**
   * @param catalog the checks {@code checks:} may configure
   * @param formats the output formats {@code format:} may name
   */
  public ProjectConfigLoader(CheckCatalog catalog, Collection<String> formats) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.formats = List.copyOf(formats);
  }

  /** Reads {@code file}, named {@code displayName} in errors. */
  public ProjectConfig load(Path file, String displayName) {
    YamlNode root = YamlReader.read(displayName, read(file, displayName));
    if (root == null || RuleLoader.isNull(root)) {
      return withFile(ProjectConfig.none(), file);
    }
    Path base = file.toAbsolutePath().normalize().getParent();
    Path rules = null;
    List<Path> facts = new ArrayList<>();
    Map<String, CheckOverride> checks = new LinkedHashMap<>();
    List<String> ignore = new ArrayList<>();
    LocalDate referenceDate = null;
    String format = null;
    String failOn = null;
    String lang = null;
    Path archive = null;
    for (YamlNode.Entry entry : RuleLoader.mapping(root, "the file").map().values()) {
      YamlNode value = entry.value();
      if (!KEYS.contains(entry.key())) {
        throw new RuleException(displayName, entry.line(), entry.column(), "unknown key '"
            + entry.key() + "'; known keys: " + String.join(", ", KEYS));
      }
      if (RuleLoader.isNull(value)) {
        continue;
      }
      switch (entry.key()) {
        case "rules" -> {
          String text = RuleLoader.nonBlank(value, "'rules'");
          rules = base.resolve(text).normalize();
          if (!Files.isDirectory(rules)) {
            throw RuleLoader.at(value, "'rules' names '" + text + "', which is not a folder");
          }
        }
        case "facts" -> {
          for (YamlNode.Scalar item : RuleLoader.strings(value, "'facts'")) {
            Path fact = base.resolve(item.text().strip()).normalize();
            if (!Files.isRegularFile(fact)) {
              throw RuleLoader.at(item, "'facts' names '" + item.text() + "', which is not a file");
            }
            facts.add(fact);
          }
        }
        case "checks" -> checks.putAll(RuleLoader.readOverrides(catalog, value));
        case "ignore" -> {
          for (YamlNode.Scalar item : RuleLoader.strings(value, "'ignore'")) {
            String problem = IgnoreRules.problem(item.text());
            if (problem != null) {
              throw RuleLoader.at(item, problem);
            }
            ignore.add(item.text());
          }
        }
        case "reference-date" -> referenceDate = date(value);
        case "format" -> format = oneOf(value, "format", formats);
        case "fail-on" -> failOn = oneOf(value, "fail-on", FAIL_ON);
        case "lang" -> lang = oneOf(value, "lang", LANGUAGES);
        case "archive" -> archive = base.resolve(RuleLoader.nonBlank(value, "'archive'"))
            .normalize();
        default -> throw new IllegalStateException(entry.key());
      }
    }
    return new ProjectConfig(file, rules, facts, checks, ignore, referenceDate, format, failOn,
        lang, archive);
  }

  private static ProjectConfig withFile(ProjectConfig c, Path file) {
    return new ProjectConfig(file, c.rules(), c.facts(), c.checks(), c.ignore(), c.referenceDate(),
        c.format(), c.failOn(), c.lang(), c.archive());
  }

  private static LocalDate date(YamlNode node) {
    if (!(node instanceof YamlNode.Scalar s) || s.type() != YamlNode.Scalar.Type.STRING) {
      throw RuleLoader.at(node, "'reference-date' must be a date YYYY-MM-DD, not "
          + node.describe());
    }
    try {
      return DocumentLoader.parseDay(s.text().strip());
    } catch (DateTimeParseException e) {
      throw RuleLoader.at(node, "bad date '" + s.text() + "' for 'reference-date'; write a real"
          + " date as YYYY-MM-DD");
    }
  }

  private static String oneOf(YamlNode node, String key, List<String> allowed) {
    String text = RuleLoader.string(node, "'" + key + "'").strip().toLowerCase(Locale.ROOT);
    if (!allowed.contains(text)) {
      throw RuleLoader.at(node, "bad " + key + " '" + ((YamlNode.Scalar) node).text()
          + "'; use " + String.join(", ", allowed));
    }
    return text;
  }

  private static byte[] read(Path file, String displayName) {
    if (Files.isDirectory(file)) {
      throw new RuleException(displayName, 1, 1, "is a folder, not a configuration file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(YamlReader.MAX_FILE_SIZE + 1);
      if (bytes.length > YamlReader.MAX_FILE_SIZE) {
        throw new RuleException(displayName, 1, 1,
            "file is larger than " + YamlReader.MAX_FILE_SIZE + " bytes");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new RuleException(displayName, 1, 1, "no such file");
    } catch (IOException e) {
      throw new RuleException(displayName, 1, 1, "cannot read: " + e.getMessage(), e);
    }
  }
}
