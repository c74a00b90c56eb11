package dev.glassbox.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads MNIST's IDX files, gzip-compressed or raw (told apart by the gzip magic, not the name).
 * Layout: big-endian int32 magic ({@code 0x00000803} images, {@code 0x00000801} labels), one
 * big-endian int32 per dimension (count, then 28, 28 for images), then unsigned bytes row-major.
 * Every defect (wrong magic or size, truncation, trailing bytes, corrupt gzip, labels outside 0-9,
 * image and label counts that disagree) throws {@link DataException}.
 */
public final class IdxReader {
  /** Magic number of an IDX file of unsigned bytes with three dimensions (images). */
  public static final int IMAGES_MAGIC = 0x00000803;
  /** Magic number of an IDX file of unsigned bytes with one dimension (labels). */
  public static final int LABELS_MAGIC = 0x00000801;

  private IdxReader() {}

  /** Reads an images file and its labels file into one labeled dataset named {@code name}. */
  public static Dataset read(Path images, Path labels, String name) {
    byte[] px = readImages(images);
    byte[] lb = readLabels(labels);
    int n = px.length / Dataset.PIXELS;
    if (n != lb.length) {
      throw new DataException(labels, null,
          "has " + lb.length + " labels but " + images + " has " + n + " images; the counts must agree");
    }
    return new Dataset(name, images, px, lb);
  }

  /** Reads an IDX images file ({@code 0x00000803}, n x 28 x 28) into {@code n * 784} bytes. */
  public static byte[] readImages(Path file) {
    try (InputStream in = DataFiles.open(file)) {
      int magic = readInt(in, file, "header");
      if (magic != IMAGES_MAGIC) {
        throw wrongMagic(file, magic, IMAGES_MAGIC, "images");
      }
      int n = readInt(in, file, "header");
      int rows = readInt(in, file, "header");
      int cols = readInt(in, file, "header");
      if (rows != Dataset.ROWS || cols != Dataset.COLS) {
        throw new DataException(file, "header",
            "images are " + rows + "x" + cols + ", expected 28x28");
      }
      if (n < 0 || n > Integer.MAX_VALUE / Dataset.PIXELS) {
        throw new DataException(file, "header", "image count " + n + " is impossible");
      }
      // readNBytes(len) grows its buffer as data arrives: a header promising more images than the
      // file holds cannot make us allocate them
      int want = n * Dataset.PIXELS;
      byte[] px = in.readNBytes(want);
      int got = px.length;
      if (got < want) {
        throw new DataException(file, "image " + (got / Dataset.PIXELS + 1),
            "truncated: the header promises " + n + " images but the data ends after "
                + (got / Dataset.PIXELS) + " whole images (" + got + " of " + want + " pixel bytes)");
      }
      requireEnd(in, file, n + " images");
      return px;
    } catch (IOException e) {
      throw DataFiles.unreadable(file, e);
    }
  }

  /** Reads an IDX labels file ({@code 0x00000801}, n) into {@code n} labels, each checked 0-9. */
  public static byte[] readLabels(Path file) {
    try (InputStream in = DataFiles.open(file)) {
      int magic = readInt(in, file, "header");
      if (magic != LABELS_MAGIC) {
        throw wrongMagic(file, magic, LABELS_MAGIC, "labels");
      }
      int n = readInt(in, file, "header");
      if (n < 0) {
        throw new DataException(file, "header", "label count " + n + " is impossible");
      }
      byte[] lb = in.readNBytes(n);
      int got = lb.length;
      if (got < n) {
        throw new DataException(file, "record " + (got + 1),
            "truncated: the header promises " + n + " labels but the data ends after " + got);
      }
      for (int i = 0; i < n; i++) {
        if (lb[i] < 0 || lb[i] > 9) {
          throw new DataException(file, "record " + (i + 1),
              "label " + (lb[i] & 0xFF) + " is outside 0-9");
        }
      }
      requireEnd(in, file, n + " labels");
      return lb;
    } catch (IOException e) {
      throw DataFiles.unreadable(file, e);
    }
  }

  /** Whether the file (gzip or raw) starts with the IDX magic of images or labels. */
  public static boolean looksLikeIdx(Path file) {
    try (InputStream in = DataFiles.open(file)) {
      int magic = readInt(in, file, "header");
      return magic == IMAGES_MAGIC || magic == LABELS_MAGIC;
    } catch (DataException | IOException e) {
      return false;
    }
  }

  private static int readInt(InputStream in, Path file, String where) throws IOException {
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    int b3 = in.read();
    if ((b0 | b1 | b2 | b3) < 0) {
      throw new DataException(file, where, "truncated: the file ends inside the IDX header");
    }
    return (b0 << 24) | (b1 << 16) | (b2 << 8) | b3;
  }

  /** Reading to the end also makes the gzip reader check the CRC and what follows the data. */
  private static void requireEnd(InputStream in, Path file, String what) throws IOException {
    long extra = 0;
    while (in.read() >= 0) {
      extra++;
      if (extra > 1_000_000) {
        break;
      }
    }
    if (extra > 0) {
      throw new DataException(file, null,
          (extra > 1_000_000 ? "over 1,000,000" : String.valueOf(extra))
              + " extra bytes after the " + what + " the header announces");
    }
  }

  private static DataException wrongMagic(Path file, int magic, int expected, String kind) {
    String hint = "";
    if (magic == IMAGES_MAGIC) {
      hint = " (this is an images file)";
    } else if (magic == LABELS_MAGIC) {
      hint = " (this is a labels file)";
    }
    return new DataException(file, "header",
        String.format("magic number 0x%08X is not the IDX %s magic 0x%08X%s", magic, kind, expected, hint));
  }
}
