package dev.glassbox.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a labeled {@link Dataset} as an IDX images file and an IDX labels file (the layout
 * {@link IdxReader} reads), gzip-compressed when a file name ends in {@code .gz}. Both files are
 * written to temporary files first and moved into place only when both are complete.
 */
public final class IdxWriter {
  private IdxWriter() {}

  /** Writes {@code data} to {@code images} and {@code labels}, replacing existing files. */
  public static void write(Dataset data, Path images, Path labels) {
    if (!data.labeled()) {
      throw new DataException(images, null, "IDX needs labels, but " + data.name() + " is unlabeled");
    }
    DataFiles.writeAtomically(List.of(images, labels), List.of(
        out -> writeImages(data, out),
        out -> writeLabels(data, out)));
  }

  private static void writeImages(Dataset data, OutputStream out) throws IOException {
    writeInt(out, IdxReader.IMAGES_MAGIC);
    writeInt(out, data.size());
    writeInt(out, Dataset.ROWS);
    writeInt(out, Dataset.COLS);
    out.write(data.pixelArray());
  }

  private static void writeLabels(Dataset data, OutputStream out) throws IOException {
    writeInt(out, IdxReader.LABELS_MAGIC);
    writeInt(out, data.size());
    out.write(data.labelArray());
  }

  private static void writeInt(OutputStream out, int v) throws IOException {
    out.write(v >>> 24);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
  }
}
