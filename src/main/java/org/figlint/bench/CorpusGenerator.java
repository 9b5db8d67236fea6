package org.figlint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.figlint.rule.ExchangeRates;

/**
 * Writes French business news of any size, the same bytes for the same seed: documents of a
 * few kilobytes, each starting with a {@code date YYYY-MM-DD} line, full of money amounts, dates,
 * percentages and counts in French typography, with a chosen share of planted inconsistencies.
 * Documents are produced one at a time, so a gigabyte never sits in memory.
 *
 * <pre>{@code
 * CorpusGenerator g = new CorpusGenerator(42, Density.NORMAL, 0.02);
 * Summary s = g.writeFolder(Path.of("corpus"), 10_000_000);
 * }</pre>
 */
public final class CorpusGenerator {
  /**
   * How many sentences carry figures. {@code NEWS} is as dense in figures as real French news:
   * about 2,800 mentions per MB, as figlint extracts from the 14,252 articles of the news
   * archive it is measured on; {@code LOW}, {@code NORMAL} and {@code HIGH} are two, four and
   * seven times denser (about 5,700, 12,000 and 19,000 per MB), to load extraction and the
   * checks more than real text does.
   */
  public enum Density {
    NEWS(0.11), LOW(0.25), NORMAL(0.55), HIGH(0.9);

    final double figureShare;

    Density(double figureShare) {
      this.figureShare = figureShare;
    }

    public static Density parse(String name) {
      try {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "density must be news, low, normal or high, not '" + name + "'");
      }
    }
  }

  /** The inconsistencies the generator plants, each of which a figlint check should report. */
  public enum Inconsistency {
    /** A weekday that the calendar contradicts: weekday-mismatch. */
    WEEKDAY("wrong weekday"),
    /** A conversion in parentheses 20 % off the reference rate: conversion-mismatch. */
    CONVERSION("conversion off by 20 %"),
    /** A part larger than its whole, or parts adding up to more: parts-exceed-whole. */
    PARTS("part larger than its whole"),
    /** A deal quoted with another amount than the one it was announced with: figure-mismatch. */
    CROSS_DOCUMENT("same deal, two amounts");

    public final String description;

    Inconsistency(String description) {
      this.description = description;
    }
  }

  /** One generated document: its file name, date and text (date line included). */
  public record GeneratedDocument(String name, LocalDate date, String text) {}

  /** What a run produced. */
  public record Summary(long documents, long bytes, long sentences, long figureSentences,
      Map<Inconsistency, Long> planted) {
    public long plantedTotal() {
      return planted.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** The first and last dates documents may carry: the span of the bundled exchange rates. */
  static final LocalDate FIRST_DATE = LocalDate.of(2016, 1, 4);
  static final LocalDate LAST_DATE = LocalDate.of(2026, 3, 31);
  private static final int MEAN_DOCUMENT_BYTES = 3300;
  private static final int DOCUMENTS_PER_DAY = 25;

  private final long seed;
  private final Density density;
  private final double inconsistencyShare;
  private final ExchangeRates rates;

  /**
   * @param inconsistencyShare the share of sentences with figures that carry a planted
   *     inconsistency, from 0 to 1
   */
  public CorpusGenerator(long seed, Density density, double inconsistencyShare) {
    if (inconsistencyShare < 0 || inconsistencyShare > 1) {
      throw new IllegalArgumentException("inconsistency share must be between 0 and 1");
    }
    this.seed = seed;
    this.density = Objects.requireNonNull(density, "density");
    this.inconsistencyShare = inconsistencyShare;
    this.rates = ExchangeRates.bundled();
  }

  /** Documents totalling {@code bytes} UTF-8 bytes (within a fraction of a document). */
  public Run generate(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("size must be positive");
    }
    return new Run(bytes);
  }

  /** Writes the documents one after the other, each starting with its date line. */
  public Summary write(Writer out, long bytes) throws IOException {
    Run run = generate(bytes);
    while (run.hasNext()) {
      out.write(run.next().text());
    }
    out.flush();
    return run.summary();
  }

  /** Writes one file per document, in subfolders of a thousand: {@code 000/000042.txt}. */
  public Summary writeFolder(Path dir, long bytes) throws IOException {
    Run run = generate(bytes);
    while (run.hasNext()) {
      GeneratedDocument doc = run.next();
      Path file = dir.resolve(doc.name());
      Files.createDirectories(file.getParent());
      Files.writeString(file, doc.text(), StandardCharsets.UTF_8);
    }
    return run.summary();
  }

  /** A generation in progress: documents on demand, and what has been planted so far. */
  public final class Run implements Iterator<GeneratedDocument> {
    private final long target;
    private final SplittableRandom random = new SplittableRandom(seed);
    private final World world = new World(seed);
    private final LocalDate start;
    private final long spanDays;
    private final long expectedDocuments;
    private long written;
    private long documents;
    private long sentences;
    private long figureSentences;
    private final Map<Inconsistency, Long> planted = new EnumMap<>(Inconsistency.class);

    private Run(long target) {
      this.target = target;
      this.expectedDocuments = Math.max(1, target / MEAN_DOCUMENT_BYTES);
      long available = ChronoUnit.DAYS.between(FIRST_DATE, LAST_DATE);
      this.spanDays = Math.min(available, Math.max(60, expectedDocuments / DOCUMENTS_PER_DAY));
      this.start = FIRST_DATE.plusDays(random.nextLong(available - spanDays + 1));
      for (Inconsistency kind : Inconsistency.values()) {
        planted.put(kind, 0L);
      }
    }

    @Override
    public boolean hasNext() {
      return written < target;
    }

    @Override
    public GeneratedDocument next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      long index = documents++;
      long day = Math.min(spanDays, index * spanDays / expectedDocuments);
      LocalDate date = start.plusDays(day);
      world.forgetBefore(date);
      SplittableRandom r = random.split();
      long left = target - written;
      long budget = (long) Math.exp(Math.log(1200) + r.nextDouble() * Math.log(6000.0 / 1200));
      if (left - budget < 600) {
        budget = left;
      }
      String text = document(new Draft(r, date, world, rates), budget);
      written += utf8Length(text);
      String name = String.format(Locale.ROOT, "%03d/%06d.txt", index / 1000, index);
      return new GeneratedDocument(name, date, text);
    }

    public Summary summary() {
      return new Summary(documents, written, sentences, figureSentences,
          Collections.unmodifiableMap(new EnumMap<>(planted)));
    }

    private String document(Draft d, long budget) {
      StringBuilder text = new StringBuilder(4096);
      text.append("date ").append(d.date).append('\n');
      text.append(d.typography.apply(Prose.title(d))).append("\n\n");
      long bytes = utf8Length(text);
      int paragraphSentences = 2 + d.r.nextInt(4);
      int inParagraph = 0;
      Set<String> seen = new HashSet<>();
      while (bytes < budget) {
        String sentence;
        if (d.chance(density.figureShare)) {
          figureSentences++;
          if (d.chance(inconsistencyShare)) {
            d.request = Inconsistency.values()[d.r.nextInt(Inconsistency.values().length)];
          }
          sentence = Prose.figures(d);
          d.request = null;
        } else {
          sentence = Prose.filler(d);
          for (int retry = 0; retry < 3 && seen.contains(sentence); retry++) {
            sentence = Prose.filler(d);
          }
        }
        seen.add(sentence);
        sentences++;
        String typeset = d.typography.apply(sentence);
        if (inParagraph > 0) {
          text.append(' ');
          bytes++;
        }
        text.append(typeset);
        bytes += utf8Length(typeset);
        if (++inParagraph >= paragraphSentences) {
          text.append("\n\n");
          bytes += 2;
          inParagraph = 0;
          paragraphSentences = 2 + d.r.nextInt(4);
        }
      }
      if (inParagraph > 0) {
        text.append('\n');
      } else {
        text.setLength(text.length() - 1);
      }
      d.plantedCounts().forEach((kind, n) -> planted.merge(kind, (long) n, Long::sum));
      return text.toString();
    }
  }

  static long utf8Length(CharSequence s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
