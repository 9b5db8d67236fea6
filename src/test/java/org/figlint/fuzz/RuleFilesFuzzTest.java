package org.figlint.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.figlint.check.Linter;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.RuleException;
import org.figlint.rule.RuleLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes as a fact file or as a file of a rules folder: the rules load, or the loader throws a
 * {@link RuleException} whose message is one line naming the file and a line and column. No other
 * exception, no stack overflow, no hang.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RuleFilesFuzzTest {
  private static final RuleLoader LOADER =
      new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue);
  private static final List<String> FILES = List.of(RuleLoader.CHECKS_FILE,
      RuleLoader.ENTITIES_FILE, RuleLoader.PREDICATES_FILE, RuleLoader.FACTS_DIR + "/fuzz.yaml");
  private static final Path DIR = temporaryFolder();

  private static Path temporaryFolder() {
    try {
      Path dir = Files.createTempDirectory("figlint-fuzz-rules");
      Files.createDirectories(dir.resolve(RuleLoader.FACTS_DIR));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder and what the inputs left in it (the JVM's delete on exit takes no full folder). */
  @AfterAll
  static void deleteFolder() throws IOException {
    try (Stream<Path> paths = Files.walk(DIR)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The bytes as an extra fact file ({@code --facts FILE}) next to an empty rules folder. */
  @FuzzTest
  void factFile(byte[] bytes) throws IOException {
    Path rules = DIR.resolve("empty");
    Files.createDirectories(rules);
    Path facts = write(DIR.resolve("facts.yaml"), bytes);
    try {
      LOADER.load(rules, List.of(facts), true);
    } catch (RuleException e) {
      assertOneLineAt(facts, e);
    }
  }

  /** The bytes as one file of a rules folder, the others missing. */
  @FuzzTest
  void rulesFolderFile(FuzzedDataProvider data) throws IOException {
    Path rules = DIR.resolve("rules");
    for (String name : FILES) {
      Files.deleteIfExists(rules.resolve(name));
    }
    Files.createDirectories(rules.resolve(RuleLoader.FACTS_DIR));
    Path file = write(rules.resolve(data.pickValue(FILES)), data.consumeRemainingAsBytes());
    try {
      LOADER.load(rules, List.of(), true);
    } catch (RuleException e) {
      assertOneLineAt(file, e);
    }
  }

  private static Path write(Path file, byte[] bytes) throws IOException {
    return Files.write(file, bytes);
  }

  private static void assertOneLineAt(Path file, RuleException e) {
    String name = file.toString().replace('\\', '/');
    String message = e.getMessage();
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.codePoints().noneMatch(c -> Character.isISOControl(c)
        || Character.getType(c) == Character.LINE_SEPARATOR
        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR), message);
    assertTrue(Pattern.compile(Pattern.quote(name) + ":[1-9][0-9]*:[1-9][0-9]*: \\S.*")
        .matcher(message).matches(), message);
    assertEquals(name, e.file(), message);
  }
}
