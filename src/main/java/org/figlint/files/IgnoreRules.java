package org.figlint.files;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of one ignore list in {@code .gitignore} syntax, matched against paths relative
 * to the folder the list belongs to (with {@code /} between names):
 *
 * <ul>
 *   <li>blank lines and lines starting with {@code #} are skipped ({@code \#} is a literal
 *       {@code #}); trailing spaces are dropped unless escaped with {@code \};
 *   <li>{@code !} re-includes what an earlier pattern excluded ({@code \!} is a literal
 *       {@code !});
 *   <li>a pattern ending in {@code /} matches folders only;
 *   <li>a pattern with a {@code /} at its start or in its middle is anchored to the folder of the
 *       list; otherwise it matches a name at any depth;
 *   <li>{@code *} matches anything but {@code /}, {@code ?} one character but {@code /},
 *       {@code [a-z]} and {@code [!a-z]} a character of (or not of) a set; {@code **} matches
 *       any number of folders in {@code **}{@code /x}, {@code x/**} and {@code x/**}{@code /y},
 *       and is a plain {@code *} elsewhere.
 * </ul>
 *
 * <p>The last pattern that matches a path decides. As in git, a file inside an excluded folder
 * cannot be re-included: the walker never enters that folder.
 */
public final class IgnoreRules {

  /** What an ignore list says of one path. */
  public enum Verdict {
    /** A pattern excludes the path. */
    IGNORED,
    /** A negated pattern re-includes the path. */
    INCLUDED,
    /** No pattern matches the path. */
    NONE
  }

  private record Rule(String source, Pattern regex, boolean negated, boolean directoryOnly) {}

  private static final IgnoreRules EMPTY = new IgnoreRules(List.of());

  private final List<Rule> rules;

  private IgnoreRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static IgnoreRules empty() {
    return EMPTY;
  }

  /**
   * Reads the lines of a {@code .gitignore} file. As git does, a pattern that cannot match
   * anything (an unclosed {@code [}) is skipped.
   */
  public static IgnoreRules parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    for (String line : lines) {
      try {
        Rule rule = compile(line);
        if (rule != null) {
          rules.add(rule);
        }
      } catch (IllegalArgumentException e) {
        // git ignores a pattern it cannot read; so do we.
      }
    }
    return new IgnoreRules(rules);
  }

  /**
   * Reads globs given one by one (the {@code ignore:} list of a project configuration).
   *
   * @throws IllegalArgumentException naming the first glob that is empty or cannot be read
   */
  public static IgnoreRules of(List<String> globs) {
    List<Rule> rules = new ArrayList<>();
    for (String glob : globs) {
      String problem = problem(glob);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      rules.add(compile(glob));
    }
    return new IgnoreRules(rules);
  }

  /** Why {@code glob} is not a usable pattern, or null when it is. */
  public static String problem(String glob) {
    try {
      if (compile(glob) == null) {
        return "the glob '" + glob + "' is empty or a comment";
      }
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /**
   * What the list says of {@code path}, relative to its folder, {@code /}-separated and without
   * a leading or trailing {@code /}; {@code directory} tells whether it is a folder.
   */
  public Verdict match(String path, boolean directory) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      Rule rule = rules.get(i);
      if (rule.directoryOnly() && !directory) {
        continue;
      }
      if (rule.regex().matcher(path).matches()) {
        return rule.negated() ? Verdict.INCLUDED : Verdict.IGNORED;
      }
    }
    return Verdict.NONE;
  }

  @Override
  public String toString() {
    return rules.stream().map(Rule::source).toList().toString();
  }

  // ---------------------------------------------------------------- compiling

  /** One line as a rule, or null for a blank line or a comment. */
  private static Rule compile(String line) {
    String text = stripTrailingSpaces(stripLineEnd(line));
    if (text.isEmpty() || text.startsWith("#")) {
      return null;
    }
    boolean negated = text.startsWith("!");
    if (negated) {
      text = text.substring(1);
    }
    boolean directoryOnly = text.endsWith("/") && !text.endsWith("\\/");
    if (directoryOnly) {
      text = text.substring(0, text.length() - 1);
    }
    boolean anchored = text.indexOf('/') >= 0;
    if (text.startsWith("/")) {
      text = text.substring(1);
    }
    if (text.isEmpty()) {
      return null;
    }
    StringBuilder regex = new StringBuilder();
    if (!anchored) {
      regex.append("(?:.*/)?");
    }
    String[] segments = text.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      boolean last = i == segments.length - 1;
      if (segments[i].equals("**")) {
        // "**/x": any folders before; "x/**": everything inside; "x/**/y": zero or more folders.
        regex.append(last ? ".*" : "(?:.*/)?");
        continue;
      }
      segment(segments[i], line, regex);
      if (!last) {
        regex.append('/');
      }
    }
    return new Rule(line.strip(), Pattern.compile(regex.toString(), Pattern.DOTALL), negated,
        directoryOnly);
  }

  private static String stripLineEnd(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == '\r' || line.charAt(end - 1) == '\n')) {
      end--;
    }
    return line.substring(0, end);
  }

  /** Drops trailing spaces, except one escaped with a backslash. */
  private static String stripTrailingSpaces(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ' && !(end > 1 && text.charAt(end - 2) == '\\')) {
      end--;
    }
    return text.substring(0, end);
  }

  /** Appends the regex of one name pattern (no {@code /} inside). */
  private static void segment(String glob, String source, StringBuilder regex) {
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          regex.append("[^/]*");
          i++;
        }
        case '?' -> {
          regex.append("[^/]");
          i++;
        }
        case '[' -> i = bracket(glob, i, source, regex);
        case '\\' -> {
          if (i + 1 < glob.length()) {
            regex.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
            i += 2;
          } else {
            // A lone backslash at the end matches nothing in git.
            throw new IllegalArgumentException(
                "the glob '" + source.strip() + "' ends with a lone backslash");
          }
        }
        default -> {
          regex.append(Pattern.quote(String.valueOf(c)));
          i++;
        }
      }
    }
  }

  /** Appends a character set starting at {@code glob[start] == '['}; returns the index after it. */
  private static int bracket(String glob, int start, String source, StringBuilder regex) {
    int i = start + 1;
    boolean negated = i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^');
    if (negated) {
      i++;
    }
    StringBuilder set = new StringBuilder();
    boolean first = true;
    while (i < glob.length() && (first || glob.charAt(i) != ']')) {
      char c = glob.charAt(i);
      if (c == '\\' && i + 1 < glob.length()) {
        setChar(glob.charAt(++i), set);
      } else if (c == '-' && !first && i + 1 < glob.length() && glob.charAt(i + 1) != ']') {
        set.append('-');
      } else {
        setChar(c, set);
      }
      first = false;
      i++;
    }
    if (i >= glob.length()) {
      throw new IllegalArgumentException(
          "the glob '" + source.strip() + "' has a '[' without its ']'");
    }
    // A set never matches '/', which separates names.
    regex.append("(?:(?!/)[").append(negated ? "^" : "").append(set).append("])");
    return i + 1;
  }

  /** Appends one literal character of a set: letters and digits as they are, others escaped. */
  private static void setChar(char c, StringBuilder set) {
    if (Character.isLetterOrDigit(c)) {
      set.append(c);
    } else {
      set.append('\\').append(c);
    }
  }
}
