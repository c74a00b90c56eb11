package dev.glassbox.cli;

import dev.glassbox.network.ModelFile;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --model M}, defaulting to the bundled model {@code data/models/default.safetensors}. */
public final class ModelOptions {
  @Option(names = "--model", paramLabel = "MODEL",
      description = "Model file (safetensors). Default: the bundled data/models/default.safetensors.")
  Path model;

  /** The bundled default model's path. */
  public static Path defaultModel() {
    return CommonOptions.dataDir().resolve("models").resolve("default.safetensors");
  }

  /** The model path given, or the default. */
  public Path path() {
    return model != null ? model : defaultModel();
  }

  /** Loads the model, with a hint on how to make one when the default is missing. */
  public ModelFile.Model load() {
    Path p = path();
    if (model == null && !Files.exists(p)) {
      throw new IllegalArgumentException("no model at " + p + ": train one with"
          + " ./glassbox train --out " + p + " (or give --model)");
    }
    return noted(ModelFile.load(p));
  }

  /** Shows a loaded model's note (no checksum to verify) on stderr, one line, and returns it. */
  static ModelFile.Model noted(ModelFile.Model m) {
    if (m.note() != null) {
      System.err.println("note: " + m.note());
    }
    return m;
  }
}
