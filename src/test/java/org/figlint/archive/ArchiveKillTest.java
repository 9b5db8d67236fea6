package org.figlint.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.figlint.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import picocli.CommandLine;

/**
 * {@code figlint archive add} killed (SIGKILL) while it writes: the archive holds whole
 * batches, each document with all its claims, and the next add completes it.
 */
class ArchiveKillTest {
  private static final int DOCUMENTS = 3000;

  @TempDir Path dir;

  private static String document(int i) {
    return String.format(Locale.ROOT, "date 2024-03-%02d%n"
        + "Microsoft a investi %d millions d'euros dans Mistral AI, selon l'entreprise.%n"
        + "Le sommet de Paris sur l'IA aura lieu les 10 et 11 février 2025.%n"
        + "Mistral AI compte %d salariés en 2024.%n", 1 + i % 28, 10 + i % 90, 100 + i);
  }

  @Test
  void killedWhileAddingLeavesWholeBatches() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    for (int i = 0; i < DOCUMENTS; i++) {
      Files.writeString(docs.resolve(String.format(Locale.ROOT, "d%05d.txt", i)), document(i));
    }
    int perDocument = Archiver.kept(ArchiveTest.analyse("d0.txt", document(0))).size();
    assertEquals(perDocument, Archiver.kept(ArchiveTest.analyse("d1.txt", document(1))).size());
    assertTrue(perDocument >= 3, "claims per document: " + perDocument);

    Path db = dir.resolve("archive.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    Process child = new ProcessBuilder(java, "-cp", classpath, Main.class.getName(),
        "archive", "add", "--db", db.toString(), docs.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (committed(db) == 0 && System.nanoTime() < deadline
          && !child.waitFor(10, TimeUnit.MILLISECONDS)) {
        // wait for the first batch to be committed
      }
      // Killed right after its first commit: in the middle of the next batch.
      assertTrue(child.isAlive(), "the add finished before it could be killed: "
          + Files.readString(dir.resolve("child.log")));
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    } finally {
      child.destroyForcibly();
    }

    int present;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      assertEquals("ok", text(c, "PRAGMA integrity_check"));
      present = number(c, "SELECT count(*) FROM document");
      assertTrue(present > 0 && present < DOCUMENTS, "documents present: " + present);
      assertEquals(0, present % Archiver.BATCH, "documents present: " + present);
      assertEquals(0, number(c, "SELECT count(*) FROM document d WHERE d.claims <> " + perDocument
          + " OR d.claims <> (SELECT count(*) FROM claim c WHERE c.document = d.id)"));
      assertEquals(0, number(c, "SELECT count(*) FROM claim c WHERE NOT EXISTS (SELECT 1 FROM"
          + " sentence s WHERE s.document = c.document AND s.number = c.sentence)"));
      assertEquals(0, number(c, "SELECT count(*) FROM claim c WHERE NOT EXISTS (SELECT 1 FROM"
          + " document d WHERE d.id = c.document)"));
    }

    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertEquals(0, cl.execute("archive", "add", "--db", db.toString(), docs.toString()));
    assertTrue(out.toString().contains(": " + (DOCUMENTS - present) + " added, 0 replaced, "
        + present + " unchanged"), out.toString());
  }

  /** Documents committed so far, read as lint reads: read-only, while the writer writes. */
  private static int committed(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    try (Connection c = config.createConnection("jdbc:sqlite:" + db)) {
      return number(c, "SELECT count(*) FROM document");
    } catch (SQLException e) {
      return 0; // not created yet
    }
  }

  private static int number(Connection c, String sql) throws SQLException {
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> rows = new java.util.ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
      return String.join("\n", rows);
    }
  }
}
