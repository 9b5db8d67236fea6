package org.figlint.archive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.figlint.check.Linter;
import org.figlint.check.Suppressions;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.ArchivedClaim;
import org.figlint.claim.Claim;
import org.figlint.document.Document;
import org.figlint.document.Position;
import org.figlint.value.Kind;

/**
 * Adds documents to an archive: a document whose path and content hash are already archived
 * is skipped unread; the others are analysed as {@code lint} analyses them (in parallel, a
 * batch at a time) and written one batch per transaction, replacing the older version of a
 * changed document. Kept claims: those that can be compared ({@link Claim#comparable()}), and
 * every date.
 */
public final class Archiver {
  /** Documents per transaction: killing the process loses at most the batch being written. */
  public static final int BATCH = 500;

  /**
   * What an add did: documents new to the archive, changed ones, unchanged ones analysed again
   * because another figlint or lexicon archived them ({@link Analysis}), and unchanged ones left
   * as they were. {@code claims} counts the claims written.
   */
  public record Counts(int added, int replaced, int reanalysed, int unchanged, long claims) {}

  private enum Change { NEW, CHANGED, REANALYSED }

  private record Pending(Document document, String hash, Change change) {}

  private final Archive archive;
  private final Linter linter;
  private final LocalDate referenceDate;
  private final int batchSize;
  private final IntConsumer progress;
  private final String analysis;
  private final Map<String, Archive.Stored> stored;
  private final List<Pending> pending = new ArrayList<>();
  private int added;
  private int replaced;
  private int reanalysed;
  private int unchanged;
  private long claims;

  /**
   * {@code analysis} is the fingerprint of {@code linter}'s analysis ({@link Analysis#of});
   * {@code referenceDate} dates the documents that give no date (may be null);
   * {@code progress} hears how many more documents were handled.
   */
  public Archiver(Archive archive, Linter linter, String analysis, LocalDate referenceDate,
      int batchSize, IntConsumer progress) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size " + batchSize);
    }
    this.archive = archive;
    this.linter = linter;
    this.referenceDate = referenceDate;
    this.batchSize = batchSize;
    this.progress = progress;
    this.analysis = java.util.Objects.requireNonNull(analysis, "analysis");
    this.stored = archive.stored();
  }

  /** Queues a document read from {@code bytes}; writes a batch when one is full. */
  public void offer(Document document, byte[] bytes) {
    String hash = sha256(bytes);
    Archive.Stored known = stored.put(document.path(), new Archive.Stored(hash, analysis));
    Change change;
    if (known == null) {
      change = Change.NEW;
    } else if (!hash.equals(known.hash())) {
      change = Change.CHANGED;
    } else if (!analysis.equals(known.analysis())) {
      change = Change.REANALYSED;
    } else {
      unchanged++;
      progress.accept(1);
      return;
    }
    pending.add(new Pending(document, hash, change));
    if (pending.size() >= batchSize) {
      flush();
    }
  }

  /** Writes what is still queued and says what was done. */
  public Counts finish() {
    flush();
    return new Counts(added, replaced, reanalysed, unchanged, claims);
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    List<Archive.Entry> entries = pending.parallelStream().map(this::entry).toList();
    archive.write(entries, analysis);
    for (int i = 0; i < entries.size(); i++) {
      switch (pending.get(i).change()) {
        case NEW -> added++;
        case CHANGED -> replaced++;
        case REANALYSED -> reanalysed++;
      }
      claims += entries.get(i).claims().size();
    }
    int n = pending.size();
    pending.clear();
    progress.accept(n);
  }

  private Archive.Entry entry(Pending p) {
    AnalysedDocument doc = linter.analyse(p.document(), referenceDate);
    List<ArchivedClaim> kept = kept(doc);
    return new Archive.Entry(
        new ArchivedDocument(doc.path(), p.hash(), doc.date(), title(p.document()), kept.size()),
        kept);
  }

  /**
   * The claims of a document that the archive keeps: not those that "(sic)" marks, which the
   * document quotes as written elsewhere, wrong on purpose; a draft must not be told that it
   * contradicts them.
   */
  static List<ArchivedClaim> kept(AnalysedDocument doc) {
    Set<Position> sic = Suppressions.sicMarked(doc.document());
    List<ArchivedClaim> kept = new ArrayList<>();
    for (Claim c : doc.claims()) {
      if ((c.comparable() || c.kind() == Kind.DATE) && (sic.isEmpty()
          || !sic.contains(doc.original(c.mention().start(), c.mention().end()).end()))) {
        kept.add(ArchivedClaim.of(c));
      }
    }
    return kept;
  }

  /** The document's title, or else its first line of text (at most 120 characters). */
  static String title(Document doc) {
    if (doc.title() != null && !doc.title().isBlank()) {
      return doc.title().strip();
    }
    for (String line : doc.analysed().split("\n", 20)) {
      String text = line.strip();
      if (!text.isEmpty()) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
      }
    }
    return null;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
