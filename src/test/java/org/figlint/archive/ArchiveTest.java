package org.figlint.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;
import org.figlint.check.Linter;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.ArchivedClaim;
import org.figlint.claim.ClaimArchive;
import org.figlint.document.Document;
import org.figlint.document.DocumentLoader;
import org.figlint.parse.Extractor;
import org.figlint.parse.Mention;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleLoader;
import org.figlint.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive file: what goes in comes back, and what must not be written is not. */
class ArchiveTest {
  static final Linter LINTER = new Linter(
      new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue).loadBundled(),
      ExchangeRates.bundled(), Locale.ROOT);

  private static final String MISTRAL = "date 2024-02-27\nMicrosoft a investi 15 millions"
      + " d'euros dans Mistral AI, qui avait levé 385 millions d'euros en décembre 2023.\n"
      + "Le sommet de Paris sur l'IA aura lieu les 10 et 11 février 2025.\n";

  @TempDir Path dir;

  static AnalysedDocument analyse(String path, String text) {
    return LINTER.analyse(DocumentLoader.fromText(text, path), null);
  }

  static Archive.Entry entry(AnalysedDocument doc) {
    List<ArchivedClaim> claims = Archiver.kept(doc);
    return new Archive.Entry(new ArchivedDocument(doc.path(),
        Archiver.sha256(doc.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        doc.date(), Archiver.title(doc.document()), claims.size()), claims);
  }

  @Test
  void everyValueComesBackAsItWasWritten() throws Exception {
    Extractor extractor = Extractor.create();
    List<Path> texts;
    try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("seeds")),
        Files.walk(Path.of("src/test/resources/checks")))) {
      texts = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int values = 0;
    for (Path text : texts) {
      for (Mention m : extractor.extract(Files.readString(text), LocalDate.of(2024, 3, 5))) {
        Value v = m.value();
        assertEquals(v, ValueCodec.decode(v.kind(), ValueCodec.encode(v)), text + ": " + m.text());
        values++;
      }
    }
    assertTrue(values > 300, "only " + values + " values");
  }

  /** Archives written before stay readable: the JSON of a value keeps its exact form. */
  @Test
  void valuesAreWrittenInTheFormArchivesHold() {
    Extractor extractor = Extractor.create();
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("15 millions d'euros",
        "{\"amount\":\"15000000\",\"currency\":\"EUR\",\"unit\":\"1000000\"}");
    expected.put("plus de 1 500 clients",
        "{\"value\":\"1500\",\"unit\":\"clients\",\"qualifier\":\"more_than\"}");
    expected.put("Jeudi 27 mars 2025", "{\"start\":\"2025-03-27\",\"end\":\"2025-03-27\","
        + "\"grain\":\"day\",\"year\":2025,\"month\":3,\"day\":27,\"weekday\":\"thursday\"}");
    expected.put("250 millions de dollars", "{\"amount\":\"250000000\",\"currency\":\"USD\","
        + "\"alternatives\":[\"CAD\",\"AUD\",\"HKD\",\"SGD\",\"NZD\"],\"unit\":\"1000000\"}");
    expected.put("12,5 %", "{\"value\":\"12.5\"}");
    expected.forEach((text, json) -> {
      List<Mention> found = extractor.extract(text, null);
      assertEquals(1, found.size(), text);
      assertEquals(json, ValueCodec.encode(found.get(0).value()), text);
      assertEquals(found.get(0).value(), ValueCodec.decode(found.get(0).value().kind(), json));
    });
    assertThrows(IllegalArgumentException.class,
        () -> ValueCodec.decode(org.figlint.value.Kind.PERCENT, "{\"value\":\"1\""));
    assertThrows(IllegalArgumentException.class,
        () -> ValueCodec.decode(org.figlint.value.Kind.PERCENT, "{\"value\":{\"a\":1}}"));
  }

  @Test
  void namesComeBackAsTheyWereWritten() {
    List<String> names = List.of("Mistral AI", "L'Oréal", "« Le \"Monde\" »", "a\\b", "é\tà\n",
        "\u0001", "");
    assertEquals(names, ValueCodec.names(ValueCodec.names(names)));
    assertEquals(List.of(), ValueCodec.names("[ ]"));
    assertThrows(IllegalArgumentException.class, () -> ValueCodec.names("[\"a\""));
    assertThrows(IllegalArgumentException.class, () -> ValueCodec.names("[\"a\"] x"));
  }

  @Test
  void archivedClaimsComeBackByTheirKey() {
    AnalysedDocument doc = analyse("mistral.txt", MISTRAL);
    Archive.Entry entry = entry(doc);
    assertTrue(entry.claims().size() >= 3, entry.claims().toString());
    try (Archive archive = Archive.open(dir.resolve("a.db"), true)) {
      archive.write(List.of(entry), "test");
      for (ArchivedClaim claim : entry.claims()) {
        assertTrue(archive.lookup(claim.key()).contains(claim), claim.toString());
      }
      assertEquals(List.of(), archive.lookup("MONEY|investment||Apple"));
    }
  }

  @Test
  void sentencesComeBackWhateverTheyHold() {
    AnalysedDocument doc = analyse("odd.txt", "date 2024-02-27\nMicrosoft a investi 15 millions"
        + " d’euros\u0000 (1:2,3 ; -1: « 😀 ») dans Mistral AI, qui avait levé 385 millions"
        + " d'euros en décembre 2023.\n");
    Archive.Entry entry = entry(doc);
    assertTrue(entry.claims().size() >= 2, entry.claims().toString());
    assertTrue(entry.claims().get(0).sentenceText().contains("\u0000 (1:2,3 ; -1: « 😀 »)"),
        entry.claims().get(0).sentenceText());
    try (Archive archive = Archive.open(dir.resolve("a.db"), true)) {
      archive.write(List.of(entry), "test");
    }
    try (Archive archive = Archive.openReadOnly(dir.resolve("a.db"))) {
      for (ArchivedClaim claim : entry.claims()) {
        assertEquals(List.of(claim), archive.lookup(claim.key()), claim.toString());
      }
    }
  }

  @Test
  void aDamagedClaimRowIsOneLineOfError() throws Exception {
    AnalysedDocument doc = analyse("mistral.txt", MISTRAL);
    Archive.Entry entry = entry(doc);
    Path file = dir.resolve("a.db");
    try (Archive archive = Archive.open(file, true)) {
      archive.write(List.of(entry), "test");
    }
    String key = entry.claims().get(0).key();
    for (String damage : List.of("kind = 'bogus'", "line = 'x'", "value = '{'",
        "line = 12345678901")) {
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
        c.createStatement().executeUpdate("UPDATE claim SET " + damage);
      }
      try (Archive archive = Archive.openReadOnly(file)) {
        ArchiveException e = assertThrows(ArchiveException.class, () -> archive.lookup(key),
            damage);
        assertTrue(e.getMessage().startsWith(file + ": damaged archive ("), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
      }
      Files.delete(file);
      try (Archive archive = Archive.open(file, true)) {
        archive.write(List.of(entry), "test");
      }
    }
  }

  @Test
  void anArchiveOpensAndReadsAsUsualAfterAWarmUpOnAnotherThread() throws Exception {
    Thread warmUp = new Thread(Archive::warmUp);
    warmUp.start();
    Archive.warmUp();
    warmUp.join();
    Path file = dir.resolve("a.db");
    Archive.Entry entry = entry(analyse("mistral.txt", MISTRAL));
    try (Archive archive = Archive.open(file, true)) {
      archive.write(List.of(entry), "test");
    }
    try (Archive archive = Archive.openReadOnly(file)) {
      assertEquals(entry.claims().size(), archive.stats().claims());
      ArchivedClaim claim = entry.claims().get(0);
      assertTrue(archive.lookup(claim.key()).contains(claim), claim.toString());
    }
  }

  /** {@code entry} written to a new archive at {@code file}. */
  private static Archive.Entry written(Path file, Archive.Entry entry) {
    try (Archive archive = Archive.open(file, true)) {
      archive.write(List.of(entry), "test");
    }
    return entry;
  }

  @Test
  void lookUpsReadiedOnASpareThreadGiveTheSameClaimsAndAreNotCounted() {
    Path file = dir.resolve("a.db");
    Archive.Entry entry = written(file, entry(analyse("mistral.txt", MISTRAL)));
    List<List<ArchivedClaim>> cold = new java.util.ArrayList<>();
    try (Archive archive = Archive.openReadOnly(file)) {
      for (ArchivedClaim claim : entry.claims()) {
        cold.add(archive.lookup(claim.key()));
      }
    }
    try (Archive archive = Archive.openReadOnly(file)) {
      archive.warmLookups();
      List<List<ArchivedClaim>> warm = new java.util.ArrayList<>();
      for (ArchivedClaim claim : entry.claims()) {
        warm.add(archive.lookup(claim.key()));
      }
      assertEquals(cold, warm);
      assertEquals(entry.claims().size(), archive.lookups());
      assertEquals(cold.stream().mapToInt(List::size).sum(), archive.lookupRows());
    }
    // Closed at once, while the look-ups are being readied: close waits, nothing fails.
    Archive archive = Archive.openReadOnly(file);
    archive.warmLookups();
    archive.close();
  }

  @Test
  void lookUpsAskedTogetherGiveTheSameClaimsOnTwoConnections() {
    Path file = dir.resolve("a.db");
    Archive.Entry entry = written(file, entry(analyse("mistral.txt", MISTRAL)));
    List<ClaimArchive.Request> requests = new ArrayList<>();
    for (ArchivedClaim claim : entry.claims()) {
      requests.add(new ClaimArchive.Request(claim.key(), ClaimArchive.Window.ALL));
      requests.add(new ClaimArchive.Request(claim.key(), ClaimArchive.Window.around(
          List.of(claim), 31)));
    }
    List<List<ArchivedClaim>> one = new ArrayList<>();
    try (Archive archive = Archive.openReadOnly(file)) {
      for (ClaimArchive.Request r : requests) {
        one.add(archive.lookup(r.key(), r.window()));
      }
      assertEquals(1, archive.connections());
    }
    try (Archive archive = Archive.openReadOnly(file)) {
      archive.warmLookups();
      List<List<ArchivedClaim>> together = archive.lookupAll(requests);
      assertEquals(2, archive.connections());
      assertEquals(one, together);
      assertTrue(requests.size() >= 8 && one.stream().allMatch(l -> !l.isEmpty()), "" + requests);
      assertEquals(requests.size(), archive.lookups());
      assertEquals(one.stream().mapToInt(List::size).sum(), archive.lookupRows());
    }
    // An archive open for writing looks up on its one connection, with the same answers.
    try (Archive archive = Archive.open(file, false)) {
      archive.warmLookups();
      assertEquals(one, archive.lookupAll(requests));
      assertEquals(1, archive.connections());
    }
  }

  @Test
  void aNewFileGetsTheCurrentSchema() throws Exception {
    Path file = dir.resolve("sub/dir/a.db");
    Archive.open(file, true).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertEquals(Schema.VERSION, Schema.pragma(c, "user_version"));
      assertEquals(Schema.APPLICATION_ID, Schema.pragma(c, "application_id"));
      try (ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
        rs.next();
        assertEquals("wal", rs.getString(1));
      }
      for (String query : List.of(Archive.LOOKUP_ALL, Archive.LOOKUP_PUBLISHED,
          Archive.LOOKUP_PUBLISHED_OR_ABOUT)) {
        List<String> plan = new ArrayList<>();
        try (var st = c.prepareStatement("EXPLAIN QUERY PLAN " + query)) {
          st.setString(1, "MONEY|investment||Microsoft|Mistral AI");
          for (int i = 2; i <= st.getParameterMetaData().getParameterCount(); i++) {
            st.setString(i, "2024-01-01");
          }
          try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              plan.add(rs.getString("detail"));
            }
          }
        }
        assertTrue(plan.stream().anyMatch(p -> p.contains("INDEX claim_by_key")),
            plan.toString());
        assertTrue(plan.stream().noneMatch(p -> p.startsWith("SCAN")), plan.toString());
        if (query.equals(Archive.LOOKUP_PUBLISHED_OR_ABOUT)) {
          assertTrue(plan.stream().anyMatch(p -> p.contains("INDEX claim_by_key_and_time")),
              plan.toString());
        }
      }
    }
  }

  @Test
  void anArchiveOpenedReadOnlyCannotBeWritten() throws Exception {
    Path file = dir.resolve("a.db");
    try (Archive archive = Archive.open(file, true)) {
      archive.write(List.of(entry(analyse("mistral.txt", MISTRAL))), "test");
    }
    byte[] before = Files.readAllBytes(file);
    try (Archive archive = Archive.openReadOnly(file)) {
      Archive.Entry other = entry(analyse("other.txt", MISTRAL));
      ArchiveException e = assertThrows(ArchiveException.class,
          () -> archive.write(List.of(other), "test"));
      assertTrue(e.getMessage().contains("readonly"), e.getMessage());
      assertThrows(ArchiveException.class, () -> archive.remove("mistral.txt"));
      assertEquals(1, archive.stats().documents());
    }
    assertArrayEquals(before, Files.readAllBytes(file));
  }

  @Test
  void readersSeeTheLastCommittedStateWhileAWriterIsWriting() throws Exception {
    Path file = dir.resolve("a.db");
    try (Archive archive = Archive.open(file, true)) {
      archive.write(List.of(entry(analyse("mistral.txt", MISTRAL))), "test");
    }
    try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      writer.setAutoCommit(false);
      writer.createStatement().execute("INSERT INTO document (path, hash, claims, added)"
          + " VALUES ('draft.txt', 'x', 0, 'now')");
      try (Archive reader = Archive.openReadOnly(file)) {
        assertEquals(1, reader.stats().documents());
        writer.commit();
        assertEquals(2, reader.stats().documents());
      }
    }
  }

  @Test
  void aWholeBatchIsWrittenOrNothing() throws Exception {
    Path file = dir.resolve("a.db");
    Archive.open(file, true).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      c.createStatement().execute("CREATE TRIGGER refuse BEFORE INSERT ON document"
          + " WHEN NEW.path = 'bad.txt' BEGIN SELECT RAISE(ABORT, 'refused'); END");
    }
    try (Archive archive = Archive.open(file, false)) {
      List<Archive.Entry> batch = List.of(entry(analyse("good.txt", MISTRAL)),
          entry(analyse("bad.txt", MISTRAL)));
      ArchiveException e = assertThrows(ArchiveException.class, () -> archive.write(batch, "test"));
      assertTrue(e.getMessage().contains("refused"), e.getMessage());
      assertEquals(0, archive.stats().documents());
      assertEquals(0, archive.stats().claims());
    }
  }

  @Test
  void anEmptyFileBecomesAnArchive() throws Exception {
    Path file = Files.createFile(dir.resolve("empty.db"));
    try (Archive archive = Archive.open(file, false)) {
      assertEquals(0, archive.stats().documents());
    }
    assertFalse(Files.size(file) == 0);
  }

  @Test
  void titlesFallBackToTheFirstLineOfText() {
    assertEquals("Microsoft a investi 15 millions d'euros dans Mistral AI, qui avait levé 385"
        + " millions d'euros en décembre 2023.",
        Archiver.title(DocumentLoader.fromText(MISTRAL, "m.txt")));
    assertEquals("Titre", Archiver.title(new Document("x", "texte", "texte", null, " Titre ")));
  }
}
