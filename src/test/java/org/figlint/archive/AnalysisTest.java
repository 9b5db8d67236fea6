package org.figlint.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.figlint.rule.Entity;
import org.figlint.rule.EntityKind;
import org.figlint.rule.Predicate;
import org.figlint.rule.RuleSet;
import org.figlint.value.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint of what makes an archived document's claims. */
class AnalysisTest {
  @TempDir Path dir;

  private static RuleSet rules(List<Entity> entities, List<Predicate> predicates) {
    return new RuleSet(Map.of(), entities, predicates, List.of());
  }

  private static final Entity MISTRAL =
      new Entity("Mistral AI", EntityKind.ORGANIZATION, List.of("Mistral"), null, null);

  @Test
  void theLexiconsNamesAndPredicatesCountButNotWhereTheyWereRead() {
    Predicate invest = new Predicate("investment", List.of(Kind.MONEY), List.of("investi"), null);
    String base = Analysis.of("code", rules(List.of(MISTRAL), List.of(invest)));
    assertEquals(16, base.length());
    assertEquals(base, Analysis.of("code", rules(List.of(new Entity("Mistral AI",
        EntityKind.ORGANIZATION, List.of("Mistral"), null,
        new org.figlint.rule.Origin("entities.yaml", 3, 5))), List.of(invest))));
    assertNotEquals(base, Analysis.of("other code", rules(List.of(MISTRAL), List.of(invest))));
    assertNotEquals(base, Analysis.of("code", rules(List.of(new Entity("Mistral AI",
        EntityKind.ORGANIZATION, List.of("Mistral", "Mistral IA"), null, null)),
        List.of(invest))));
    assertNotEquals(base, Analysis.of("code", rules(List.of(new Entity("Mistral AI",
        EntityKind.PRODUCT, List.of("Mistral"), null, null)), List.of(invest))));
    assertNotEquals(base, Analysis.of("code", rules(List.of(MISTRAL),
        List.of(new Predicate("investment", List.of(Kind.MONEY), List.of("investi", "injecté"),
            null)))));
    assertNotEquals(base, Analysis.of("code", rules(List.of(MISTRAL),
        List.of(new Predicate("investment", List.of(Kind.MONEY), List.of("investi"), true,
            null)))));
  }

  @Test
  void theCodeOfAFolderOfClassesCountsOnlyTheAnalysingPackages() throws Exception {
    Path classes = dir.resolve("classes");
    write(classes.resolve("org/figlint/parse/Extractor.class"), "extractor v1");
    write(classes.resolve("org/figlint/claim/Claim.class"), "claim v1");
    write(classes.resolve("org/figlint/lsp/Server.class"), "server v1");
    String v1 = Analysis.code(classes);
    assertEquals(v1, Analysis.code(classes));
    write(classes.resolve("org/figlint/lsp/Server.class"), "server v2");
    assertEquals(v1, Analysis.code(classes));
    write(classes.resolve("org/figlint/parse/Extractor.class"), "extractor v2");
    String v2 = Analysis.code(classes);
    assertNotEquals(v1, v2);
    write(classes.resolve("org/figlint/document/Markdown.class"), "markdown");
    assertNotEquals(v2, Analysis.code(classes));
  }

  @Test
  void theCodeOfAJarIsReadFromItsDirectoryAndAgreesWithTheFolder() throws Exception {
    Path classes = dir.resolve("classes");
    write(classes.resolve("org/figlint/parse/Extractor.class"), "extractor v1");
    write(classes.resolve("org/figlint/value/Money.class"), "money");
    Path jar = dir.resolve("figlint.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : List.of("org/figlint/parse/Extractor.class",
          "org/figlint/value/Money.class")) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(Files.readAllBytes(classes.resolve(name)));
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("org/figlint/cli/Main.class"));
      zip.write("main".getBytes());
      zip.closeEntry();
    }
    assertEquals(Analysis.code(classes), Analysis.code(jar));
    assertEquals("unknown", Analysis.code(dir.resolve("missing.jar")));
    assertEquals("unknown", Analysis.code(null));
  }

  /**
   * The build wrote the fingerprint of the classes it compiled, which a run reads instead of
   * the jar's directory: the classes' own, as worked out from the folder they were loaded from.
   */
  @Test
  void theBuildWroteTheFingerprintOfTheClassesItCompiled() throws Exception {
    String written;
    try (var in = Analysis.class.getClassLoader().getResourceAsStream(Analysis.RESOURCE)) {
      assertNotNull(in, Analysis.RESOURCE + " is not on the classpath");
      written = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
    }
    Path classes = Path.of(Analysis.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    assertEquals(Analysis.code(classes), written);
    assertEquals(written, Analysis.code());
  }

  @Test
  void writeCodeWritesTheFingerprintOfAFolderOfClasses() throws Exception {
    Path classes = dir.resolve("classes");
    write(classes.resolve("org/figlint/parse/Extractor.class"), "extractor v1");
    Analysis.writeCode(classes);
    assertEquals(Analysis.code(classes) + "\n",
        Files.readString(classes.resolve(Analysis.RESOURCE)));
    // The fingerprint is not an analysing class: writing it again changes nothing.
    Analysis.writeCode(classes);
    assertEquals(Analysis.code(classes) + "\n",
        Files.readString(classes.resolve(Analysis.RESOURCE)));
  }

  @Test
  void thisFiglintsCodeIsFound() {
    assertNotEquals("unknown", Analysis.code());
    assertEquals(Analysis.code(), Analysis.code());
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
