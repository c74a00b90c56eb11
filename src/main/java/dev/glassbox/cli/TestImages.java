package dev.glassbox.cli;

import dev.glassbox.data.Dataset;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the stepper's image comes from: image {@code index} of the test set at {@code data}. A small
 * seam so the commands do not depend on how the data package reads the many formats.
 */
interface TestImages {
  /** One test image: its 784 pixels as unsigned bytes, its label and where it came from. */
  record Image(byte[] pixels, int label, int index, String source) {}

  /** Image {@code index} of the test set found at {@code data}. */
  Image load(Path data, int index) throws IOException;

  /** The whole labelled test set found at {@code data} (for the default example's rule). */
  Dataset testSet(Path data) throws IOException;
}
