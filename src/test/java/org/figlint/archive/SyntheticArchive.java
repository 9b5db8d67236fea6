package org.figlint.archive;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.figlint.check.Linter;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.ArchivedClaim;
import org.figlint.claim.Claim;
import org.figlint.document.DocumentLoader;
import org.figlint.rule.Entity;
import org.figlint.rule.EntityKind;
import org.figlint.rule.RuleSet;
import org.figlint.value.DateInterval;
import org.figlint.value.Grain;
import org.figlint.value.Kind;
import org.figlint.value.Count;
import org.figlint.value.Money;
import org.figlint.value.Qualifier;
import org.figlint.value.Value;

/**
 * A synthetic newsroom archive written straight through the archive API: documents dated over
 * nine years, each with claims made from French sentence templates. A third of the subjects are
 * the organizations of the bundled rules (few, so each has many claims, as the big names of a
 * real archive do); the rest are thousands of made-up organizations. Each template is analysed
 * once, so that its predicate and key are those that {@code lint} finds in the same sentence.
 */
final class SyntheticArchive {
  static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
  static final int DAYS = 3288;
  private static final int MADE_UP = 10_000;
  private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre"};

  /** A sentence with {A}, {B} (subjects), {N} (a number), {Y} (a year), {D} (a date). */
  record Template(String text, Kind kind, String predicate, boolean pair) {}

  static final List<String> TEMPLATES = List.of(
      "{A} a investi {N} millions d'euros dans {B}.",
      "{A} a annoncé une levée de fonds de {N} millions d'euros.",
      "{A} a réalisé un chiffre d'affaires de {N} millions d'euros en {Y}.",
      "{A} compte {N} salariés en {Y}.",
      "{A} a écopé d'une amende de {N} millions d'euros.",
      "{A} a racheté {B} pour {N} millions d'euros.",
      "{A} a été fondée le {D}.",
      "{A} était valorisée {N} millions d'euros en {Y}.");

  private final List<Template> templates = new ArrayList<>();
  private final List<String> known = new ArrayList<>();
  private final Random random = new Random(20240615);
  /** The fingerprint of this figlint's analysis with the rules' lexicon. */
  private final String analysis;

  SyntheticArchive(Linter linter, RuleSet rules) {
    this.analysis = Analysis.of(rules);
    for (Entity e : rules.entities()) {
      if (e.kind() == EntityKind.ORGANIZATION) {
        known.add(e.name());
      }
    }
    for (String t : TEMPLATES) {
      String text = "date 2024-06-15\n" + fill(t, "Microsoft", "Mistral AI", 15, 2023,
          LocalDate.of(2019, 4, 2));
      AnalysedDocument doc = linter.analyse(DocumentLoader.fromText(text, "t.txt"), null);
      Claim claim = doc.claims().stream().filter(Claim::comparable)
          .filter(c -> c.kind() != Kind.DATE || t.contains("{D}"))
          .filter(c -> t.contains("{Y}") ? c.time() != null && c.kind() != Kind.DATE : true)
          .findFirst().orElseThrow(() -> new IllegalStateException("no claim in: " + text));
      templates.add(new Template(t, claim.kind(), claim.predicate(), t.contains("{B}")));
    }
  }

  List<Template> templates() {
    return templates;
  }

  /** Zipf-like: a few known organizations get most of their share. */
  String subject() {
    if (random.nextInt(3) == 0) {
      int i = (int) Math.floor(Math.pow(random.nextDouble(), 2.5) * known.size());
      return known.get(i);
    }
    return String.format(Locale.ROOT, "Entreprise %05d", random.nextInt(MADE_UP));
  }

  static String fill(String template, String a, String b, int n, int year, LocalDate date) {
    return template.replace("{A}", a).replace("{B}", b).replace("{N}", Integer.toString(n))
        .replace("{Y}", Integer.toString(year))
        .replace("{D}", date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " "
            + date.getYear());
  }

  /** Document {@code i} of the archive, with {@code claims} claims. */
  Archive.Entry document(int i, int documents, int claims) {
    LocalDate date = FIRST.plusDays((long) i * DAYS / documents);
    String path = String.format(Locale.ROOT, "synthetic/%d/%06d.txt", date.getYear(), i);
    List<ArchivedClaim> out = new ArrayList<>(claims);
    for (int k = 0; k < claims; k++) {
      Template t = templates.get(random.nextInt(templates.size()));
      String a = subject();
      String b = t.pair() ? subject() : a;
      if (b.equals(a) && t.pair()) {
        b = known.get(random.nextInt(known.size()));
      }
      int n = 5 + random.nextInt(500);
      int year = date.getYear() - random.nextInt(2);
      LocalDate founded = LocalDate.of(1990 + random.nextInt(30), 1 + random.nextInt(12),
          1 + random.nextInt(28));
      String sentence = fill(t.text(), a, b, n, year, founded);
      Set<String> subject = new TreeSet<>(t.pair() ? List.of(a, b) : List.of(a));
      Value value;
      DateInterval time = null;
      if (t.kind() == Kind.DATE) {
        value = DateInterval.day(founded);
      } else if (t.kind() == Kind.COUNT) {
        value = new Count(BigDecimal.valueOf(n), "salariés", Qualifier.EXACT);
      } else {
        value = new Money(BigDecimal.valueOf(n).movePointRight(6), "EUR", Qualifier.EXACT, null,
            null, null, List.of(), BigDecimal.ONE.movePointRight(6));
      }
      if (t.text().contains("{Y}")) {
        time = DateInterval.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Grain.YEAR);
      }
      int start = 16 + k * 80;
      String written = value instanceof DateInterval
          ? sentence.substring(sentence.indexOf(" le ") + 4, sentence.length() - 1)
          : n + (t.kind() == Kind.COUNT ? " salariés" : " millions d'euros");
      out.add(new ArchivedClaim(path, date, value, written,
          new ArchivedClaim.Span(start, start + written.length(), k + 2, 10, k + 2,
              10 + written.length()),
          k, sentence, t.predicate(), subject, subject, EnumSet.of(EntityKind.ORGANIZATION), time,
          false));
    }
    String hash = Archiver.sha256(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return new Archive.Entry(
        new ArchivedDocument(path, hash, date, "Document synthétique " + i, claims), out);
  }

  /**
   * Writes {@code documents} documents of {@code claims} claims each, a batch per transaction,
   * marked as analysed by this figlint with the rules' lexicon: a lint against the archive takes
   * the path of an archive kept up to date, and says nothing of its analysis.
   */
  void write(Path file, int documents, int claims) {
    try (Archive archive = Archive.open(file, true)) {
      List<Archive.Entry> batch = new ArrayList<>(Archiver.BATCH);
      for (int i = 0; i < documents; i++) {
        batch.add(document(i, documents, claims));
        if (batch.size() == Archiver.BATCH) {
          archive.write(batch, analysis);
          batch.clear();
        }
      }
      archive.write(batch, analysis);
    }
  }

  /**
   * A draft of about 5 KB dated 2024-06-15 that states figures about the known organizations
   * with the same templates, so that its keys are looked up in the archive.
   */
  String draft() {
    StringBuilder text = new StringBuilder("date 2024-06-15\n");
    Random r = new Random(7);
    int i = 0;
    while (text.length() < 5000) {
      String t = TEMPLATES.get(i % TEMPLATES.size());
      String a = known.get(i % 12);
      String b = known.get((i + 5) % 12);
      text.append(fill(t, a, b, 5 + r.nextInt(500), 2024, LocalDate.of(2015, 3, 1 + i % 28)))
          .append(" Les détails de l'opération ont été rendus publics cette semaine.\n\n");
      i++;
    }
    return text.toString();
  }
}
