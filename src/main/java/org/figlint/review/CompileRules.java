package org.figlint.review;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.figlint.archive.Analysis;
import org.figlint.parse.Extractor;
import org.figlint.rule.CompiledRules;
import org.figlint.rule.RuleSet;

/**
 * The build step that writes the bundled rules' compiled form: {@code CompileRules CLASSES_DIR}
 * reads the rule files from the classpath, as a run without the form would, and writes
 * {@link CompiledRules#RESOURCE} under {@code CLASSES_DIR}; then the grammar's anchors
 * ({@link Extractor#writeAnchors}) and the fingerprint of the classes that make archived claims
 * ({@link Analysis#writeCode}).
 */
public final class CompileRules {
  private CompileRules() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CompileRules CLASSES_DIR");
    }
    RuleSet rules = Reviewer.readFiles(null, List.of(), true);
    Path target = Path.of(args[0]).resolve(CompiledRules.RESOURCE);
    Files.createDirectories(target.getParent());
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try (OutputStream out = Files.newOutputStream(partial)) {
      CompiledRules.write(rules, out);
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    Extractor.writeAnchors(Path.of(args[0]));
    Analysis.writeCode(Path.of(args[0]));
  }
}
