package org.figlint.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.figlint.files.IgnoreRules.Verdict;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** .gitignore patterns against paths, as git matches them. */
class IgnoreRulesTest {

  /** An ignore list, a path (a trailing / marks a folder), and what the list says of it. */
  record Case(String patterns, String path, Verdict expected) {}

  private static final Verdict IGNORED = Verdict.IGNORED;
  private static final Verdict INCLUDED = Verdict.INCLUDED;
  private static final Verdict NONE = Verdict.NONE;

  private static final List<Case> CASES = List.of(
      // a name without a slash matches at any depth, files and folders
      new Case("notes.md", "notes.md", IGNORED),
      new Case("notes.md", "a/b/notes.md", IGNORED),
      new Case("notes.md", "a/notes.md.txt", NONE),
      new Case("build", "build/", IGNORED),
      new Case("build", "src/build/", IGNORED),
      // * and ? never cross a slash
      new Case("*.md", "a/b/c.md", IGNORED),
      new Case("*.md", "a.markdown", NONE),
      new Case("draft?.txt", "draft1.txt", IGNORED),
      new Case("draft?.txt", "draft12.txt", NONE),
      new Case("a*b", "a/b", NONE),
      // a leading or middle slash anchors to the folder of the list
      new Case("/notes.md", "notes.md", IGNORED),
      new Case("/notes.md", "a/notes.md", NONE),
      new Case("doc/frotz", "doc/frotz", IGNORED),
      new Case("doc/frotz", "a/doc/frotz", NONE),
      new Case("doc/*.txt", "doc/a.txt", IGNORED),
      new Case("doc/*.txt", "doc/sub/a.txt", NONE),
      // a trailing slash matches folders only
      new Case("drafts/", "drafts/", IGNORED),
      new Case("drafts/", "drafts", NONE),
      new Case("drafts/", "a/drafts/", IGNORED),
      new Case("/drafts/", "a/drafts/", NONE),
      // ** before, after and between folders
      new Case("**/foo", "foo", IGNORED),
      new Case("**/foo", "a/b/foo", IGNORED),
      new Case("**/foo/bar", "x/foo/bar", IGNORED),
      new Case("abc/**", "abc/x/y.txt", IGNORED),
      // not abc itself: "git status" re-includes abc/keep.txt after "!abc/keep.txt"
      new Case("abc/**", "abc/", NONE),
      new Case("a/**/b", "a/b", IGNORED),
      new Case("a/**/b", "a/x/y/b", IGNORED),
      new Case("a/**/b", "x/a/b", NONE),
      new Case("**", "anything/at/all.txt", IGNORED),
      new Case("a**b", "axxb", IGNORED),
      new Case("a**b", "ax/xb", NONE),
      // sets
      new Case("[abc].txt", "b.txt", IGNORED),
      new Case("[abc].txt", "d.txt", NONE),
      new Case("[!abc].txt", "d.txt", IGNORED),
      new Case("[^abc].txt", "a.txt", NONE),
      new Case("file[0-9].md", "file7.md", IGNORED),
      new Case("file[0-9].md", "filex.md", NONE),
      new Case("[]].md", "].md", IGNORED),
      new Case("a[/]b", "a/b", NONE),
      // negation: the last matching pattern decides
      new Case("*.md\n!keep.md", "keep.md", INCLUDED),
      new Case("*.md\n!keep.md", "other.md", IGNORED),
      new Case("!keep.md\n*.md", "keep.md", IGNORED),
      new Case("*.md\n!/docs/*.md", "docs/a.md", INCLUDED),
      new Case("*.md\n!/docs/*.md", "x/docs/a.md", IGNORED),
      // comments, blank lines, escapes, trailing spaces, CRLF
      new Case("# notes.md", "# notes.md", NONE),
      new Case("\\#notes.md", "#notes.md", IGNORED),
      new Case("\\!important.md", "!important.md", IGNORED),
      new Case("\n\nnotes.md\n\n", "notes.md", IGNORED),
      new Case("notes.md   ", "notes.md", IGNORED),
      new Case("notes.md\\ ", "notes.md ", IGNORED),
      new Case("notes.md\r", "notes.md", IGNORED),
      new Case("a\\*b", "a*b", IGNORED),
      new Case("a\\*b", "axb", NONE),
      // regex characters are literal
      new Case("a+b(1).md", "a+b(1).md", IGNORED),
      new Case("a.md", "aXmd", NONE),
      new Case("café.md", "x/café.md", IGNORED),
      // case matters, as in git on Linux
      new Case("Notes.md", "notes.md", NONE),
      // an unclosed set cannot match: git skips it
      new Case("[abc.md\nother.md", "[abc.md", NONE));

  @TestFactory
  Stream<DynamicTest> patterns() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(
        c.patterns().replace("\n", " | ") + "  ~  " + c.path(), () -> {
          IgnoreRules rules = IgnoreRules.parse(c.patterns().lines().toList());
          boolean directory = c.path().endsWith("/");
          String path = directory ? c.path().substring(0, c.path().length() - 1) : c.path();
          assertEquals(c.expected(), rules.match(path, directory));
        }));
  }

  @Test
  void globsGivenOneByOneAreChecked() {
    assertNull(IgnoreRules.problem("drafts/"));
    assertEquals("the glob 'a[bc' has a '[' without its ']'", IgnoreRules.problem("a[bc"));
    assertEquals("the glob '# x' is empty or a comment", IgnoreRules.problem("# x"));
    assertEquals("the glob 'x\\' ends with a lone backslash", IgnoreRules.problem("x\\"));
    var e = assertThrows(IllegalArgumentException.class, () -> IgnoreRules.of(List.of("[")));
    assertEquals("the glob '[' has a '[' without its ']'", e.getMessage());
    assertEquals(Verdict.IGNORED, IgnoreRules.of(List.of("*.tmp.md")).match("a/b.tmp.md", false));
  }
}
