package dev.glassbox.cli;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads one image of the MNIST test set from the IDX files (gzip or not) in a folder. Interim: to be
 * replaced by {@code dev.glassbox.data.DataLoader} when the data package lands on main.
 */
final class IdxTestImages implements TestImages {
  @Override
  public Image load(Path data, int index) throws IOException {
    Path images = find(data, "t10k-images-idx3-ubyte");
    Path labels = find(data, "t10k-labels-idx1-ubyte");
    try (DataInputStream img = open(images); DataInputStream lab = open(labels)) {
      if (img.readInt() != 2051 || lab.readInt() != 2049) {
        throw new IOException(images + ": not an MNIST IDX image/label file pair");
      }
      int n = img.readInt();
      int pixels = img.readInt() * img.readInt();
      lab.readInt();
      if (index < 0 || index >= n) {
        throw new IllegalArgumentException("--image " + index + " is outside the test set (0.." + (n - 1) + ")");
      }
      img.skipNBytes((long) index * pixels);
      byte[] px = img.readNBytes(pixels);
      lab.skipNBytes(index);
      int label = lab.readUnsignedByte();
      return new Image(px, label, index, images.toString());
    }
  }

  private static Path find(Path dir, String base) throws IOException {
    for (String name : new String[] {base + ".gz", base}) {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IOException(dir + ": no MNIST test file " + base + "[.gz] there");
  }

  private static DataInputStream open(Path p) throws IOException {
    InputStream in = new java.io.BufferedInputStream(Files.newInputStream(p), 1 << 16);
    return new DataInputStream(p.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in);
  }
}
