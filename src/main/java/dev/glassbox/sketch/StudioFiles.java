package dev.glassbox.sketch;

import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import dev.glassbox.training.History;
import dev.glassbox.training.SavedRun;
import dev.glassbox.training.TrainingSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The studio's Save and Load: the model as safetensors, and beside it the history CSV the train
 * command writes too ({@code studio.safetensors} → {@code studio.history.csv}).
 */
public final class StudioFiles {
  private StudioFiles() {}

  /** A loaded model and, when a history CSV lies beside it, that history (else null). */
  public record Loaded(Network network, History history) {}

  /**
   * Saves the snapshot's best network (else the last evaluated one) and its history.
   *
   * @return the history file written, or null when there was no epoch to write
   * @throws IllegalStateException when the snapshot holds no network yet
   */
  public static Path save(TrainingSnapshot s, Path file) throws IOException {
    Network net = s.bestNetwork() != null ? s.bestNetwork() : s.evaluated();
    if (net == null) {
      throw new IllegalStateException("nothing to save yet: train at least one epoch");
    }
    Map<String, String> facts = new LinkedHashMap<>();
    if (s.config() != null) {
      facts.putAll(s.config().describe());
    }
    facts.put("saved_by", "glassbox studio");
    facts.put("epochs_run", Integer.toString(s.history().size()));
    if (s.history().isEmpty()) {
      ModelFile.save(net, file, facts);
      return null;
    }
    History h = new History();
    s.history().forEach(h::add);
    Path csv = SavedRun.historyBeside(file);
    SavedRun.save(net, facts, h, file, csv);
    return csv;
  }

  /** Loads a model and the history beside it, if any. */
  public static Loaded load(Path file) throws IOException {
    ModelFile.Model m = ModelFile.load(file);
    // a history that was not saved with this model (an interrupted save) is left out, not mixed in
    return new Loaded(m.network(), SavedRun.historyFor(m, SavedRun.historyBeside(file)).history());
  }
}
