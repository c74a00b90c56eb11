package dev.glassbox.tutorial;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.glassbox.io.AtomicFile;
import dev.glassbox.io.Sha256;
import dev.glassbox.training.EpochResult;
import dev.glassbox.training.History;
import dev.glassbox.training.Hyperparameter;
import dev.glassbox.training.SavedRun;
import dev.glassbox.training.TrainingConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A training run too long to repeat while the tutorials are generated, recorded once: the exact
 * {@code ./glassbox train} command, the metadata of the model it saved and the history CSV it
 * wrote. Every read checks the three against each other: the history is the one the model's
 * metadata names by SHA-256, the command's hyperparameters are the ones the run recorded, and the
 * best epoch, its accuracies and the epoch count are the history's. A record that fails names its
 * file and says how to record it again.
 *
 * @param name short name, as in {@code {{rec:NAME.val}}}
 * @param command the command that made the run, {@code ./glassbox train ...}
 * @param metadata the saved model's metadata ({@code TrainCommand} wrote it)
 * @param history the run's history
 * @param historyFile where the history was read from
 */
public record RunRecord(String name, String command, Map<String, String> metadata, History history,
    Path historyFile) {
  /** How every recorded command starts. */
  public static final String TRAIN = "./glassbox train";

  /** Reads and checks the record {@code json} (its history file is named inside, beside it). */
  public static RunRecord read(Path json, String howToRecord) throws IOException {
    String text;
    try {
      text = Files.readString(json, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(json + ": no such run record; " + howToRecord, e);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException(json + ": not a run record (not UTF-8 text); " + howToRecord, e);
    }
    JsonObject o;
    try {
      JsonElement e = JsonParser.parseString(text);
      if (!e.isJsonObject()) {
        throw new JsonParseException("not a JSON object");
      }
      o = e.getAsJsonObject();
    } catch (JsonParseException e) {
      throw new IllegalArgumentException(json + ": not a run record (" + e.getMessage() + "); " + howToRecord, e);
    }
    String name = string(json, o, "name", howToRecord);
    String command = string(json, o, "command", howToRecord);
    Path historyFile = json.resolveSibling(string(json, o, "history", howToRecord));
    JsonElement m = o.get("metadata");
    if (m == null || !m.isJsonObject()) {
      throw new IllegalArgumentException(json + ": the field metadata (the model's, an object) is missing; "
          + howToRecord);
    }
    Map<String, String> meta = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> e : m.getAsJsonObject().entrySet()) {
      if (!e.getValue().isJsonPrimitive()) {
        throw new IllegalArgumentException(json + ": metadata." + e.getKey() + " is not a string; " + howToRecord);
      }
      meta.put(e.getKey(), e.getValue().getAsString());
    }
    if (!meta.containsKey(SavedRun.HISTORY_SHA256)) {
      throw new IllegalArgumentException(json + ": metadata." + SavedRun.HISTORY_SHA256
          + " is missing, so nothing ties the history to the run; " + howToRecord);
    }
    return of(json, name, command, meta, historyFile, howToRecord);
  }

  /**
   * A run whose metadata comes from elsewhere (a shipped model), checked like a record.
   *
   * @param source the file the metadata was read from, for messages
   */
  public static RunRecord of(Path source, String name, String command, Map<String, String> metadata,
      Path historyFile, String howToRecord) throws IOException {
    if (!Files.isRegularFile(historyFile)) {
      throw new IllegalArgumentException(historyFile + ": no such history (the run " + name + " in " + source
          + " names it); " + howToRecord);
    }
    byte[] bytes = Files.readAllBytes(historyFile);
    String recorded = metadata.get(SavedRun.HISTORY_SHA256);
    // a model saved before histories were checksummed records none (as SavedRun accepts)
    if (recorded != null && !recorded.equals(Sha256.hex(bytes))) {
      throw new IllegalArgumentException(historyFile + " is not the history recorded in " + source
          + " (its SHA-256 differs from metadata." + SavedRun.HISTORY_SHA256 + "); " + howToRecord);
    }
    History history = History.read(historyFile);
    RunRecord r = new RunRecord(name, command, Map.copyOf(metadata), history, historyFile);
    r.check(source, howToRecord);
    return r;
  }

  /** Writes a record: {@code historyName} is the history's file name beside {@code json}. */
  public static void write(Path json, String name, String command, Map<String, String> metadata, String historyName)
      throws IOException {
    JsonObject o = new JsonObject();
    o.addProperty("name", name);
    o.addProperty("command", command);
    o.addProperty("history", historyName);
    JsonObject m = new JsonObject();
    metadata.forEach(m::addProperty);
    o.add("metadata", m);
    byte[] b = (new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(json, out -> out.write(b));
  }

  /** The command's words after {@code ./glassbox train}. */
  public List<String> args() {
    return args(command);
  }

  /** The configuration the run trained, as its metadata records it (the command's, checked). */
  public TrainingConfig config() {
    return TrainingConfig.parse(hyperparameters(metadata), 1);
  }

  /** The epoch the model was saved from: the best validation accuracy. */
  public EpochResult best() {
    return history.best();
  }

  /** The last epoch trained. */
  public EpochResult last() {
    List<EpochResult> rows = history.rows();
    return rows.get(rows.size() - 1);
  }

  /** The epoch after which early stopping ended the run, or 0 when it ran all its epochs. */
  public int stoppedEarly() {
    String s = metadata.get("stopped_early");
    return s == null ? 0 : Integer.parseInt(s);
  }

  /** The epoch after which η was lowered for the k-th time (1-based), or 0 when it was not. */
  public int loweredAfter(int k) {
    List<EpochResult> rows = history.rows();
    int seen = 0;
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).eta() < rows.get(i - 1).eta() && ++seen == k) {
        return rows.get(i - 1).epoch();
      }
    }
    return 0;
  }

  private static List<String> args(String command) {
    return Arrays.asList(command.substring(TRAIN.length()).trim().split(" +"));
  }

  // the command, the metadata and the history tell one story
  private void check(Path source, String how) {
    if (!(command + " ").startsWith(TRAIN + " ")) {
      throw new IllegalArgumentException(source + ": the command \"" + command + "\" does not start with "
          + TRAIN + "; " + how);
    }
    Map<Hyperparameter, String> given = new EnumMap<>(Hyperparameter.class);
    List<String> a = args();
    for (int i = 0; i < a.size(); i++) {
      Hyperparameter h = a.get(i).startsWith("--") ? Hyperparameter.byName(a.get(i)) : null;
      if (h != null) {
        if (i + 1 >= a.size()) {
          throw new IllegalArgumentException(source + ": the command's " + a.get(i) + " has no value; " + how);
        }
        given.put(h, a.get(++i));
      }
    }
    Map<String, String> said = TrainingConfig.parse(given, 1).describe();
    Map<String, String> ran = config().describe();
    for (Map.Entry<String, String> e : said.entrySet()) {
      if (!e.getValue().equals(ran.get(e.getKey()))) {
        throw new IllegalArgumentException(source + ": the command gives " + e.getKey() + " " + e.getValue()
            + " but the run recorded " + ran.get(e.getKey()) + "; " + how);
      }
    }
    EpochResult best = best();
    expect(source, "best_epoch", best.epoch(), how);
    expect(source, "epochs_run", history.size(), how);
    expect(source, "validation_accuracy", best.validationAccuracy(), how);
    expect(source, "test_accuracy", best.testAccuracy(), how);
  }

  private void expect(Path source, String key, double fromHistory, String how) {
    String v = metadata.get(key);
    double m;
    try {
      m = Double.parseDouble(v);
    } catch (NullPointerException | NumberFormatException e) {
      throw new IllegalArgumentException(source + ": metadata." + key + " is missing or not a number (\"" + v
          + "\"); " + how);
    }
    // the history holds six decimals, the metadata every digit
    if (!(Math.abs(m - fromHistory) < 1e-6)) {
      throw new IllegalArgumentException(source + ": metadata." + key + " is " + v + " but " + historyFile
          + " says " + fromHistory + "; " + how);
    }
  }

  // the metadata's hyperparameters; one a model made before it existed takes the default
  private static Map<Hyperparameter, String> hyperparameters(Map<String, String> metadata) {
    Map<Hyperparameter, String> m = new EnumMap<>(Hyperparameter.class);
    for (Hyperparameter h : Hyperparameter.values()) {
      String v = metadata.get(h.id());
      if (v != null) {
        m.put(h, v);
      }
    }
    return m;
  }

  private static String string(Path json, JsonObject o, String field, String how) {
    JsonElement e = o.get(field);
    if (e == null || !e.isJsonPrimitive() || e.getAsString().isBlank()) {
      throw new IllegalArgumentException(json + ": the field " + field + " is missing or not a string; " + how);
    }
    return e.getAsString();
  }
}
