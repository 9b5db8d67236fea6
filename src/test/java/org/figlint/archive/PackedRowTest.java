package org.figlint.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rows packed by SQLite into one blob come back column for column. */
class PackedRowTest {
  private static final List<String> TEXTS = List.of(
      "", "Mistral AI", "1:2,3", "-1:", "a\u0000b", "é’« »\u00A0\u202F", "😀 𝔘", "\n\t\\\"",
      "x".repeat(70_000));

  @Test
  void everyTextAndIntegerComesBackAsSqliteHoldsIt() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      c.createStatement().execute("CREATE TABLE t (a TEXT, b TEXT, n INTEGER, m INTEGER)");
      List<String> values = new ArrayList<>(TEXTS);
      values.add(null);
      try (PreparedStatement st = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?)")) {
        int k = 0;
        for (String a : values) {
          st.setString(1, a);
          st.setString(2, values.get((k + 3) % values.size()));
          st.setInt(3, k % 2 == 0 ? Integer.MAX_VALUE - k : -k);
          st.setInt(4, k++);
          st.executeUpdate();
        }
      }
      String packed = PackedRow.expression(List.of("a", "b"), List.of("n", "m"));
      int rows = 0;
      try (ResultSet rs = c.createStatement().executeQuery(
          "SELECT " + packed + ", a, b, n, m FROM t")) {
        while (rs.next()) {
          PackedRow row = new PackedRow(rs.getBytes(1));
          assertEquals(rs.getString(2), row.text());
          assertEquals(rs.getString(3), row.text());
          assertEquals(rs.getInt(4), row.integer());
          assertEquals(rs.getInt(5), row.integer());
          assertTrue(row.done());
          rows++;
        }
      }
      assertEquals(values.size(), rows);
    }
  }

  @Test
  void aNullTextIsNotAnEmptyOne() {
    PackedRow row = new PackedRow("-1:0:".getBytes(StandardCharsets.US_ASCII));
    assertNull(row.text());
    assertEquals("", row.text());
    assertTrue(row.done());
  }

  @Test
  void aMalformedRowIsRefusedWithoutAnyOtherException() {
    for (String bad : List.of("", "5:abc", "x:", "12", "1:a", "-:", ":", "99999999999:",
        "3:abc12a,", "3:abc,", "0:-,", "-5:7,")) {
      PackedRow row = new PackedRow(bad.getBytes(StandardCharsets.UTF_8));
      assertThrows(IllegalStateException.class, () -> {
        row.text();
        row.integer();
      }, bad);
    }
    Random random = new Random(42);
    int read = 0;
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[random.nextInt(24)];
      for (int k = 0; k < bytes.length; k++) {
        bytes[k] = (byte) "0123456789:,-a\u0000".charAt(random.nextInt(15));
      }
      PackedRow row = new PackedRow(bytes);
      try {
        row.text();
        row.integer();
        row.text();
        read++;
      } catch (IllegalStateException expected) {
        // the one exception a malformed row may throw
      }
    }
    assertTrue(read > 0 && read < 20_000, read + " of 20,000 random rows read");
  }
}
