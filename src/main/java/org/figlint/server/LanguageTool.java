package org.figlint.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.Segmenter;
import org.figlint.claim.Sentence;
import org.figlint.document.LineMap;
import org.figlint.document.Window;
import org.figlint.report.Finding;
import org.figlint.report.Location;
import org.figlint.report.Report;
import org.figlint.report.RuleDescriptor;
import org.figlint.review.Fixes;
import org.figlint.review.Replacement;
import org.figlint.review.Review;

/**
 * figlint findings in the shape of LanguageTool's {@code /v2/check} answer: offsets and lengths
 * in UTF-16 units of the submitted text, the context and sentence of each match, its rule with an
 * ITS issue type and a {@code FIGLINT_<CHECK>} category.
 */
final class LanguageTool {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Characters of context on each side of a match, as LanguageTool's API gives. */
  static final int CONTEXT = 40;
  /** The longest sentence given whole, and about the most given of a longer one. */
  static final int SENTENCE_WIDTH = 1000;
  /** How much of a longer sentence is given before the match, at most. */
  private static final int SENTENCE_BEFORE = 400;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LANGUAGE_CODE =
      Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");
  /** ITS 2.0 issue types (LanguageTool's {@code issueType}); any other check: inconsistency. */
  private static final Map<String, String> ISSUE_TYPES = Map.of(
      "name-variant", "inconsistent-entities",
      "unused-suppression", "other");
  private static final String VERSION = Report.VERSION;
  private static final String BUILD_DATE = buildDate();

  /** A language asked for: French (also for {@code auto}), or another one figlint does not check. */
  record Language(String name, String code, boolean french) {
    static final Language FRENCH = new Language("French", "fr", true);

    /** The language of a {@code language} field; 400 for what is not a language code. */
    static Language of(String code) {
      if (code == null || code.isBlank()) {
        throw HttpError.badRequest("missing 'language' parameter (fr, fr-FR or auto)");
      }
      String c = code.strip();
      if (c.equalsIgnoreCase("auto") || c.equalsIgnoreCase("fr")
          || c.toLowerCase(Locale.ROOT).startsWith("fr-") && LANGUAGE_CODE.matcher(c).matches()) {
        return FRENCH;
      }
      if (!LANGUAGE_CODE.matcher(c).matches()) {
        throw HttpError.badRequest("'" + c + "' is not a language code known to figlint");
      }
      Locale locale = Locale.forLanguageTag(c);
      String name = locale.getDisplayName(Locale.ENGLISH);
      return new Language(name.isEmpty() ? c : name, c, false);
    }
  }

  private LanguageTool() {}

  /** {@code GET /v2/languages}: the one language figlint checks. */
  static ArrayNode languages() {
    ArrayNode out = NODES.arrayNode();
    out.addObject().put("name", "French").put("code", "fr").put("longCode", "fr-FR");
    return out;
  }

  /** An answer without matches, for a language figlint does not check. */
  static ObjectNode empty(Language language) {
    ObjectNode root = head(language);
    root.putArray("matches");
    return root;
  }

  /**
   * The answer for a review of {@code reviewed} (the submitted text, markup blanked), whose
   * offsets are those of {@code full}, the text as submitted; only the findings not suppressed
   * that {@code rules} keeps.
   */
  static ObjectNode answer(Review review, String full, String reviewed, RuleFilter rules) {
    ObjectNode root = head(Language.FRENCH);
    ArrayNode matches = root.putArray("matches");
    Map<String, RuleDescriptor> descriptors = new HashMap<>();
    for (RuleDescriptor d : review.rules()) {
      descriptors.put(d.id(), d);
    }
    LineMap lines = new LineMap(reviewed);
    LineMap fullLines = new LineMap(full);
    List<Sentence> sentences = Segmenter.sentences(reviewed, false);
    for (Finding f : review.findings()) {
      if (f.suppressed() || !rules.keeps(f.ruleId(), category(f.ruleId()))) {
        continue;
      }
      Location at = f.location();
      int start = lines.offset(at.startLine(), at.startColumn());
      int end = Math.max(start, lines.offset(at.endLine(), at.endColumn()));
      RuleDescriptor d = descriptors.get(f.ruleId());
      String summary = d == null ? f.ruleId() : d.summary();
      ObjectNode match = matches.addObject()
          .put("message", f.message())
          .put("shortMessage", summary)
          .put("offset", start)
          .put("length", end - start);
      match.set("replacements", replacements(review, f, lines, full, start, end));
      match.set("context", context(full, start, end));
      match.put("sentence", sentence(full, sentences, fullLines, start, end));
      ObjectNode rule = match.putObject("rule")
          .put("id", f.ruleId())
          .put("description", summary)
          .put("issueType", ISSUE_TYPES.getOrDefault(f.ruleId(), "inconsistency"));
      rule.putObject("category").put("id", category(f.ruleId())).put("name", summary);
    }
    return root;
  }

  /**
   * The replacements offered for a finding: its fix, when it has exactly one, as the whole
   * matched text ({@code full} from {@code start} to {@code end}) with the fix applied, since a
   * LanguageTool client replaces the whole match.
   */
  static ArrayNode replacements(Review review, Finding finding, LineMap lines, String full,
      int start, int end) {
    ArrayNode out = NODES.arrayNode();
    List<Replacement> fix = Fixes.of(review, finding);
    if (fix.isEmpty()) {
      return out;
    }
    StringBuilder value = new StringBuilder();
    int at = start;
    for (Replacement r : fix) {
      Location l = r.location();
      int from = lines.offset(l.startLine(), l.startColumn());
      int to = lines.offset(l.endLine(), l.endColumn());
      if (from < at || to > end || from > to) {
        return out; // a fix outside the match cannot be offered as its replacement
      }
      value.append(full, at, from).append(r.text());
      at = to;
    }
    value.append(full, at, end);
    out.addObject().put("value", value.toString());
    return out;
  }

  /** {@code FIGLINT_WEEKDAY_MISMATCH} for {@code weekday-mismatch}. */
  static String category(String ruleId) {
    return "FIGLINT_" + ruleId.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /**
   * Up to {@link #CONTEXT} characters each side of the match, line breaks as spaces, "..." where
   * the text is cut (as LanguageTool does), never cutting a surrogate pair; offset and length
   * locate the match in it.
   */
  static ObjectNode context(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT);
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    int to = Math.min(text.length(), end + CONTEXT);
    if (to < text.length() && to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
      to++;
    }
    String prefix = from > 0 ? "..." : "";
    String suffix = to < text.length() ? "..." : "";
    String window = text.substring(from, to).replace('\r', ' ').replace('\n', ' ');
    return NODES.objectNode()
        .put("text", prefix + window + suffix)
        .put("offset", prefix.length() + start - from)
        .put("length", end - start);
  }

  /**
   * The sentence holding [{@code start}, {@code end}), its spaces collapsed; its line when none
   * does. A sentence or line longer than {@link #SENTENCE_WIDTH} is cut to about that much
   * around the match ({@link Window}), with "..." where it goes on: giving every match its whole
   * sentence made the answer grow with the square of a sentence's length (85 MB for 2,000
   * weekdays in one sentence of 40,000 characters). {@code sentences} are in text order.
   */
  static String sentence(String full, List<Sentence> sentences, LineMap lines, int start,
      int end) {
    int i = AnalysedDocument.firstStartingAt(sentences, Sentence::start, start + 1) - 1;
    int lo;
    int hi;
    if (i >= 0 && sentences.get(i).contains(start)) {
      lo = sentences.get(i).start();
      hi = sentences.get(i).end();
    } else {
      int line = lines.position(Math.min(start, full.length())).line();
      lo = lines.offset(line, 1);
      hi = line < lines.lineCount() ? lines.offset(line + 1, 1) : full.length();
    }
    return SPACES.matcher(Window.excerpt(full, lo, hi, start, end, SENTENCE_WIDTH,
        SENTENCE_BEFORE, "...")).replaceAll(" ");
  }

  private static ObjectNode head(Language language) {
    ObjectNode root = NODES.objectNode();
    root.putObject("software")
        .put("name", "figlint")
        .put("version", VERSION)
        .put("buildDate", BUILD_DATE)
        .put("apiVersion", 1)
        .put("status", "")
        .put("premium", false);
    ObjectNode lang = root.putObject("language")
        .put("name", language.name())
        .put("code", language.code());
    // No detection: the language asked for (French for "auto") is the one reported.
    lang.putObject("detectedLanguage")
        .put("name", language.name())
        .put("code", language.code())
        .put("confidence", 1.0);
    return root;
  }

  /** The jar manifest's {@code Build-Date} ("" when run from classes, as in tests). */
  private static String buildDate() {
    URL self = LanguageTool.class.getResource("LanguageTool.class");
    if (self == null || !"jar".equals(self.getProtocol())) {
      return "";
    }
    String s = self.toString();
    try (InputStream in =
        new URL(s.substring(0, s.indexOf("!/") + 2) + "META-INF/MANIFEST.MF").openStream()) {
      String date = new Manifest(in).getMainAttributes().getValue("Build-Date");
      return date == null ? "" : date;
    } catch (IOException e) {
      return "";
    }
  }
}
