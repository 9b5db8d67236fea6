package org.figlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.figlint.bench.CorpusGenerator;
import org.junit.jupiter.api.Test;

/**
 * The parses that extraction skips would fail: a parse that fails in SLL mode is tried again in
 * full LL mode only when its predictions met a conflict (anywhere else LL predicts as SLL does),
 * and the text cut at the token a parse failed at is not parsed when no prediction looked at
 * that token. Extracting with every one of those parses, as ANTLR's two-stage parsing and a
 * plain search for the longest figure do, must find the very same mentions, with more parses.
 */
class FullContextRetryTest {
  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (ExtractionCases.Case c : ExtractionCases.load()) {
      texts.add(c.text());
    }
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        texts.add(Files.readString(seed, StandardCharsets.UTF_8));
      }
    }
    CorpusGenerator.Run run =
        new CorpusGenerator(11, CorpusGenerator.Density.HIGH, 0.05).generate(300_000);
    while (run.hasNext()) {
      texts.add(run.next().text());
    }
    return texts;
  }

  @Test
  void skippingTheParsesThatWouldFailFindsTheSameMentionsWithFewerParses() throws IOException {
    Extractor everyParse = Extractor.withoutShortcuts();
    Extractor shortcuts = Extractor.create();
    int mentions = 0;
    for (String text : texts()) {
      List<Mention> expected = everyParse.extract(text, null);
      assertEquals(expected, shortcuts.extract(text, null), text);
      mentions += expected.size();
    }
    assertTrue(mentions > 5_000, "mentions: " + mentions);
    long saved = everyParse.parseAttempts.sum() - shortcuts.parseAttempts.sum();
    assertTrue(saved > everyParse.parseAttempts.sum() / 5,
        everyParse.parseAttempts.sum() + " parses against " + shortcuts.parseAttempts.sum());
  }
}
