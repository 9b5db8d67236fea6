package org.figlint.archive;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The archive's tables and their versions. {@code PRAGMA application_id} marks a file as a
 * figlint archive and {@code PRAGMA user_version} holds its schema version; opening a file for
 * writing applies the migrations it lacks, in one transaction.
 */
final class Schema {
  /** "FGLT": tells a figlint archive from the SQLite files of other programs. */
  static final int APPLICATION_ID = 0x46474C54;

  /** Migration {@code i} takes a file from version {@code i} to version {@code i + 1}. */
  private static final List<List<String>> MIGRATIONS = List.of(
      List.of(
          """
          CREATE TABLE document (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            hash TEXT NOT NULL,
            date TEXT,
            title TEXT,
            claims INTEGER NOT NULL,
            added TEXT NOT NULL
          )""",
          """
          CREATE TABLE sentence (
            document INTEGER NOT NULL,
            number INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (document, number)
          ) WITHOUT ROWID""",
          """
          CREATE TABLE claim (
            id INTEGER PRIMARY KEY,
            document INTEGER NOT NULL,
            grouping_key TEXT NOT NULL,
            document_date TEXT,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            text TEXT NOT NULL,
            predicate TEXT,
            entities TEXT NOT NULL,
            subject TEXT NOT NULL,
            subject_kinds TEXT NOT NULL,
            time_start TEXT,
            time_end TEXT,
            time_grain TEXT,
            sentence INTEGER NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            line INTEGER NOT NULL,
            col INTEGER NOT NULL,
            end_line INTEGER NOT NULL,
            end_col INTEGER NOT NULL,
            listed INTEGER NOT NULL
          )""",
          "CREATE INDEX claim_by_key ON claim (grouping_key, document_date)",
          "CREATE INDEX claim_by_key_and_time ON claim (grouping_key, time_end)"
              + " WHERE time_end IS NOT NULL",
          "CREATE INDEX claim_by_document ON claim (document)"),
      // A claim whose text of its sentence is not its sentence's row (a long sentence keeps
      // the part around each figure) keeps it here.
      List.of("ALTER TABLE claim ADD COLUMN context TEXT"),
      // What analysed each document ({@link Analysis}): null for those archived before.
      List.of("ALTER TABLE document ADD COLUMN analysis TEXT"),
      // So that lint counts the documents another analysis made ({@link
      // Archive#analysedOtherwise}) by two index seeks when there are none.
      List.of("CREATE INDEX document_by_analysis ON document (analysis)"));

  /** The version this figlint reads and writes. */
  static final int VERSION = MIGRATIONS.size();

  /**
   * The oldest version that {@code lint} can look claims up in: the versions after it only add
   * what {@code archive add} needs, so an archive made by the figlint before still serves a lint.
   */
  static final int OLDEST_READABLE = 2;

  private Schema() {}

  /** What a file holds, read from its header before anything is written. */
  record Identity(int applicationId, int version, int tables) {
    boolean empty() {
      return applicationId == 0 && version == 0 && tables == 0;
    }

    boolean ours() {
      return applicationId == APPLICATION_ID;
    }
  }

  static Identity identify(Connection c) throws SQLException {
    return new Identity(pragma(c, "application_id"), pragma(c, "user_version"),
        intQuery(c, "SELECT count(*) FROM sqlite_master"));
  }

  /** Brings a file from {@code from} to {@link #VERSION}, all or nothing. */
  static void migrate(Connection c, int from) throws SQLException {
    if (from >= VERSION) {
      return;
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (var st = c.createStatement()) {
      for (int v = from; v < VERSION; v++) {
        for (String sql : MIGRATIONS.get(v)) {
          st.execute(sql);
        }
      }
      st.execute("PRAGMA application_id = " + APPLICATION_ID);
      st.execute("PRAGMA user_version = " + VERSION);
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  static int pragma(Connection c, String name) throws SQLException {
    return intQuery(c, "PRAGMA " + name);
  }

  private static int intQuery(Connection c, String sql) throws SQLException {
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
