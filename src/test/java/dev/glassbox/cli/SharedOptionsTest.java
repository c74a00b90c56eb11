package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.trace.explore.Imagine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Options defined once and mixed in ({@link DataPath}, {@link Limit}, {@link DigitConverter},
 * {@link CountConverter}, the {@link dev.glassbox.io.Named} parts, {@link ImagineSettings}) read and
 * refuse alike in every command that has them.
 */
class SharedOptionsTest {
  /** Every visible subcommand's option of this name. */
  private static List<OptionSpec> everywhere(String name) {
    List<OptionSpec> found = new ArrayList<>();
    for (CommandLine sub : Main.commandLine().getSubcommands().values()) {
      OptionSpec o = sub.getCommandSpec().findOption(name);
      if (o != null && !sub.getCommandSpec().usageMessage().hidden()) {
        found.add(o);
      }
    }
    return found;
  }

  @Test
  void dataAndLimitSayTheSameWherever() {
    for (String name : List.of("--data", "--limit")) {
      List<OptionSpec> all = everywhere(name);
      assertTrue(all.size() >= 8, name + " in " + all.size() + " commands");
      for (OptionSpec o : all) {
        assertEquals(List.of(all.get(0).description()), List.of(o.description()),
            name + " of " + o.command().name());
      }
    }
  }

  @Test
  void badSharedValuesAreUsageErrorsNamingTheOption() {
    Run r = Run.of("convert", "--from", "data", "--to", "out/never.csv", "--limit", "-1");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("--limit must be 0 (no limit) or more, got -1"), r.err());
    r = Run.of("browse", "--digit", "12", "--png", "out/never.png");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Invalid value for option '--digit': 12 is not a digit 0-9"), r.err());
    r = Run.of("imagine", "--digit", "ten");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Invalid value for option '--digit': \"ten\" is not a digit 0-9"), r.err());
    r = Run.of("compare", "--last", "0", "out/never.csv");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Invalid value for option '--last': must be at least 1, got 0"), r.err());
    r = Run.of("sweep", "--parallel", "-2");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Invalid value for option '--parallel': must be at least 1, got -2"), r.err());
    r = Run.of("test", "--set", "holdout");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith(
        "Invalid value for option '--set': unknown part \"holdout\" (expected one of train, validation, test)"),
        r.err());
  }

  @Test
  void imagineDefaultsAreTheDocumentedSettings() {
    ImagineCommand c = new ImagineCommand();
    new CommandLine(c).parseArgs("--all");
    assertEquals(Imagine.Settings.defaults(), c.tuning.settings());
    new CommandLine(c).parseArgs("--all", "--steps", "12", "--temperature", "1.5", "--jitter", "0");
    Imagine.Settings d = Imagine.Settings.defaults();
    assertEquals(new Imagine.Settings(12, d.eta(), d.decay(), d.blurSigma(), d.blurEvery(), d.margin(), 1.5, 0),
        c.tuning.settings());
  }
}
