package org.figlint.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder walks: known extensions, .gitignore files, ignore globs, links, a fixed order. */
class WalkerTest {

  @TempDir Path tmp;

  private static final Walker TEXTS = new Walker(n -> n.endsWith(".txt") || n.endsWith(".md"));

  /** The files found, relative to {@code root}, with '/'. */
  private static List<String> walk(Walker walker, Path root) {
    Walker.Result result = walker.walk(root);
    assertEquals(List.of(), result.errors());
    List<String> out = new ArrayList<>();
    for (String file : result.files()) {
      out.add(root.relativize(Path.of(file)).toString().replace('\\', '/'));
    }
    return out;
  }

  private void write(String... paths) throws IOException {
    for (String path : paths) {
      Path file = tmp.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "texte\n");
    }
  }

  private void gitignore(String folder, String content) throws IOException {
    Path dir = tmp.resolve(folder);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(".gitignore"), content);
  }

  @Test
  void keepsKnownExtensionsInSortedOrder() throws IOException {
    write("b.txt", "a/z.md", "a/b/c.txt", "a-b/x.txt", "image.png", "A.txt");
    assertEquals(List.of("A.txt", "a-b/x.txt", "a/b/c.txt", "a/z.md", "b.txt"),
        walk(TEXTS, tmp));
  }

  @Test
  void nestedGitignoresWithNegationAndFolderPatterns() throws IOException {
    write("keep.md", "notes.md", "drafts/a.txt", "docs/drafts.txt", "docs/a.md", "docs/b.md",
        "docs/private/x.txt", "docs/sub/c.md", "docs/sub/d.md", "build/out.txt",
        "logs/keep/1.txt", "logs/2.txt");
    gitignore("", """
        # top level
        *.md
        !keep.md
        drafts/
        /build
        logs/*
        !logs/keep/
        """);
    gitignore("docs", """
        !*.md
        private/
        sub/d.md
        """);
    assertEquals(List.of("docs/a.md", "docs/b.md", "docs/drafts.txt", "docs/sub/c.md", "keep.md",
        "logs/keep/1.txt"), walk(TEXTS, tmp));
  }

  @Test
  void aFileInAnIgnoredFolderCannotBeReincluded() throws IOException {
    write("drafts/a.txt", "drafts/b.txt");
    gitignore("", "drafts/\n!drafts/a.txt\n");
    assertEquals(List.of(), walk(TEXTS, tmp));
    gitignore("", "drafts/*\n!drafts/a.txt\n");
    assertEquals(List.of("drafts/a.txt"), walk(TEXTS, tmp));
  }

  @Test
  void everythingInsideAFolderAsGitStatusSeesIt() throws IOException {
    write("abc/keep.txt", "abc/other.txt", "abc/sub/keep.txt");
    gitignore("", "abc/**\n!abc/keep.txt\n");
    assertEquals(List.of("abc/keep.txt"), walk(TEXTS, tmp));
    gitignore("", "abc/**\n!abc/**/\n!keep.txt\n");
    assertEquals(List.of("abc/keep.txt", "abc/sub/keep.txt"), walk(TEXTS, tmp));
  }

  @Test
  void parentGitignoresApplyUpToTheRepositoryRoot() throws IOException {
    write("outside.txt", "repo/docs/a.md", "repo/docs/a.txt", "repo/docs/sub/b.txt");
    Files.createDirectories(tmp.resolve("repo/.git/info"));
    Files.writeString(tmp.resolve("repo/.git/info/exclude"), "sub/\n");
    gitignore("", "*.txt\n");                 // above the repository: not read
    gitignore("repo", "*.md\n");
    assertEquals(List.of("a.txt"), walk(TEXTS, tmp.resolve("repo/docs")));
  }

  @Test
  void aDeeperGitignoreOverridesTheRepositoryOne() throws IOException {
    write("repo/docs/a.md", "repo/b.md");
    Files.createDirectories(tmp.resolve("repo/.git"));
    gitignore("repo", "*.md\n");
    gitignore("repo/docs", "!a.md\n");
    assertEquals(List.of("a.md"), walk(TEXTS, tmp.resolve("repo/docs")));
    assertEquals(List.of("docs/a.md"), walk(TEXTS, tmp.resolve("repo")));
  }

  @Test
  void withoutARepositoryOnlyTheWalkedGitignoresCount() throws IOException {
    write("docs/a.md", "docs/b.txt");
    gitignore("", "*.md\n");
    assertEquals(List.of("a.md", "b.txt"), walk(TEXTS, tmp.resolve("docs")));
  }

  @Test
  void theGitFolderIsNeverEntered() throws IOException {
    write(".git/notes.txt", "a.txt", "sub/.git");
    assertEquals(List.of("a.txt"), walk(TEXTS, tmp));
  }

  @Test
  void extraGlobsRelativeToTheirFolder() throws IOException {
    write("project/docs/a.md", "project/docs/a.generated.md", "project/drafts/x.txt",
        "project/docs/drafts/y.txt", "project/notes/keep.md");
    Walker walker = new Walker(n -> n.endsWith(".txt") || n.endsWith(".md"),
        IgnoreRules.of(List.of("*.generated.md", "/drafts/", "notes/")),
        tmp.resolve("project"));
    assertEquals(List.of("docs/a.md", "docs/drafts/y.txt"),
        walk(walker, tmp.resolve("project")));
    // Walking a sub-folder: the globs stay relative to their own folder.
    assertEquals(List.of("a.md", "drafts/y.txt"), walk(walker, tmp.resolve("project/docs")));
  }

  @Test
  void extraGlobsOutsideTheirFolderAreRelativeToTheWalk() throws IOException {
    write("elsewhere/a.md", "elsewhere/drafts/b.md");
    Files.createDirectories(tmp.resolve("config"));
    Walker walker = new Walker(n -> n.endsWith(".md"), IgnoreRules.of(List.of("/drafts/")),
        tmp.resolve("config"));
    assertEquals(List.of("a.md"), walk(walker, tmp.resolve("elsewhere")));
  }

  @Test
  void symbolicLinksAreNotFollowedOutOfTheTreeNorInLoops() throws IOException {
    write("tree/a.txt", "tree/sub/b.txt", "outside/secret.txt", "outside/dir/c.txt");
    Path tree = tmp.resolve("tree");
    assumeTrue(link(tree.resolve("sub/loop"), tree), "the filesystem refuses symbolic links");
    link(tree.resolve("sub/self"), tree.resolve("sub"));
    link(tree.resolve("out.txt"), tmp.resolve("outside/secret.txt"));
    link(tree.resolve("outdir"), tmp.resolve("outside/dir"));
    link(tree.resolve("again.txt"), tree.resolve("a.txt"));
    link(tree.resolve("dangling.txt"), tmp.resolve("nowhere.txt"));
    assertEquals(List.of("a.txt", "sub/b.txt"), walk(TEXTS, tree));
  }

  @Test
  void theWalkedFolderMayBeALink() throws IOException {
    write("real/a.txt");
    assumeTrue(link(tmp.resolve("alias"), tmp.resolve("real")),
        "the filesystem refuses symbolic links");
    Walker.Result result = TEXTS.walk(tmp.resolve("alias"));
    assertEquals(List.of(tmp.resolve("alias").resolve("a.txt").toString()), result.files());
  }

  @Test
  void theOrderIsFixedWhateverTheCreationOrder() throws IOException {
    List<String> names = new ArrayList<>(IntStream.range(0, 60)
        .mapToObj(i -> "d" + (i % 7) + "/f" + i + ".txt").toList());
    Collections.shuffle(names, new Random(42));
    write(names.toArray(String[]::new));
    List<String> first = walk(TEXTS, tmp);
    List<String> sorted = new ArrayList<>(first);
    Collections.sort(sorted);
    assertEquals(sorted, first);
    assertEquals(60, first.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(first, walk(TEXTS, tmp));
    }
  }

  @Test
  void aMissingFolderIsAnError() {
    Walker.Result result = TEXTS.walk(tmp.resolve("missing"));
    assertEquals(List.of(), result.files());
    assertEquals(1, result.errors().size());
    assertEquals(true, result.errors().get(0).startsWith(tmp.resolve("missing")
        + ": cannot walk folder ("), result.errors().get(0));
  }

  private static boolean link(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
