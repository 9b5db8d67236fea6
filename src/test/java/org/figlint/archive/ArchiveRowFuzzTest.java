package org.figlint.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.figlint.check.Linter;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.ArchivedClaim;
import org.figlint.claim.Claim;
import org.figlint.claim.ClaimArchive;
import org.figlint.document.DocumentLoader;
import org.figlint.review.Reviewer;
import org.figlint.rule.ExchangeRates;
import org.junit.jupiter.api.Timeout;

/**
 * An archive whose rows were written by something else: each column of a claim's row is a value
 * that figlint writes (of any claim of the sample texts), empty, NULL, or any text, and the
 * integers any. Decoding it either gives a claim or says that the archive is damaged; a claim it
 * gives never makes a check fail when a draft is compared with it.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ArchiveRowFuzzTest {
  private static final Linter LINTER = new Linter(Reviewer.bundled().rules(),
      ExchangeRates.bundled(), Locale.FRENCH);
  private static final String SAMPLES = """
      date 2025-03-10
      Apple a levé 15 millions d’euros auprès de ses actionnaires le lundi 3 mars 2025.
      Le chômage a atteint 7,3 % au premier trimestre 2025, selon l’Insee.
      L’entreprise emploie 340 salariés en France depuis 2019 et vise 1,2 milliard de dollars.
      Le G7 d’Hiroshima s’est tenu en mai 2023.
      """;
  /** The samples two days later, each figure quoted otherwise. */
  private static final String DRAFT = SAMPLES.replace("2025-03-10", "2025-03-12")
      .replace("15 millions", "20 millions").replace("7,3 %", "8,3 %").replace("340", "440")
      .replace("2019", "2018").replace("1,2 milliard", "1,5 milliard").replace("2023", "2021");
  /** The text columns of the samples' rows, column by column. */
  private static final List<List<String>> TEXTS = new ArrayList<>();
  /** Their integer columns. */
  private static final List<List<Integer>> INTEGERS = new ArrayList<>();

  static {
    for (int i = 0; i < 13; i++) {
      TEXTS.add(new ArrayList<>());
    }
    for (int i = 0; i < 8; i++) {
      INTEGERS.add(new ArrayList<>());
    }
    AnalysedDocument doc = LINTER.analyse(DocumentLoader.fromText(SAMPLES, "a.txt"), null);
    for (Claim claim : doc.claims()) {
      ArchivedClaim c = ArchivedClaim.of(claim);
      List<String> kinds = new ArrayList<>();
      c.subjectKinds().forEach(k -> kinds.add(k.id()));
      boolean timed = c.time() != null && c.time().resolved();
      String[] texts = {c.documentPath(), String.valueOf(c.documentDate()), c.kind().id(),
        ValueCodec.encode(c.value()), c.text(), c.predicate(), ValueCodec.names(c.entities()),
        ValueCodec.names(c.subject()), String.join(",", kinds),
        timed ? c.time().start().toString() : null, timed ? c.time().end().toString() : null,
        timed ? c.time().grain().id() : null, c.sentenceText()};
      for (int i = 0; i < texts.length; i++) {
        TEXTS.get(i).add(texts[i]);
      }
      ArchivedClaim.Span s = c.span();
      int[] integers = {c.sentence(), s.start(), s.end(), s.line(), s.column(), s.endLine(),
        s.endColumn(), c.listed() ? 1 : 0};
      for (int i = 0; i < integers.length; i++) {
        INTEGERS.get(i).add(integers[i]);
      }
    }
  }

  @FuzzTest
  void row(FuzzedDataProvider data) throws Exception {
    int sample = data.consumeInt(0, TEXTS.get(0).size() - 1);
    ByteArrayOutputStream row = new ByteArrayOutputStream();
    for (List<String> column : TEXTS) {
      String text = switch (data.consumeInt(0, 7)) {
        case 0 -> null;
        case 1 -> "";
        case 2 -> data.consumeString(40);
        case 3 -> column.get(data.consumeInt(0, column.size() - 1));
        case 4 -> mutate(column.get(sample), data);
        default -> column.get(sample);
      };
      if (text == null) {
        row.writeBytes("-1:".getBytes(StandardCharsets.US_ASCII));
      } else {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        row.writeBytes((utf8.length + ":").getBytes(StandardCharsets.US_ASCII));
        row.writeBytes(utf8);
      }
    }
    for (List<Integer> column : INTEGERS) {
      int n = data.consumeInt(0, 5) == 0 ? data.consumeInt() : column.get(sample);
      row.writeBytes((n + ",").getBytes(StandardCharsets.US_ASCII));
    }
    ArchivedClaim claim;
    try {
      claim = Archive.claim(row.toByteArray(), new HashMap<>());
    } catch (SQLException e) {
      String message = e.getMessage();
      assertTrue(message.startsWith("damaged archive (") && message.length() < 300, message);
      assertTrue(message.chars().noneMatch(c -> Character.isISOControl(c) || c == 0x2028
          || c == 0x2029), message);
      return;
    }
    ClaimArchive archive = (key, window) -> List.of(claim);
    Linter.Run run = LINTER.start(archive);
    run.add(LINTER.analyse(DocumentLoader.fromText(DRAFT, "b.txt"), null));
    run.finish();
    assertEquals(List.of(), LINTER.errors(), claim::toString);
  }

  /** {@code text} with a few characters changed, dropped or put in. */
  private static String mutate(String text, FuzzedDataProvider data) {
    if (text == null) {
      return data.consumeString(10);
    }
    StringBuilder out = new StringBuilder(text);
    int edits = data.consumeInt(1, 3);
    for (int i = 0; i < edits && out.length() > 0; i++) {
      int at = data.consumeInt(0, out.length() - 1);
      switch (data.consumeInt(0, 2)) {
        case 0 -> out.setCharAt(at, data.consumeChar());
        case 1 -> out.deleteCharAt(at);
        default -> out.insert(at, data.consumeChar());
      }
    }
    return out.toString();
  }
}
