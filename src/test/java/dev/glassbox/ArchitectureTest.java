package dev.glassbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the compiled main classes: the packages
 * layer one way, the numerical and data core is plain Java (no Processing, no picocli, no printing),
 * and the windows (sketch) and the command line (cli) sit on top, imported by nothing below.
 */
class ArchitectureTest {
  /** Plain Java: what trains, records, explains and fills in the tutorials, usable from any front end. */
  private static final String[] CORE = {
    "dev.glassbox.network..", "dev.glassbox.data..", "dev.glassbox.io..", "dev.glassbox.trace..",
    "dev.glassbox.training..", "dev.glassbox.notation..", "dev.glassbox.tutorial.."
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.glassbox");
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dev.glassbox.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theCoreImportsNeitherProcessingNorPicocli() {
    noClasses().that().resideInAnyPackage(CORE)
        .should().dependOnClassesThat().resideInAnyPackage("processing..", "picocli..")
        .because("the core must run headless and without the command line")
        .check(classes);
  }

  @Test
  void theCorePrintsNothing() {
    noClasses().that().resideInAnyPackage(CORE)
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because("the core reports through return values, exceptions and listeners; cli and sketch print")
        .check(classes);
  }

  @Test
  void sketchAndCliAreAtTheTop() {
    noClasses().that().resideOutsideOfPackages("dev.glassbox.sketch..", "dev.glassbox.cli..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.glassbox.sketch..", "dev.glassbox.cli..")
        .because("the windows and the command line are front ends: nothing below them may need them")
        .check(classes);
    noClasses().that().resideInAPackage("dev.glassbox.sketch..")
        .should().dependOnClassesThat().resideInAPackage("dev.glassbox.cli..")
        .because("the command line opens windows, never the other way round")
        .check(classes);
  }
}
