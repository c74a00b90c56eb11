package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.tutorial.FrontierRuns;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code tutorials --record-runs} records the runs it is asked for, and refuses, as a usage error
 * before anything trains, a name it does not know or a shipped model (made by its own command).
 */
class RunRecorderTest {
  @Test
  void allMeansEveryRecordedRunAndNoShippedModel() {
    List<FrontierRuns.Planned> all = RunRecorder.select("all");
    assertEquals(FrontierRuns.recorded(), all);
    assertTrue(all.stream().noneMatch(p -> p.name().equals("best") || p.name().equals("default")));
    assertEquals(List.of("relu", "plateau"), RunRecorder.select("relu, plateau").stream()
        .map(FrontierRuns.Planned::name).toList());
  }

  @Test
  void anUnknownRunIsAUsageErrorListingTheRuns() {
    Run r = Run.of("tutorials", "--record-runs=nope");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--record-runs: no run named nope (the runs: default, ch3,"), r.err());
  }

  @Test
  void aShippedModelIsNotRecordedHere() {
    Run r = Run.of("tutorials", "--record-runs=best");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("the run best is the shipped model data/models/best.safetensors: make it again with"
        + " ./glassbox train"), r.err());
  }
}
