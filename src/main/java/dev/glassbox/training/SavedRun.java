package dev.glassbox.training;

import dev.glassbox.io.AtomicFile;
import dev.glassbox.io.Sha256;
import dev.glassbox.network.ModelFile;
import dev.glassbox.network.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model and the history of the run that made it, saved as a pair: the model's metadata records
 * the SHA-256 of its history file ({@code history_sha256}), both are written to temporary files
 * before either is renamed, and a history read beside a model is shown only when it is the one
 * the model recorded. A kill between the two renames therefore never pairs a new model with an
 * old history (or an old model with a new one): the mismatch is noticed and the history left out.
 */
public final class SavedRun {
  /** Metadata key of the history file's SHA-256. */
  public static final String HISTORY_SHA256 = "history_sha256";
  // a history is one short row per epoch; anything far larger is not one
  private static final long MAX_HISTORY = 64L << 20;

  private SavedRun() {}

  /** A history read beside a model, or null with a one-line note saying why it was left out. */
  public record Paired(History history, String note) {}

  /** Saves {@code net} (with {@code facts}) to {@code model} and {@code history} to {@code historyFile}. */
  public static void save(Network net, Map<String, String> facts, History history, Path model, Path historyFile)
      throws IOException {
    byte[] h = history.bytes();
    Map<String, String> meta = new LinkedHashMap<>(facts);
    meta.put(HISTORY_SHA256, Sha256.hex(h));
    byte[] m = ModelFile.encode(net, model, meta);
    AtomicFile.writeAll(List.of(historyFile, model), List.of(out -> out.write(h), out -> out.write(m)));
  }

  /** The history saved beside a model: "models/run.safetensors" → "models/run.history.csv". */
  public static Path historyBeside(Path model) {
    String name = model.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return model.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".history.csv");
  }

  /**
   * The history at {@code historyFile} if it exists and belongs to {@code model}: a model that
   * records no history checksum (an older file) accepts any history.
   *
   * @throws IllegalArgumentException naming the file when the history is not one
   */
  public static Paired historyFor(ModelFile.Model model, Path historyFile) throws IOException {
    if (!Files.isRegularFile(historyFile)) {
      return new Paired(null, null);
    }
    if (Files.size(historyFile) > MAX_HISTORY) {
      return new Paired(null, historyFile + " is " + (Files.size(historyFile) >> 20)
          + " MB, too large for a history: not shown");
    }
    String recorded = model.metadata().get(HISTORY_SHA256);
    if (recorded != null && !recorded.equals(Sha256.hex(Files.readAllBytes(historyFile)))) {
      return new Paired(null, historyFile + " was not saved with this model (a save interrupted between the"
          + " two files, or a file copied over): its curves are not shown");
    }
    return new Paired(History.read(historyFile), null);
  }
}
