package dev.glassbox.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --image N}, {@code --model M} and {@code --data PATH}: which test image, through which
 * network, for {@code step}, {@code trace} and {@code render}.
 */
public final class ImageSource {
  @Option(names = "--image", paramLabel = "N",
      description = "Index of the test image (0-9999 for MNIST; default: the first test image whose"
          + " cost C is above 0.1, one the network is unsure of or gets wrong).")
  Integer image;

  @Option(names = "--model", paramLabel = "M",
      description = "Model file (default: data/models/default.safetensors; an untrained network if missing).")
  Path model;

  @Mixin DataPath data;
}
