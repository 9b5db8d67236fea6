package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.figlint.claim.ArchivedClaim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** figlint archive as a user runs it, and figlint lint --archive against what it kept. */
class ArchiveCommandTest {
  private static final Path MICROSOFT = Path.of("src/test/resources/lint/microsoft");

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    Cli.Run run = Cli.execute(Main.commandLine(), args);
    return new Run(run.exit(), run.out(), run.err());
  }

  private Path db() {
    return dir.resolve("archive.db");
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private Run archive(String command, String... args) {
    List<String> all = new ArrayList<>(List.of("archive", command, "--db", db().toString()));
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  private static List<String> lines(String text) {
    return text.isBlank() ? List.of() : List.of(text.strip().split("\n"));
  }

  @Test
  void addsReplacesSkipsListsAndRemoves() throws Exception {
    Path a = write("docs/a.txt", "date 2024-02-27\nMicrosoft a investi 15 millions d'euros dans"
        + " Mistral AI.\n");
    Path b = write("docs/b.txt", "date 2024-03-01\nLe sommet du G7 s'est tenu le 21 mai 2023.\n");

    Run first = archive("add", a.toString(), b.toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().contains(": 2 added, 0 replaced, 0 unchanged"), first.out());
    assertEquals("", first.err());

    Run again = archive("add", dir.resolve("docs").toString());
    assertTrue(again.out().contains(": 0 added, 0 replaced, 2 unchanged (0 claims written)"),
        again.out());

    Files.writeString(b, "date 2024-03-02\nLe sommet du G7 s'est tenu le 19 mai 2023, selon"
        + " Microsoft.\n");
    Run changed = archive("add", a.toString(), b.toString());
    assertTrue(changed.out().contains(": 0 added, 1 replaced, 1 unchanged"), changed.out());

    List<String> listed = lines(archive("list").out());
    assertEquals(2, listed.size(), listed.toString());
    assertEquals(a + "\t2024-02-27\t1\tMicrosoft a investi 15 millions d'euros dans Mistral AI.",
        listed.get(0));
    assertTrue(listed.get(1).startsWith(b + "\t2024-03-02\t"), listed.get(1));

    Run stats = archive("stats");
    assertEquals(0, stats.exit(), stats.err());
    assertTrue(stats.out().contains("documents   2\n"), stats.out());
    assertTrue(stats.out().contains("  money     1\n"), stats.out());
    assertTrue(stats.out().contains("dates       2024-02-27 .. 2024-03-02\n"), stats.out());
    assertTrue(stats.out().contains(" bytes ("), stats.out());

    Run removed = archive("remove", a.toString());
    assertEquals(0, removed.exit(), removed.err());
    assertTrue(removed.out().contains(": 1 removed"), removed.out());
    assertEquals(1, lines(archive("list").out()).size());

    Run missing = archive("remove", a.toString());
    assertEquals(2, missing.exit());
    assertEquals("figlint: " + a + ": not in the archive", missing.err().strip());
  }

  @Test
  void addsTheDocumentsOfAJsonLinesArchiveAndRemovesThemTogether() throws Exception {
    Path news = write("news.jsonl", String.join("\n",
        "{\"id\": \"n1\", \"date\": \"2024-02-27\", \"title\": \"Mistral\","
            + " \"text\": \"Microsoft a investi 15 millions d'euros dans Mistral AI.\"}",
        "{\"id\": \"n2\", \"date\": \"2024-02-28\", \"title\": \"Sommet\","
            + " \"text\": \"Le sommet de Paris a eu lieu le 10 février 2025.\"}",
        "") );
    Run add = archive("add", news.toString());
    assertEquals(0, add.exit(), add.err());
    assertTrue(add.out().contains(": 2 added"), add.out());
    List<String> listed = lines(archive("list").out());
    assertEquals(List.of(news + "#n1\t2024-02-27\t1\tMistral", news + "#n2\t2024-02-28\t1\tSommet"),
        listed);
    assertTrue(archive("add", news.toString()).out().contains("2 unchanged"));
    Run removed = archive("remove", news.toString());
    assertTrue(removed.out().contains(": 2 removed"), removed.out());
    assertEquals(List.of(), lines(archive("list").out()));
  }

  @Test
  void unreadableInputIsReportedAndTheOthersAreStillAdded() throws Exception {
    Path a = write("a.txt", "date 2024-02-27\nMicrosoft a investi 15 millions d'euros dans"
        + " Mistral AI.\n");
    Run run = archive("add", dir.resolve("missing.txt").toString(), a.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().strip().endsWith("missing.txt: no such file or folder"), run.err());
    assertTrue(run.out().contains(": 1 added"), run.out());
  }

  // ---------------------------------------------------------------- lint --archive

  private Path archiveOf(String... names) throws Exception {
    List<String> paths = new ArrayList<>();
    for (String name : names) {
      paths.add(Files.copy(MICROSOFT.resolve(name), dir.resolve(name)).toString());
    }
    Run add = archive("add", paths.toArray(String[]::new));
    assertEquals(0, add.exit(), add.err());
    return db();
  }

  private JsonNode lintJson(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("lint", "--format", "json"));
    all.addAll(List.of(args));
    Run run = run(all.toArray(String[]::new));
    assertEquals("", run.err());
    return new ObjectMapper().readTree(run.out()).get("findings");
  }

  private static List<String> summary(JsonNode findings) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : findings) {
      out.add(f.get("file").asText().replaceAll(".*/", "") + ":" + f.get("line").asInt() + ":"
          + f.get("column").asInt() + " " + f.get("ruleId").asText() + " "
          + f.get("snippet").asText());
    }
    return out;
  }

  @Test
  void aDraftIsComparedWithTheArchivedDocuments() throws Exception {
    Path db = archiveOf("a-afp.txt");
    JsonNode findings = lintJson("--no-default-facts", "--archive", db.toString(),
        MICROSOFT.resolve("c-blog.txt").toString());
    assertEquals(List.of("c-blog.txt:2:49 figure-mismatch 20 M€"), summary(findings));
    JsonNode related = findings.get(0).get("related").get(0);
    assertEquals(dir.resolve("a-afp.txt").toString(), related.get("file").asText());
    assertEquals(2, related.get("line").asInt());
    assertEquals(21, related.get("column").asInt());
    String note = related.get("message").asText();
    assertTrue(note.contains("2024-02-27"), note);
    assertTrue(note.contains("Microsoft a investi 15 millions d'euros dans Mistral AI"), note);
    assertTrue(findings.get(0).get("message").asText().contains("a-afp.txt:2"),
        findings.get(0).toString());
  }

  /**
   * A draft dated like the archived story it updates is checked against it, and the archived
   * figure is the reference whatever the paths: a tie went to the path that sorts first, so a
   * draft named before the archived file (or given by an absolute path while the archive holds
   * relative ones) was the reference itself and got no finding.
   */
  @Test
  void onTheSameDayThePublishedFigureIsTheReferenceWhateverThePaths() throws Exception {
    Path published = write("z/published.txt", "date 2024-02-27\nMicrosoft a investi 15 millions"
        + " d'euros dans Mistral AI.\n");
    assertEquals(0, archive("add", published.toString()).exit());
    for (String name : List.of("a-draft.txt", "zz/draft.txt")) {
      Path draft = write(name, "date 2024-02-27\nMicrosoft a investi 22 millions d'euros dans"
          + " Mistral AI.\n");
      JsonNode findings = lintJson("--no-default-facts", "--archive", db().toString(),
          draft.toString());
      String file = draft.getFileName().toString();
      assertEquals(List.of(file + ":2:21 figure-mismatch 22 millions d'euros"),
          summary(findings), name);
      assertEquals(published.toString(),
          findings.get(0).get("related").get(0).get("file").asText());
    }
  }

  /**
   * A draft that gives no date is about to be published: against an archive it counts as
   * published today, so that it is compared with the stories of the last weeks and not with
   * every figure of its subject ever archived; --reference-date still dates it.
   */
  @Test
  void anUndatedDraftIsComparedAsPublishedToday() throws Exception {
    java.time.LocalDate today = java.time.LocalDate.now();
    Path recent = write("recent.txt", "date " + today.minusDays(10) + "\nMicrosoft a investi 15"
        + " millions d'euros dans Mistral AI.\n");
    Path old = write("old.txt", "date 2019-05-01\nMicrosoft a investi 40 millions d'euros dans"
        + " Mistral AI.\n");
    assertEquals(0, archive("add", recent.toString(), old.toString()).exit());
    Path draft = write("draft.txt", "Microsoft a investi 22 millions d'euros dans Mistral AI.\n");

    Run lint = run("lint", "--format", "json", "--no-default-facts", "--archive",
        db().toString(), draft.toString());
    assertEquals("figlint: " + draft + " gives no date: compared with the archive as published"
        + " today (" + today + "); a 'date' line or --reference-date dates it", lint.err().strip());
    JsonNode findings = new ObjectMapper().readTree(lint.out()).get("findings");
    assertEquals(List.of("draft.txt:1:21 figure-mismatch 22 millions d'euros"),
        summary(findings));
    assertEquals(recent.toString(), findings.get(0).get("related").get(0).get("file").asText());

    JsonNode dated = lintJson("--no-default-facts", "--archive", db().toString(),
        "--reference-date", "2019-05-03", draft.toString());
    assertEquals(1, dated.size(), dated.toString());
    assertEquals(old.toString(), dated.get(0).get("related").get(0).get("file").asText());

    // Without an archive, an undated document keeps no date: the same two texts in one run.
    JsonNode run = lintJson("--no-default-facts", old.toString(), draft.toString());
    assertEquals(List.of("draft.txt:1:21 figure-mismatch 22 millions d'euros"), summary(run));
  }

  /**
   * An HTML document's claims are archived at their place in the original file, markup
   * included, as a finding on the file itself would show them.
   */
  @Test
  void anArchivedHtmlClaimIsCitedAtItsPlaceInTheOriginalFile() throws Exception {
    Path page = write("page.html", "<!doctype html>\n<html><head><meta name=\"date\""
        + " content=\"2024-02-27\"><title>Mistral</title></head>\n<body>\n<p><b>Microsoft</b>"
        + " a investi <em>15&nbsp;millions d’euros</em> dans Mistral AI.</p>\n</body></html>\n");
    assertEquals(0, archive("add", page.toString()).exit());
    JsonNode findings = lintJson("--no-default-facts", "--archive", db().toString(),
        MICROSOFT.resolve("c-blog.txt").toString());
    assertEquals(List.of("c-blog.txt:2:49 figure-mismatch 20 M€"), summary(findings));
    JsonNode related = findings.get(0).get("related").get(0);
    String line = Files.readAllLines(page).get(3);
    assertEquals(4, related.get("line").asInt());
    assertEquals(line.indexOf("15&nbsp;") + 1, related.get("column").asInt(), line);
    assertEquals(4, related.get("endLine").asInt());
    assertEquals(line.indexOf("</em>") + 1, related.get("endColumn").asInt(), line);
  }

  /**
   * A figure that "(sic)" marks is quoted wrong on purpose: it is not archived, so a draft that
   * gives the right figure is not told that it contradicts it.
   */
  @Test
  void aFigureMarkedSicIsNotArchived() throws Exception {
    Path quote = write("quote.txt", "date 2024-02-27\nSelon le communiqué, « Microsoft a investi"
        + " 20 millions d'euros (sic) dans Mistral AI », une erreur corrigée depuis.\n");
    Run add = archive("add", quote.toString(), Files.copy(MICROSOFT.resolve("a-afp.txt"),
        dir.resolve("a-afp.txt")).toString());
    assertEquals(0, add.exit(), add.err());
    assertEquals(List.of(dir.resolve("a-afp.txt") + "\t2024-02-27\t1\tMicrosoft a investi 15"
        + " millions d'euros dans Mistral AI, selon la start-up parisienne.", quote
        + "\t2024-02-27\t0\tSelon le communiqué, « Microsoft a investi 20 millions d'euros (sic)"
        + " dans Mistral AI », une erreur corrigée depuis."), lines(archive("list").out()));
    Path right = write("right.txt", "date 2024-03-05\nMicrosoft a investi 15 M€ dans Mistral"
        + " AI.\n");
    assertEquals(List.of(), summary(lintJson("--no-default-facts", "--archive", db().toString(),
        right.toString())));
    // Without the marker, the same quote is archived and contradicts the draft.
    Files.writeString(quote, Files.readString(quote).replace(" (sic)", ""));
    assertTrue(archive("add", quote.toString()).out().contains(": 0 added, 1 replaced"));
    assertEquals(0, archive("remove", dir.resolve("a-afp.txt").toString()).exit());
    assertEquals(List.of("right.txt:2:21 figure-mismatch 15 M€"), summary(lintJson(
        "--no-default-facts", "--archive", db().toString(), right.toString())));
  }

  /**
   * An unchanged document is analysed again when another figlint or lexicon archived it (here
   * the fingerprint of its analysis is altered, or missing as in an archive of schema 2), and
   * left alone when this figlint with this lexicon did.
   */
  @Test
  void anUnchangedDocumentArchivedByAnotherAnalysisIsAnalysedAgain() throws Exception {
    Path a = write("docs/a.txt", "date 2024-02-27\nMicrosoft a investi 15 millions d'euros dans"
        + " Mistral AI.\n");
    Path b = write("docs/b.txt", "date 2024-03-01\nLe sommet du G7 s'est tenu le 21 mai 2023.\n");
    assertTrue(archive("add", a.toString(), b.toString()).out().contains(": 2 added"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db())) {
      c.createStatement().execute("UPDATE document SET analysis = 'another'"
          + " WHERE path = '" + a + "'");
      c.createStatement().execute("DELETE FROM claim WHERE document ="
          + " (SELECT id FROM document WHERE path = '" + a + "')");
    }
    assertTrue(archive("stats").out().contains("current     1 of 2 documents analysed by this"
        + " figlint and lexicon; archive add of the others analyses them again\n"));
    Run again = archive("add", a.toString(), b.toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(archive("stats").out().endsWith("current     2 of 2 documents analysed by this"
        + " figlint and lexicon\n"));
    assertEquals(db() + ": 0 added, 0 replaced, 1 unchanged, 1 analysed again (archived by"
        + " another figlint or lexicon) (1 claims written)", again.out().strip());
    JsonNode findings = lintJson("--no-default-facts", "--archive", db().toString(),
        MICROSOFT.resolve("c-blog.txt").toString());
    assertEquals(List.of("c-blog.txt:2:49 figure-mismatch 20 M€"), summary(findings));
    assertTrue(archive("add", a.toString(), b.toString()).out()
        .contains(": 0 added, 0 replaced, 2 unchanged (0 claims written)"));

    // Another lexicon: a name that the bundled one does not know.
    Path rules = dir.resolve("rules");
    copyTree(Path.of("rules"), rules);
    Files.writeString(rules.resolve("entities.yaml"), Files.readString(rules.resolve(
        "entities.yaml")) + "  - { name: \"Compagnie des Figures\", kind: organization }\n");
    assertTrue(archive("stats", "--rules", rules.toString()).out().contains("current     0 of 2"));
    Run other = archive("add", "--rules", rules.toString(), a.toString(), b.toString());
    assertEquals(0, other.exit(), other.err());
    assertTrue(other.out().contains(", 2 analysed again"), other.out());
    assertTrue(archive("stats", "--rules", rules.toString()).out().contains("current     2 of 2"));
    assertTrue(archive("stats").out().contains("current     0 of 2"));
  }

  /**
   * lint says in one line on standard error how many archived documents another analysis made:
   * another figlint's code, another lexicon, or a schema too old to say; nothing when every
   * one is current. Its findings and exit code are unchanged.
   */
  @Test
  void lintSaysHowManyArchivedDocumentsAnotherAnalysisMade() throws Exception {
    Path db = archiveOf("a-afp.txt", "b-wire.txt");
    String draft = MICROSOFT.resolve("c-blog.txt").toString();
    List<String> expected = List.of("c-blog.txt:2:49 figure-mismatch 20 M€");
    assertEquals(expected, summary(lintJson("--no-default-facts", "--archive", db.toString(),
        draft))); // no line on standard error: the archive is current

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.createStatement().execute("UPDATE document SET analysis = 'ffffffffffffffff'"
          + " WHERE path LIKE '%a-afp.txt'");
    }
    Run code = run("lint", "--no-default-facts", "--format", "json", "--archive", db.toString(),
        draft);
    assertEquals(1, code.exit(), code.err());
    assertEquals("figlint: " + db + ": 1 archived document was analysed by another figlint or"
        + " lexicon than the one in use: their claims may not be what it would find; 'figlint"
        + " archive add' of them with the same rules reads them again", code.err().strip());
    assertEquals(expected, summary(new ObjectMapper().readTree(code.out()).get("findings")));
    Run again = archive("add", dir.resolve("a-afp.txt").toString());
    assertTrue(again.out().contains(", 1 analysed again"), again.out());

    // A lint with another lexicon than the archive's: both documents.
    Path rules = dir.resolve("rules");
    copyTree(Path.of("rules"), rules);
    Files.writeString(rules.resolve("entities.yaml"), Files.readString(rules.resolve(
        "entities.yaml")) + "  - { name: \"Compagnie des Figures\", kind: organization }\n");
    Run lexicon = run("lint", "--no-default-facts", "--rules", rules.toString(), "--archive",
        db.toString(), draft);
    assertTrue(lexicon.err().startsWith("figlint: " + db + ": 2 archived documents were"
        + " analysed by another figlint or lexicon"), lexicon.err());
    assertEquals(0, archive("add", "--rules", rules.toString(), dir.resolve("a-afp.txt")
        .toString(), dir.resolve("b-wire.txt").toString()).exit());
    assertEquals("", run("lint", "--no-default-facts", "--rules", rules.toString(),
        "--archive", db.toString(), draft).err());

    // Schema 2 kept no analysis: every document is counted.
    downgrade(db, 2);
    assertTrue(run("lint", "--no-default-facts", "--rules", rules.toString(), "--archive",
        db.toString(), draft).err().contains(": 2 archived documents were analysed by another"),
        "schema 2");
  }

  /**
   * lint reads an archive of schema 2, which lacks only what archive add needs; the next add
   * brings it to the current schema and analyses its documents again.
   */
  @Test
  void anArchiveOfSchemaTwoServesLintAndIsAnalysedAgainByTheNextAdd() throws Exception {
    Path db = archiveOf("a-afp.txt");
    downgrade(db, 2);
    Run lint = run("lint", "--no-default-facts", "--format", "json", "--archive", db.toString(),
        MICROSOFT.resolve("c-blog.txt").toString());
    assertEquals(List.of("c-blog.txt:2:49 figure-mismatch 20 M€"),
        summary(new ObjectMapper().readTree(lint.out()).get("findings")));
    // It cannot tell what analysed them.
    assertTrue(lint.err().contains(": 1 archived document was analysed by another"), lint.err());
    Run add = archive("add", dir.resolve("a-afp.txt").toString());
    assertEquals(0, add.exit(), add.err());
    assertTrue(add.out().contains(", 1 analysed again"), add.out());
    assertTrue(archive("stats").out().contains("(schema version 4)"));
  }

  /** Takes an archive back to an earlier schema: what the later migrations added is dropped. */
  private static void downgrade(Path db, int version) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      if (version < 4) {
        c.createStatement().execute("DROP INDEX IF EXISTS document_by_analysis");
      }
      if (version < 3) {
        c.createStatement().execute("ALTER TABLE document DROP COLUMN analysis");
      }
      if (version < 2) {
        c.createStatement().execute("ALTER TABLE claim DROP COLUMN context");
      }
      c.createStatement().execute("PRAGMA user_version = " + version);
    }
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  @Test
  void theFactBaseWinsOverTheArchive() throws Exception {
    Path db = archiveOf("a-afp.txt");
    assertEquals(List.of("c-blog.txt:2:49 fact-contradiction 20 M€"), summary(lintJson(
        "--archive", db.toString(), MICROSOFT.resolve("c-blog.txt").toString())));
  }

  /**
   * A sentence longer than {@link ArchivedClaim#SENTENCE_WIDTH} is kept as the part around each
   * of its figures: the note of each draft's finding cites the part around its own reference,
   * not the whole sentence, nor the part around the sentence's first figure.
   */
  @Test
  void aLongSentenceIsKeptAroundEachOfItsFigures() throws Exception {
    String between = "le marché européen de l'intelligence artificielle reste disputé et "
        .repeat(40) + "rien ne change ; ";
    Path archived = write("long.txt", "date 2024-02-27\nMicrosoft a investi 15 millions d'euros"
        + " dans Mistral AI ; " + between + "Apple a levé 30 millions d'euros auprès de ses"
        + " actionnaires.\n");
    assertEquals(0, archive("add", archived.toString()).exit());
    Path microsoft = write("d1.txt", "date 2024-03-01\nMicrosoft a investi 20 millions d'euros"
        + " dans Mistral AI.\n");
    Path apple = write("d2.txt", "date 2024-03-01\nApple a levé 40 millions d'euros auprès de"
        + " ses actionnaires.\n");
    JsonNode findings = lintJson("--no-default-facts", "--archive", db().toString(),
        microsoft.toString(), apple.toString());
    assertEquals(List.of("d1.txt:2:21 figure-mismatch 20 millions d'euros",
        "d2.txt:2:14 figure-mismatch 40 millions d'euros"), summary(findings));
    String first = findings.get(0).get("related").get(0).get("message").asText();
    assertTrue(first.contains(": Microsoft a investi 15 millions d'euros dans Mistral AI ; le"),
        first);
    assertTrue(first.endsWith("…") && !first.contains("Apple"), first);
    String second = findings.get(1).get("related").get(0).get("message").asText();
    assertTrue(second.contains(": …") && !second.contains("Microsoft"), second);
    assertTrue(second.endsWith("rien ne change ; Apple a levé 30 millions d'euros auprès de ses"
        + " actionnaires."), second);
    for (String note : List.of(first, second)) {
      assertTrue(note.length() < ArchivedClaim.SENTENCE_WIDTH + 100, note);
    }
  }

  /** An archive of the first schema is refused by lint until an archive command upgrades it. */
  @Test
  void anArchiveOfTheFirstSchemaIsUpgradedByTheNextArchiveCommand() throws Exception {
    Path db = archiveOf("a-afp.txt");
    downgrade(db, 1);
    Run refused = run("lint", "--no-default-facts", "--archive", db.toString(),
        MICROSOFT.resolve("c-blog.txt").toString());
    assertEquals(2, refused.exit());
    assertEquals("figlint: " + db + ": archive schema version 1 is older than 2; run 'figlint"
        + " archive stats --db " + db + "' once to upgrade it", refused.err().strip());
    assertEquals(0, archive("stats").exit());
    // Upgraded, the archive does not say what analysed its document, which the next add does.
    Run upgraded = run("lint", "--no-default-facts", "--format", "json", "--archive",
        db.toString(), MICROSOFT.resolve("c-blog.txt").toString());
    assertTrue(upgraded.err().contains(": 1 archived document was analysed by another"),
        upgraded.err());
    assertEquals(List.of("c-blog.txt:2:49 figure-mismatch 20 M€"),
        summary(new ObjectMapper().readTree(upgraded.out()).get("findings")));
    assertEquals(0, archive("add", dir.resolve("a-afp.txt").toString()).exit());
    JsonNode findings = lintJson("--no-default-facts", "--archive", db.toString(),
        MICROSOFT.resolve("c-blog.txt").toString());
    assertEquals(List.of("c-blog.txt:2:49 figure-mismatch 20 M€"), summary(findings));
    String note = findings.get(0).get("related").get(0).get("message").asText();
    assertTrue(note.endsWith(": Microsoft a investi 15 millions d'euros dans Mistral AI, selon la"
        + " start-up parisienne."), note);
  }

  @Test
  void archivedDocumentsGetNoFindings() throws Exception {
    archiveOf("a-afp.txt", "c-blog.txt");
    Path draft = write("draft.txt", "date 2024-03-01\nMicrosoft a investi 15 M€ dans Mistral AI,"
        + " rappelle la start-up.\n");
    assertEquals(List.of(), summary(lintJson("--no-default-facts", "--archive", db().toString(),
        draft.toString())));
  }

  @Test
  void aDocumentOfTheRunIsReadAsItIsNowNotAsArchived() throws Exception {
    Path db = archiveOf("a-afp.txt", "c-blog.txt");
    // The archived copy of c-blog.txt would side with it (20 M€ twice against 15 M€).
    assertEquals(List.of("c-blog.txt:2:49 figure-mismatch 20 M€"), summary(lintJson(
        "--no-default-facts", "--archive", db.toString(), dir.resolve("c-blog.txt").toString())));
  }

  @Test
  void listShowsTheControlCharactersOfPathsAndTitlesAsSymbols() throws Exception {
    Path odd = dir.resolve("a\tb\u001B[2J.txt");
    Files.writeString(odd, "date 2024-02-27\nApple \u001B]0;titre\u0007a levé 15 millions "
        + "d'euros.\n");
    assertEquals(0, archive("add", odd.toString()).exit());
    List<String> listed = lines(archive("list").out());
    assertEquals(List.of(dir.resolve("a\u2409b\u241B[2J.txt") + "\t2024-02-27\t1\t"
        + "Apple \u241B]0;titre\u2407a levé 15 millions d'euros."), listed);
  }

  @Test
  void lintNeverWritesToTheArchive() throws Exception {
    Path db = archiveOf("a-afp.txt");
    byte[] before = Files.readAllBytes(db);
    long modified = Files.getLastModifiedTime(db).toMillis();
    lintJson("--no-default-facts", "--archive", db.toString(),
        MICROSOFT.resolve("c-blog.txt").toString());
    assertArrayEquals(before, Files.readAllBytes(db));
    assertEquals(modified, Files.getLastModifiedTime(db).toMillis());
    assertFalse(Files.exists(Path.of(db + "-journal")));
  }

  @Test
  void aDamagedClaimIsTheArchivesErrorAndTheArchiveIsLeftUnchanged() throws Exception {
    // A column that is not a number; a day that does not exist (which stopped a check with a
    // Java exception's name); a kind holding line breaks and an escape, quoted in the message.
    for (String damage : List.of("line = 'x'", "time_start = '2016-02-30', time_end = "
        + "'2016-02-30', time_grain = 'day'", "kind = 'mo' || char(10, 27) || 'ney'")) {
      Path db = archiveOf("a-afp.txt");
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        c.createStatement().executeUpdate("UPDATE claim SET " + damage);
      }
      byte[] before = Files.readAllBytes(db);
      Run run = run("lint", "--no-default-facts", "--archive", db.toString(),
          MICROSOFT.resolve("c-blog.txt").toString());
      assertEquals(2, run.exit(), damage);
      String err = run.err().strip();
      assertTrue(err.chars().noneMatch(Character::isISOControl), err);
      assertTrue(err.startsWith("figlint: " + db + ": damaged archive ("), err);
      assertTrue(err.endsWith("); left unchanged"), err);
      assertArrayEquals(before, Files.readAllBytes(db));
      for (Path made : List.of(db, Path.of(db + "-wal"), Path.of(db + "-shm"),
          dir.resolve("a-afp.txt"))) {
        Files.deleteIfExists(made);
      }
    }
  }

  // ---------------------------------------------------------------- files that are not archives

  private void assertRefused(Path file, String because) throws Exception {
    byte[] before = Files.readAllBytes(file);
    Path doc = Files.copy(MICROSOFT.resolve("c-blog.txt"), dir.resolve("c-blog.txt"));
    for (String[] args : List.of(
        new String[] {"archive", "add", "--db", file.toString(), doc.toString()},
        new String[] {"archive", "remove", "--db", file.toString(), doc.toString()},
        new String[] {"archive", "list", "--db", file.toString()},
        new String[] {"archive", "stats", "--db", file.toString()},
        new String[] {"lint", "--archive", file.toString(), doc.toString()})) {
      Run run = run(args);
      assertEquals(2, run.exit(), String.join(" ", args));
      String err = run.err().strip();
      assertFalse(err.contains("\n"), err);
      assertTrue(err.startsWith("figlint: " + file + ": "), err);
      assertTrue(err.contains(because), err);
      assertEquals("", run.out());
      assertArrayEquals(before, Files.readAllBytes(file));
    }
  }

  /**
   * A device or a pipe named as the archive is refused before SQLite opens it: it would write
   * to /dev/null as to a file, and reading a pipe's first bytes waits for a writer.
   */
  @Test
  @Timeout(60)
  void aDeviceOrAPipeIsNoArchive() throws Exception {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
    List<Path> special = new ArrayList<>(List.of(devNull));
    Path pipe = dir.resolve("pipe.db");
    try {
      if (new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0) {
        special.add(pipe);
      }
    } catch (java.io.IOException e) {
      // no mkfifo here: /dev/null only
    }
    Path doc = Files.copy(MICROSOFT.resolve("c-blog.txt"), dir.resolve("c-blog.txt"));
    for (Path file : special) {
      for (String[] args : List.of(
          new String[] {"archive", "add", "--db", file.toString(), doc.toString()},
          new String[] {"archive", "stats", "--db", file.toString()},
          new String[] {"lint", "--archive", file.toString(), doc.toString()})) {
        Run run = run(args);
        assertEquals(2, run.exit(), String.join(" ", args));
        assertEquals("figlint: " + file + ": not a regular file (a device or a pipe), not an"
            + " archive file", run.err().strip(), String.join(" ", args));
        assertEquals("", run.out());
      }
    }
  }

  @Test
  void aCorruptFileIsRefusedAndLeftUnchanged() throws Exception {
    byte[] noise = new byte[8192];
    new Random(42).nextBytes(noise);
    Path file = Files.write(dir.resolve("archive.db"), noise);
    assertRefused(file, "not an SQLite database");
  }

  @Test
  void anotherProgramsDatabaseIsRefusedAndLeftUnchanged() throws Exception {
    Path file = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      c.createStatement().execute("CREATE TABLE notes (text TEXT)");
    }
    assertRefused(file, "without the figlint schema");
  }

  @Test
  void anArchiveFromANewerFiglintIsRefused() throws Exception {
    Path db = archiveOf("a-afp.txt");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.createStatement().execute("PRAGMA user_version = 99");
    }
    assertRefused(db, "schema version 99 is newer");
  }

  @Test
  void aMissingArchiveIsAnErrorForEveryCommandButAdd() throws Exception {
    Run lint = run("lint", "--archive", db().toString(), MICROSOFT.toString());
    assertEquals(2, lint.exit());
    assertEquals("figlint: " + db() + ": no such archive", lint.err().strip());
    assertEquals(2, archive("list").exit());
    assertFalse(Files.exists(db()));
  }
}
