package org.figlint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package layering holds: dependencies point inward, and only parse uses ANTLR. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.figlint");

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.figlint.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void onlyParseUsesTheGeneratedParserAndAntlr() {
    noClasses().that().resideOutsideOfPackages("org.figlint.parse..")
        .should().dependOnClassesThat().resideInAnyPackage("org.figlint.parse.generated..",
            "org.antlr..")
        .check(CLASSES);
  }

  @Test
  void valuesAndDocumentsDependOnNothingAbove() {
    noClasses().that().resideInAnyPackage("org.figlint.value..", "org.figlint.document..")
        .should().dependOnClassesThat().resideInAnyPackage("org.figlint.parse..",
            "org.figlint.claim..", "org.figlint.check..", "org.figlint.rule..",
            "org.figlint.report..", "org.figlint.cli..")
        .check(CLASSES);
  }

  @Test
  void checksDoNotKnowTheCommandLine() {
    noClasses().that().resideInAnyPackage("org.figlint.check..", "org.figlint.claim..",
            "org.figlint.parse..", "org.figlint.rule..", "org.figlint.report..")
        .should().dependOnClassesThat().resideInAnyPackage("org.figlint.cli..")
        .check(CLASSES);
  }
}
