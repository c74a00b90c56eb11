package dev.glassbox.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns any picture of a digit into a 28x28 MNIST image the way MNIST itself was made (LeCun et
 * al.): grayscale by luminance, light ink on a dark background (light backgrounds are inverted),
 * cropped to the ink's bounding box, scaled with anti-aliasing to fit a 20x20 box keeping the aspect
 * ratio, and placed in the 28x28 field so that its centre of mass is at the field's centre (14, 14).
 *
 * <p>Coordinates: pixel {@code (x, y)} covers {@code [x, x+1) x [y, y+1)}, so its centre is
 * {@code (x + 0.5, y + 0.5)} and the field's centre is {@code (14, 14)}.
 */
public final class MnistPreprocessor {
  /** Side of the box the digit is scaled to fit, as in MNIST. */
  public static final int BOX = 20;
  /** Ink must differ from the background by at least this many gray levels (of 255). */
  static final float MIN_CONTRAST = 24f;
  /** Pixels brighter than this fraction of the ink range count for the bounding box. */
  static final float INK_FRACTION = 0.1f;

  private MnistPreprocessor() {}

  /** Reads an image file (PNG, JPEG, GIF, BMP) and preprocesses it; errors name the file. */
  public static byte[] preprocess(Path file) {
    try {
      return preprocess(readImage(file));
    } catch (DataException e) {
      throw e.file() == null ? e.withFile(file) : e;
    }
  }

  /** Largest width or height of an image read (a photo of a digit from a phone is ~4000). */
  static final int MAX_SIDE = 16384;
  /** Most pixels in an image read: 64 million, 256 MB decoded as ARGB. */
  static final long MAX_PIXELS = 64_000_000L;

  /** Reads an image file, failing with a DataException naming it when it is not a readable image. */
  public static BufferedImage readImage(Path file) {
    DataFiles.requireFile(file);
    BufferedImage img;
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new DataException(file, null, "is not a readable image (not PNG, JPEG, GIF or BMP)");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        // the size from the header, before any pixel is decoded: a small file can claim 40000x40000
        long w = reader.getWidth(0);
        long h = reader.getHeight(0);
        if (w * h > MAX_PIXELS || w > MAX_SIDE || h > MAX_SIDE) {
          throw new DataException(file, null, "is " + w + "x" + h + " pixels; images larger than "
              + MAX_SIDE + "x" + MAX_SIDE + " (or " + MAX_PIXELS / 1_000_000 + " million pixels) are refused:"
              + " a digit needs far fewer, and decoding it would take " + (w * h * 4 >> 20) + " MB");
        }
        img = reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (DataException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new DataException(file, null, "is not a readable image (" + e.getMessage() + ")", e);
    }
    if (img == null) {
      throw new DataException(file, null, "is not a readable image (not PNG, JPEG, GIF or BMP)");
    }
    return img;
  }

  /** Preprocesses {@code img} into 784 bytes (row-major, 0 background .. 255 ink). */
  public static byte[] preprocess(BufferedImage img) {
    byte[] out = new byte[Dataset.PIXELS];
    preprocess(img, out, 0);
    return out;
  }

  /**
   * Preprocesses {@code img} into {@code dst[off..off+783]}; a blank image throws DataException.
   *
   * @param dst Modified.
   */
  public static void preprocess(BufferedImage img, byte[] dst, int off) {
    int w = img.getWidth();
    int h = img.getHeight();
    float[] ink = inkMap(img);
    // Background level = median of the border; stretch so background -> 0 and the strongest ink
    // -> 255, the way MNIST digits span the whole range (photos of paper are grey, not black).
    // Unevenly lit photos: the background is a plane through the border medians (a uniform
    // background gives gx = gy = 0), subtracted pixel by pixel.
    float bg = borderMedian(ink, w, h);
    float gx = w > 1 ? (sideMedian(ink, w, h, w - 1, true) - sideMedian(ink, w, h, 0, true)) / (w - 1) : 0f;
    float gy = h > 1 ? (sideMedian(ink, w, h, h - 1, false) - sideMedian(ink, w, h, 0, false)) / (h - 1) : 0f;
    float max = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float v = ink[y * w + x] - (gx * (x - (w - 1) / 2f) + gy * (y - (h - 1) / 2f));
        ink[y * w + x] = v;
        max = Math.max(max, v);
      }
    }
    if (max - bg < MIN_CONTRAST) {
      throw blank();
    }
    int x0 = w;
    int y0 = h;
    int x1 = -1;
    int y1 = -1;
    for (int i = 0; i < ink.length; i++) {
      ink[i] = Math.max(0f, (ink[i] - bg) * 255f / (max - bg));
    }
    // The bounding box counts a pixel as ink when its 3x3 neighbourhood is, on average: single
    // noisy pixels of a photo's paper grain do not stretch the box to the image's corners.
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (neighbourhoodMean(ink, w, h, x, y) > INK_FRACTION * 255f) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
      }
    }
    if (x1 < 0) {
      throw blank();
    }
    int cw = x1 - x0 + 1;
    int ch = y1 - y0 + 1;
    // Fit the longer side to 20 pixels, keeping the aspect ratio (at least 1 pixel each way).
    double scale = (double) BOX / Math.max(cw, ch);
    int tw = Math.max(1, (int) Math.round(cw * scale));
    int th = Math.max(1, (int) Math.round(ch * scale));
    float[] box = Resampler.resize(ink, w, x0, y0, cw, ch, tw, th);
    // Stretch again: shrinking a thin pen line averages it down, and MNIST strokes reach 255.
    float boxMax = 0;
    for (float v : box) {
      boxMax = Math.max(boxMax, v);
    }
    for (int i = 0; i < box.length; i++) {
      box[i] = box[i] * 255f / boxMax;
    }
    place(box, tw, th, dst, off);
  }

  /**
   * What the image-folder loader does with each picture: an image that is exactly 28x28 is taken as
   * already MNIST-formatted ({@link #asIs}), any other size is {@link #preprocess}ed.
   *
   * @param dst Modified.
   */
  public static void prepare(BufferedImage img, byte[] dst, int off) {
    if (img.getWidth() == Dataset.COLS && img.getHeight() == Dataset.ROWS) {
      asIs(img, dst, off);
    } else {
      preprocess(img, dst, off);
    }
  }

  /**
   * Takes an image that is already 28x28: luminance, polarity fixed, no crop or scaling. A blank
   * image (no pixel {@link #MIN_CONTRAST} above the border's median) throws DataException, as in
   * {@link #preprocess}: an empty field is no digit, and would train the network on nothing.
   *
   * @param dst Modified.
   */
  public static void asIs(BufferedImage img, byte[] dst, int off) {
    float[] ink = inkMap(img);
    float max = 0;
    for (float v : ink) {
      max = Math.max(max, v);
    }
    if (max - borderMedian(ink, img.getWidth(), img.getHeight()) < MIN_CONTRAST) {
      throw blank();
    }
    for (int p = 0; p < Dataset.PIXELS; p++) {
      dst[off + p] = (byte) Math.round(Math.max(0f, Math.min(255f, ink[p])));
    }
  }

  private static DataException blank() {
    return new DataException(null, null, "the image is blank: no digit stands out from the background");
  }

  /**
   * Luminance (Rec. 601: 0.299 R + 0.587 G + 0.114 B), turned so ink is bright: inverted when
   * the border is mostly light. Transparent pixels are composited over the background the opaque
   * pixels are not (white behind dark ink, black behind light ink).
   */
  static float[] inkMap(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
    float[] lum = new float[w * h];
    float[] alpha = new float[w * h];
    boolean translucent = false;
    double opaqueSum = 0;
    double opaqueWeight = 0;
    for (int i = 0; i < argb.length; i++) {
      int c = argb[i];
      alpha[i] = (c >>> 24) / 255f;
      lum[i] = 0.299f * ((c >> 16) & 0xFF) + 0.587f * ((c >> 8) & 0xFF) + 0.114f * (c & 0xFF);
      translucent |= alpha[i] < 1f;
      opaqueSum += lum[i] * alpha[i];
      opaqueWeight += alpha[i];
    }
    if (translucent) {
      float behind = opaqueWeight > 0 && opaqueSum / opaqueWeight > 127.5 ? 0f : 255f;
      for (int i = 0; i < lum.length; i++) {
        lum[i] = lum[i] * alpha[i] + behind * (1 - alpha[i]);
      }
    }
    if (borderMedian(lum, w, h) > 127.5f) {
      for (int i = 0; i < lum.length; i++) {
        lum[i] = 255f - lum[i];
      }
    }
    return lum;
  }

  /** Median of the pixels on the image's outer one-pixel ring. */
  static float borderMedian(float[] v, int w, int h) {
    int n = (h == 1 || w == 1) ? w * h : 2 * w + 2 * (h - 2);
    float[] ring = new float[n];
    int k = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (y == 0 || y == h - 1 || x == 0 || x == w - 1) {
          ring[k++] = v[y * w + x];
        }
      }
    }
    Arrays.sort(ring, 0, k);
    return ring[k / 2];
  }

  /** Mean of the pixels of the 3x3 square around (x, y) that lie inside the image. */
  static float neighbourhoodMean(float[] v, int w, int h, int x, int y) {
    float sum = 0;
    int n = 0;
    for (int yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
      for (int xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
        sum += v[yy * w + xx];
        n++;
      }
    }
    return sum / n;
  }

  /** Median of one column ({@code column}: x = index) or one row (y = index) of the image. */
  static float sideMedian(float[] v, int w, int h, int index, boolean column) {
    int n = column ? h : w;
    float[] line = new float[n];
    for (int i = 0; i < n; i++) {
      line[i] = column ? v[i * w + index] : v[index * w + i];
    }
    Arrays.sort(line);
    return line[n / 2];
  }

  /**
   * Puts the {@code tw x th} box into the 28x28 field so its centre of mass lands on (14, 14),
   * shifted by whole pixels (the nearest to exact) so the strokes stay sharp; clamped to the
   * field if that would push ink outside it.
   */
  private static void place(float[] box, int tw, int th, byte[] dst, int off) {
    double mass = 0;
    double mx = 0;
    double my = 0;
    for (int y = 0; y < th; y++) {
      for (int x = 0; x < tw; x++) {
        float v = box[y * tw + x];
        mass += v;
        mx += v * (x + 0.5);
        my += v * (y + 0.5);
      }
    }
    int left = (int) Math.round(14 - mx / mass);
    int top = (int) Math.round(14 - my / mass);
    // A 20x20 box centred by mass can only leave the field for very lopsided shapes; clamp then.
    left = Math.max(0, Math.min(Dataset.COLS - tw, left));
    top = Math.max(0, Math.min(Dataset.ROWS - th, top));
    Arrays.fill(dst, off, off + Dataset.PIXELS, (byte) 0);
    for (int y = 0; y < th; y++) {
      for (int x = 0; x < tw; x++) {
        int v = Math.round(Math.max(0f, Math.min(255f, box[y * tw + x])));
        dst[off + (top + y) * Dataset.COLS + left + x] = (byte) v;
      }
    }
  }
}
