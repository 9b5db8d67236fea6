package org.figlint.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.figlint.claim.ArchivedClaim;
import org.figlint.claim.ClaimArchive;
import org.figlint.document.Printable;
import org.figlint.rule.EntityKind;
import org.figlint.value.DateInterval;
import org.figlint.value.Grain;
import org.figlint.value.Kind;
import org.sqlite.SQLiteConfig;

/**
 * The facade of the archive package: one SQLite file holding the claims of published
 * documents, indexed by their grouping key so that a draft is compared with all of them
 * without reading them again. Opened read-only to lint, or for writing (WAL mode, so that
 * readers keep reading while documents are added; each batch is one transaction). A file that
 * is not a figlint archive, or from a newer figlint, is refused with one line and left as it is.
 */
public final class Archive implements ClaimArchive, AutoCloseable {
  private static final byte[] SQLITE_HEADER =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  /**
   * A claim's columns, packed into one blob per row ({@link PackedRow}): the texts in the order
   * {@link #claim} reads them, then the integers.
   */
  private static final String SELECT = "SELECT " + PackedRow.expression(
      List.of("d.path", "d.date", "c.kind", "c.value", "c.text", "c.predicate", "c.entities",
          "c.subject", "c.subject_kinds", "c.time_start", "c.time_end", "c.time_grain",
          "coalesce(c.context, s.text)"),
      List.of("c.sentence", "c.start_offset", "c.end_offset", "c.line", "c.col", "c.end_line",
          "c.end_col", "c.listed"))
      + """

      FROM claim c
      JOIN document d ON d.id = c.document
      JOIN sentence s ON s.document = c.document AND s.number = c.sentence
      """;

  /**
   * The claims of one grouping key, through its index. The order of the rows does not matter:
   * the checks order claims by document date, path and position.
   */
  static final String LOOKUP_ALL = SELECT + "WHERE c.grouping_key = ?1";

  /** ... published within a window, through the index of key and date. */
  static final String LOOKUP_PUBLISHED = SELECT + """
      WHERE c.grouping_key = ?1
        AND (c.document_date IS NULL OR c.document_date BETWEEN ?2 AND ?3)""";

  /** ... or about a time that overlaps the window's, through the index of key and time. */
  static final String LOOKUP_PUBLISHED_OR_ABOUT = SELECT + """
      WHERE c.id IN (
          SELECT id FROM claim WHERE grouping_key = ?1
            AND (document_date IS NULL OR document_date BETWEEN ?2 AND ?3)
          UNION
          SELECT id FROM claim WHERE grouping_key = ?1 AND time_end >= ?4 AND time_start <= ?5)""";

  private final Path file;
  private final String name;
  private final Connection connection;
  private final boolean readOnly;
  /** The file's schema version: this figlint's, unless it is opened read-only. */
  private final int version;
  /** Look-ups on {@link #connection}. */
  private final Reader reader;
  /**
   * A second connection, opened by {@link #warmLookups} for read-only archives: {@link
   * #lookupAll} shares its look-ups between the two, on two cores.
   */
  private Reader second;
  private long lookupNanos;
  private int lookupCount;
  private int lookupRows;

  private Archive(Path file, Connection connection, boolean readOnly, int version) {
    this.readOnly = readOnly;
    this.version = version;
    this.file = file;
    this.name = file.toString();
    this.connection = connection;
    this.reader = new Reader(connection);
  }

  /**
   * Opens an archive to add or remove documents, creating it (and its folder) when
   * {@code create} is true and it does not exist yet, and bringing its schema up to date.
   */
  public static Archive open(Path file, boolean create) {
    String name = file.toString();
    if (!create && !Files.exists(file)) {
      throw new ArchiveException(name + ": no such archive");
    }
    checkHeader(file);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new ArchiveException(name + ": cannot create its folder (" + e.getMessage() + ")");
    }
    Connection c = connect(file, false);
    try {
      Schema.Identity id = Schema.identify(c);
      refuseForeign(file, id);
      try (var st = c.createStatement()) {
        st.execute("PRAGMA journal_mode = WAL");
        st.execute("PRAGMA synchronous = NORMAL");
      }
      Schema.migrate(c, id.ours() ? id.version() : 0);
      return new Archive(file, c, false, Schema.VERSION);
    } catch (SQLException e) {
      closeQuietly(c);
      throw failure(file, e);
    } catch (ArchiveException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /** Opens an existing archive to look claims up; nothing is ever written to it. */
  public static Archive openReadOnly(Path file) {
    String name = file.toString();
    if (!Files.exists(file)) {
      throw new ArchiveException(name + ": no such archive");
    }
    checkHeader(file);
    Connection c = connect(file, true);
    try {
      Schema.Identity id = Schema.identify(c);
      refuseForeign(file, id);
      if (id.empty()) {
        throw new ArchiveException(name + ": empty archive file (no schema)");
      }
      if (id.version() < Schema.OLDEST_READABLE) {
        throw new ArchiveException(name + ": archive schema version " + id.version()
            + " is older than " + Schema.OLDEST_READABLE + "; run 'figlint archive stats --db " + name
            + "' once to upgrade it");
      }
      return new Archive(file, c, true, id.version());
    } catch (SQLException e) {
      closeQuietly(c);
      throw failure(file, e);
    } catch (ArchiveException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /**
   * Loads SQLite's native code and the driver's classes, by opening and closing an empty
   * database in memory: called on a spare thread at start-up, it takes that work off the
   * opening of an archive. Safe to call at any time; a failure is left for the opening to meet.
   */
  public static void warmUp() {
    NativeLibrary.prepare();
    try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite::memory:");
        PreparedStatement st = c.prepareStatement("SELECT 1");
        ResultSet rs = st.executeQuery()) {
      rs.next();
    } catch (SQLException e) {
      // only a head start
    }
  }

  private static Connection connect(Path file, boolean readOnly) {
    NativeLibrary.prepare();
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(readOnly);
    config.setBusyTimeout(30_000);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    try {
      return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    } catch (SQLException e) {
      throw failure(file, e);
    }
  }

  /** Reads the first bytes: a file that is not SQLite is refused before SQLite opens it. */
  private static void checkHeader(Path file) {
    if (!Files.exists(file)) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw new ArchiveException(file + ": is a folder, not an archive file");
    }
    if (!Files.isRegularFile(file)) {
      // A device or a pipe: SQLite would write to /dev/null, and reading a pipe waits.
      throw new ArchiveException(file + ": not a regular file (a device or a pipe), not an"
          + " archive file");
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SQLITE_HEADER.length);
    } catch (IOException e) {
      throw new ArchiveException(file + ": cannot read (" + e.getMessage() + ")");
    }
    if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
      throw new ArchiveException(file + ": not a figlint archive (not an SQLite database);"
          + " left unchanged");
    }
  }

  private static void refuseForeign(Path file, Schema.Identity id) {
    if (!id.ours() && !id.empty()) {
      throw new ArchiveException(file + ": not a figlint archive (an SQLite database without"
          + " the figlint schema); left unchanged");
    }
    if (id.ours() && id.version() > Schema.VERSION) {
      throw new ArchiveException(file + ": archive schema version " + id.version()
          + " is newer than this figlint reads (" + Schema.VERSION + "); use a newer figlint");
    }
  }

  private static ArchiveException failure(Path file, SQLException e) {
    String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
    if (message.contains("SQLITE_NOTADB") || message.contains("SQLITE_CORRUPT")) {
      return new ArchiveException(file + ": damaged archive or not an SQLite database ("
          + message + "); left unchanged", e);
    }
    return new ArchiveException(file + ": " + message, e);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // already failing: the first problem is the one to report
    }
  }

  public Path file() {
    return file;
  }

  // ---------------------------------------------------------------- reading

  /** All the archived claims of a key. */
  public List<ArchivedClaim> lookup(String key) {
    return lookup(key, Window.ALL);
  }

  @Override
  public List<ArchivedClaim> lookup(String key, Window window) {
    asked = true;
    return lookupLocked(key, window);
  }

  private synchronized List<ArchivedClaim> lookupLocked(String key, Window window) {
    long start = System.nanoTime();
    try {
      List<ArchivedClaim> out = reader.lookup(key, window);
      lookupRows += out.size();
      return out;
    } catch (SQLException e) {
      throw failure(file, e);
    } finally {
      lookupNanos += System.nanoTime() - start;
      lookupCount++;
    }
  }

  /**
   * The look-ups of a run, shared between two connections on two threads when the archive was
   * opened read-only and more than one is asked; the time counted is the time they take
   * together.
   */
  @Override
  public List<List<ArchivedClaim>> lookupAll(List<Request> requests) {
    asked = true;
    return lookupAllLocked(requests);
  }

  private synchronized List<List<ArchivedClaim>> lookupAllLocked(List<Request> requests) {
    long start = System.nanoTime();
    int n = requests.size();
    @SuppressWarnings("unchecked")
    List<ArchivedClaim>[] out = new List[n];
    try {
      if (readOnly && second == null && n > 1) {
        second = secondReader(); // when warmLookups did not run before
      }
      Reader other = second;
      if (other == null || n < 2) {
        for (int i = 0; i < n; i++) {
          out[i] = reader.lookup(requests.get(i).key(), requests.get(i).window());
        }
      } else {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread helper = new Thread(() -> work(other, requests, out, next, failed),
            "figlint-archive-look-ups");
        helper.setDaemon(true);
        helper.start();
        work(reader, requests, out, next, failed);
        helper.join();
        if (failed.get() instanceof SQLException e) {
          throw e;
        } else if (failed.get() instanceof RuntimeException e) {
          throw e;
        }
      }
    } catch (SQLException e) {
      throw failure(file, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ArchiveException(name + ": interrupted during look-ups");
    } finally {
      lookupNanos += System.nanoTime() - start;
      lookupCount += n;
    }
    List<List<ArchivedClaim>> result = new ArrayList<>(n);
    for (List<ArchivedClaim> claims : out) {
      lookupRows += claims.size();
      result.add(claims);
    }
    return result;
  }

  /** Takes look-ups from {@code next} until none is left or one failed. */
  private static void work(Reader r, List<Request> requests, List<ArchivedClaim>[] out,
      AtomicInteger next, AtomicReference<Exception> failed) {
    for (int i = next.getAndIncrement(); i < requests.size() && failed.get() == null;
        i = next.getAndIncrement()) {
      try {
        out[i] = r.lookup(requests.get(i).key(), requests.get(i).window());
      } catch (SQLException | RuntimeException e) {
        failed.compareAndSet(null, e);
      }
    }
  }

  /** A second read-only connection, or null when it cannot be opened: one is enough. */
  private Reader secondReader() {
    try {
      return new Reader(connect(file, true));
    } catch (ArchiveException e) {
      return null;
    }
  }

  /** One connection and its compiled look-up statements; used by one thread at a time. */
  private static final class Reader {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Reader(Connection connection) {
      this.connection = connection;
    }

    List<ArchivedClaim> lookup(String key, Window window) throws SQLException {
      PreparedStatement st;
      if (window.all()) {
        st = prepared(LOOKUP_ALL);
      } else {
        st = prepared(window.timeFrom() == null ? LOOKUP_PUBLISHED : LOOKUP_PUBLISHED_OR_ABOUT);
        st.setString(2, window.publishedFrom().toString());
        st.setString(3, window.publishedTo().toString());
        if (window.timeFrom() != null) {
          st.setString(4, window.timeFrom().toString());
          st.setString(5, window.timeTo().toString());
        }
      }
      st.setString(1, key);
      List<ArchivedClaim> out = new ArrayList<>();
      Map<String, Object> decoded = new HashMap<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(claim(rs, decoded));
        }
      }
      return out;
    }

    PreparedStatement prepared(String sql) throws SQLException {
      PreparedStatement st = statements.get(sql);
      if (st == null) {
        st = connection.prepareStatement(sql);
        statements.put(sql, st);
      }
      return st;
    }

    /**
     * Compiles the look-up statements and reads and decodes up to {@code rows} claims, keeping
     * none; stops reading as soon as {@code stop} says so.
     */
    void warm(int rows, java.util.function.BooleanSupplier stop) throws SQLException {
      prepared(LOOKUP_ALL);
      prepared(LOOKUP_PUBLISHED);
      prepared(LOOKUP_PUBLISHED_OR_ABOUT);
      try (PreparedStatement st = connection.prepareStatement(
              SELECT + "WHERE c.id IN (SELECT id FROM claim LIMIT " + rows + ")");
          ResultSet rs = st.executeQuery()) {
        Map<String, Object> decoded = new HashMap<>();
        while (!stop.getAsBoolean() && rs.next()) {
          claim(rs, decoded);
        }
      }
    }

    void close() throws SQLException {
      for (PreparedStatement st : statements.values()) {
        st.close();
      }
      connection.close();
    }
  }

  /** How many connections the look-ups use: two once {@link #warmLookups} opened a second. */
  synchronized int connections() {
    return second == null ? 1 : 2;
  }

  /** Time spent in look-ups so far, in nanoseconds. */
  public synchronized long lookupNanos() {
    return lookupNanos;
  }

  /** Look-ups made so far. */
  public synchronized int lookups() {
    return lookupCount;
  }

  /** Archived claims returned by look-ups so far. */
  public synchronized int lookupRows() {
    return lookupRows;
  }

  /**
   * One row as an archived claim. The claims of one key share their subject and mostly their
   * entities, kinds and dates: {@code decoded} keeps what was already decoded in this look-up.
   */
  private static ArchivedClaim claim(ResultSet rs, Map<String, Object> decoded)
      throws SQLException {
    return claim(rs.getBytes(1), decoded);
  }

  /**
   * A row as packed by {@link #SELECT}. Decoding is pure: whatever fails in it (a field missing,
   * malformed JSON, a date such as 2025-02-30, an unknown kind) says that the row was written by
   * something else, and is reported as a damaged archive.
   */
  static ArchivedClaim claim(byte[] packed, Map<String, Object> decoded) throws SQLException {
    try {
      return claim(new PackedRow(packed), decoded);
    } catch (RuntimeException e) {
      throw new SQLException("damaged archive (" + detail(e) + "); left unchanged", e);
    }
  }

  /** What failed in a row, on one line without control characters, and at most 200 characters. */
  private static String detail(RuntimeException e) {
    String detail = Printable.oneLine(String.valueOf(e.getMessage()));
    if (detail.length() <= 200) {
      return detail;
    }
    int end = Character.isHighSurrogate(detail.charAt(199)) ? 199 : 200;
    return detail.substring(0, end) + "…";
  }

  @SuppressWarnings("unchecked")
  private static ArchivedClaim claim(PackedRow row, Map<String, Object> decoded) {
    String path = row.text();
    String date = row.text();
    Kind kind = Kind.valueOf(row.text().toUpperCase(Locale.ROOT));
    String value = row.text();
    String text = row.text();
    String predicate = row.text();
    String entities = row.text();
    String subject = row.text();
    String subjectKinds = row.text();
    String timeStart = row.text();
    String timeEnd = row.text();
    String grain = row.text();
    String sentenceText = row.text();
    int sentence = row.integer();
    ArchivedClaim.Span span = new ArchivedClaim.Span(row.integer(), row.integer(),
        row.integer(), row.integer(), row.integer(), row.integer());
    boolean listed = row.integer() != 0;
    if (!row.done()) {
      throw new IllegalStateException("a claim's row is longer than its columns");
    }
    DateInterval time = timeStart == null ? null
        : (DateInterval) decoded.computeIfAbsent("time:" + timeStart + timeEnd + grain,
            k -> DateInterval.of(ValueCodec.date(timeStart), ValueCodec.date(timeEnd),
                Grain.valueOf(grain.toUpperCase(Locale.ROOT))));
    return new ArchivedClaim(path,
        date == null ? null : (LocalDate) decoded.computeIfAbsent(date, ValueCodec::date),
        (org.figlint.value.Value) decoded.computeIfAbsent(kind + value,
            k -> ValueCodec.decode(kind, value)),
        text, span, sentence, sentenceText, predicate,
        (Set<String>) decoded.computeIfAbsent(entities, Archive::nameSet),
        (Set<String>) decoded.computeIfAbsent(subject, Archive::nameSet),
        (Set<EntityKind>) decoded.computeIfAbsent("kinds:" + subjectKinds,
            k -> kinds(k.substring("kinds:".length()))),
        time, listed);
  }

  private static Set<String> nameSet(String json) {
    return java.util.Collections.unmodifiableSet(new TreeSet<>(ValueCodec.names(json)));
  }

  /**
   * How an archived document was archived: the SHA-256 of its bytes and the fingerprint of the
   * analysis that made its claims ({@link Analysis}; null before archives kept it).
   */
  public record Stored(String hash, String analysis) {}

  /** What was stored of every archived document, by path. */
  public Map<String, Stored> stored() {
    Map<String, Stored> out = new HashMap<>();
    try (var st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT path, hash, analysis FROM document")) {
      while (rs.next()) {
        out.put(rs.getString(1), new Stored(rs.getString(2), rs.getString(3)));
      }
    } catch (SQLException e) {
      throw failure(file, e);
    }
    return out;
  }

  /** How many archived documents {@code analysis} made the claims of ({@link Analysis}). */
  public long analysedBy(String analysis) {
    try (PreparedStatement st = connection.prepareStatement(
        "SELECT count(*) FROM document WHERE analysis = ?")) {
      st.setString(1, analysis);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw failure(file, e);
    }
  }

  /**
   * How many archived documents were analysed otherwise than by {@code analysis} ({@link
   * Analysis}): by another figlint or with another lexicon, or before archives kept it. Their
   * claims may not be what {@code analysis} would find. From schema 4 on, two index ranges
   * around {@code analysis} and the documents without one are counted: nothing is read when
   * every document is current.
   */
  public synchronized long analysedOtherwise(String analysis) {
    String sql = version < 3 ? "SELECT count(*) FROM document"
        : "SELECT (SELECT count(*) FROM document WHERE analysis < ?1)"
            + " + (SELECT count(*) FROM document WHERE analysis > ?1)"
            + " + (SELECT count(*) FROM document WHERE analysis IS NULL)";
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      if (version >= 3) {
        st.setString(1, analysis);
      }
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw failure(file, e);
    }
  }

  /** Every archived document, by path. */
  public void list(Consumer<ArchivedDocument> action) {
    try (var st = connection.createStatement();
        ResultSet rs = st.executeQuery(
            "SELECT path, hash, date, title, claims FROM document ORDER BY path")) {
      while (rs.next()) {
        action.accept(new ArchivedDocument(rs.getString(1), rs.getString(2),
            date(rs.getString(3)), rs.getString(4), rs.getInt(5)));
      }
    } catch (SQLException e) {
      throw failure(file, e);
    }
  }

  /** What an archive holds. {@code bytes} is the size of the file (and of its WAL, if any). */
  public record Stats(long documents, long claims, Map<String, Long> claimsPerKind,
      LocalDate firstDate, LocalDate lastDate, long bytes, int version) {}

  public Stats stats() {
    try (var st = connection.createStatement()) {
      long documents;
      LocalDate first;
      LocalDate last;
      try (ResultSet rs = st.executeQuery("SELECT count(*), min(date), max(date) FROM document")) {
        rs.next();
        documents = rs.getLong(1);
        first = date(rs.getString(2));
        last = date(rs.getString(3));
      }
      Map<String, Long> perKind = new LinkedHashMap<>();
      for (Kind k : Kind.values()) {
        perKind.put(k.id(), 0L);
      }
      long claims = 0;
      try (ResultSet rs = st.executeQuery("SELECT kind, count(*) FROM claim GROUP BY kind")) {
        while (rs.next()) {
          perKind.put(rs.getString(1), rs.getLong(2));
          claims += rs.getLong(2);
        }
      }
      long bytes = Files.size(file);
      Path wal = Path.of(file + "-wal");
      if (Files.exists(wal)) {
        bytes += Files.size(wal);
      }
      return new Stats(documents, claims, perKind, first, last, bytes,
          Schema.pragma(connection, "user_version"));
    } catch (SQLException e) {
      throw failure(file, e);
    } catch (IOException e) {
      throw new ArchiveException(name + ": cannot read its size (" + e.getMessage() + ")");
    }
  }

  // ---------------------------------------------------------------- writing

  /** A document to archive with its claims. */
  public record Entry(ArchivedDocument document, List<ArchivedClaim> claims) {
    public Entry {
      claims = List.copyOf(claims);
    }
  }

  /**
   * Writes documents in one transaction, their claims made by {@code analysis}: each replaces
   * the archived document of the same path, if any. Either the whole batch is in the file
   * afterwards, or none of it.
   */
  public void write(List<Entry> batch, String analysis) {
    try {
      connection.setAutoCommit(false);
      try (PreparedStatement insertDocument = connection.prepareStatement(
              "INSERT INTO document (path, hash, date, title, claims, added, analysis)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS);
          PreparedStatement findDocument = connection.prepareStatement(
              "SELECT id FROM document WHERE path = ?");
          PreparedStatement deleteClaims = connection.prepareStatement(
              "DELETE FROM claim WHERE document = ?");
          PreparedStatement deleteSentences = connection.prepareStatement(
              "DELETE FROM sentence WHERE document = ?");
          PreparedStatement deleteDocument = connection.prepareStatement(
              "DELETE FROM document WHERE id = ?");
          PreparedStatement insertSentence = connection.prepareStatement(
              "INSERT INTO sentence (document, number, text) VALUES (?, ?, ?)");
          PreparedStatement insertClaim = connection.prepareStatement(
              "INSERT INTO claim (document, grouping_key, document_date, kind, value, text,"
                  + " predicate, entities, subject, subject_kinds, time_start, time_end,"
                  + " time_grain, sentence, start_offset, end_offset, line, col, end_line,"
                  + " end_col, listed, context)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        String now = Instant.now().toString();
        for (Entry entry : batch) {
          ArchivedDocument doc = entry.document();
          findDocument.setString(1, doc.path());
          try (ResultSet old = findDocument.executeQuery()) {
            if (old.next()) {
              long oldId = old.getLong(1);
              insertSentence.executeBatch();
              insertClaim.executeBatch();
              for (PreparedStatement delete
                  : List.of(deleteClaims, deleteSentences, deleteDocument)) {
                delete.setLong(1, oldId);
                delete.executeUpdate();
              }
            }
          }
          insertDocument.setString(1, doc.path());
          insertDocument.setString(2, doc.hash());
          setNullable(insertDocument, 3, doc.date() == null ? null : doc.date().toString());
          setNullable(insertDocument, 4, doc.title());
          insertDocument.setInt(5, entry.claims().size());
          insertDocument.setString(6, now);
          setNullable(insertDocument, 7, analysis);
          insertDocument.executeUpdate();
          long id;
          try (ResultSet keys = insertDocument.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
          // A sentence's row holds the text of its first claim; a claim of a long sentence,
          // which keeps the part around its own figure, keeps that text itself.
          Map<Integer, String> sentences = new HashMap<>();
          for (ArchivedClaim c : entry.claims()) {
            String sentence = sentences.putIfAbsent(c.sentence(), c.sentenceText());
            if (sentence == null) {
              insertSentence.setLong(1, id);
              insertSentence.setInt(2, c.sentence());
              insertSentence.setString(3, c.sentenceText());
              insertSentence.addBatch();
            }
            bindClaim(insertClaim, id, c,
                sentence == null || sentence.equals(c.sentenceText()) ? null : c.sentenceText());
            insertClaim.addBatch();
          }
        }
        insertSentence.executeBatch();
        insertClaim.executeBatch();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(file, e);
    }
  }

  private static void bindClaim(PreparedStatement st, long document, ArchivedClaim c,
      String context) throws SQLException {
    int i = 0;
    st.setLong(++i, document);
    st.setString(++i, c.key());
    setNullable(st, ++i, c.documentDate() == null ? null : c.documentDate().toString());
    st.setString(++i, c.kind().id());
    st.setString(++i, ValueCodec.encode(c.value()));
    st.setString(++i, c.text());
    setNullable(st, ++i, c.predicate());
    st.setString(++i, ValueCodec.names(c.entities()));
    st.setString(++i, ValueCodec.names(c.subject()));
    List<String> kinds = new ArrayList<>();
    c.subjectKinds().forEach(k -> kinds.add(k.id()));
    st.setString(++i, String.join(",", kinds));
    DateInterval t = c.time() != null && c.time().resolved() ? c.time() : null;
    setNullable(st, ++i, t == null ? null : t.start().toString());
    setNullable(st, ++i, t == null ? null : t.end().toString());
    setNullable(st, ++i, t == null ? null : t.grain().id());
    st.setInt(++i, c.sentence());
    ArchivedClaim.Span s = c.span();
    st.setInt(++i, s.start());
    st.setInt(++i, s.end());
    st.setInt(++i, s.line());
    st.setInt(++i, s.column());
    st.setInt(++i, s.endLine());
    st.setInt(++i, s.endColumn());
    st.setInt(++i, c.listed() ? 1 : 0);
    setNullable(st, ++i, context);
  }

  /**
   * Removes the document of this path, or every document under it (a folder, or a JSON lines
   * archive whose entries are {@code file#id}); returns how many were removed.
   */
  public int remove(String path) {
    try {
      connection.setAutoCommit(false);
      try {
        int removed = delete(
            "path = ?1 OR substr(path, 1, length(?1) + 1) IN (?1 || '/', ?1 || '#')", path);
        connection.commit();
        return removed;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(file, e);
    }
  }

  private int delete(String where, String path) throws SQLException {
    String ids = "(SELECT id FROM document WHERE " + where + ")";
    try (PreparedStatement claims = connection.prepareStatement(
            "DELETE FROM claim WHERE document IN " + ids);
        PreparedStatement sentences = connection.prepareStatement(
            "DELETE FROM sentence WHERE document IN " + ids);
        PreparedStatement documents = connection.prepareStatement(
            "DELETE FROM document WHERE " + where)) {
      claims.setString(1, path);
      claims.executeUpdate();
      sentences.setString(1, path);
      sentences.executeUpdate();
      documents.setString(1, path);
      return documents.executeUpdate();
    }
  }

  /**
   * How many archived claims {@link #warmLookups} reads and decodes on each connection, on the
   * spare core, so that the JVM has compiled the reading of rows when the look-ups come. For the
   * 5 KB stress draft against 1M claims, in a fresh process (10 runs each): look-ups 26 to 43 ms,
   * median 30, with one row; 18 to 30, median 20, with 200; 16 to 23, median 19, with 500; 14 to
   * 21, median 16, with 1,000. End to end, 15 alternated runs gave the same times with 1, 200
   * and 500 (median 0.34 to 0.35 s); 1,000 cost about 10 ms. One row on the second connection
   * rather than 500 made the look-ups slower again (median 18.8 ms against 16.5).
   */
  private static final int WARM_ROWS = 500;

  /**
   * Set when look-ups are asked for: a warm-up still reading rows then stops, rather than keep
   * them waiting (a short text reaches its look-ups before 500 rows are read).
   */
  private volatile boolean asked;

  /**
   * Gets the look-ups ready on a spare thread while the caller analyses its documents: their
   * statements are compiled and {@link #WARM_ROWS} archived claims are read and decoded, so
   * that the first look-ups of a short run do not pay for the code and pages they need; a
   * read-only archive also opens and readies its second connection, for {@link #lookupAll}.
   * Look-ups asked meanwhile stop its reading of rows and wait for the rest; nothing it reads
   * is kept or counted.
   */
  public void warmLookups() {
    Thread thread = new Thread(() -> {
      synchronized (this) {
        try {
          reader.warm(WARM_ROWS, () -> asked);
          if (readOnly) {
            second = secondReader();
            if (second != null) {
              second.warm(WARM_ROWS, () -> asked);
            }
          }
        } catch (SQLException | RuntimeException e) {
          // only a head start: the look-ups meet and report any problem
        }
      }
    }, "figlint-archive-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Closes the file, once a {@link #warmLookups} in progress is done. With {@code
   * -Dfiglint.archive.timing=true}, first prints one line on standard error: how many look-ups
   * were made, the claims they returned and their time.
   */
  @Override
  public synchronized void close() {
    if (Boolean.getBoolean("figlint.archive.timing")) {
      System.err.printf(Locale.ROOT, "figlint: archive %s: %d look-ups, %d archived claims,"
          + " %.1f ms%n", name, lookupCount, lookupRows, lookupNanos / 1e6);
    }
    try {
      if (second != null) {
        second.close();
      }
      reader.close();
    } catch (SQLException e) {
      throw failure(file, e);
    }
  }

  // ---------------------------------------------------------------- columns

  private static void setNullable(PreparedStatement st, int index, String value)
      throws SQLException {
    if (value == null) {
      st.setNull(index, Types.VARCHAR);
    } else {
      st.setString(index, value);
    }
  }

  private static Set<EntityKind> kinds(String ids) {
    Set<EntityKind> out = EnumSet.noneOf(EntityKind.class);
    if (!ids.isEmpty()) {
      for (String id : ids.split(",")) {
        EntityKind.parse(id).ifPresent(out::add);
      }
    }
    return out;
  }

  private static LocalDate date(String iso) {
    return ValueCodec.date(iso);
  }
}
