package dev.glassbox.cli;

import dev.glassbox.data.DataLoader;
import dev.glassbox.data.Dataset;
import dev.glassbox.data.MnistSplit;
import java.nio.file.Path;

/** Test images through {@link DataLoader}: any format it reads (IDX, CSV, image folders); keeps the last set read. */
final class DataTestImages implements TestImages {
  private Path loadedFrom;
  private Dataset loaded;

  @Override
  public Dataset testSet(Path data) {
    if (!data.equals(loadedFrom)) {
      MnistSplit split = DataLoader.load(data);
      if (!split.hasTest()) {
        throw new IllegalArgumentException(data + " has no test set (" + DataLoader.describe(data) + ")");
      }
      loaded = split.test();
      loadedFrom = data;
    }
    return loaded;
  }

  @Override
  public Image load(Path data, int index) {
    Dataset test = testSet(data);
    if (index < 0 || index >= test.size()) {
      throw new IllegalArgumentException(
          "test image " + index + " is outside the test set (0.." + (test.size() - 1) + ")");
    }
    byte[] px = new byte[Dataset.PIXELS];
    test.copyImageBytes(index, px, 0);
    String source = test.source() == null ? data.toString() : test.source().toString();
    return new Image(px, test.label(index), index, source);
  }
}
