package dev.glassbox.cli;

import java.awt.Dimension;
import picocli.CommandLine.ITypeConverter;

/** Reads {@code --size WxH} (e.g. 1920x1080) as a width and height in pixels. */
final class SizeConverter implements ITypeConverter<Dimension> {
  /** The largest side accepted. */
  static final int MAX = 8192;
  /** The smallest side accepted. */
  static final int MIN = 100;

  @Override
  public Dimension convert(String value) {
    String[] p = value.trim().toLowerCase(java.util.Locale.ROOT).split("[x×]");
    try {
      if (p.length == 2) {
        int w = Integer.parseInt(p[0].trim());
        int h = Integer.parseInt(p[1].trim());
        if (w >= MIN && h >= MIN && w <= MAX && h <= MAX) {
          return new Dimension(w, h);
        }
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException("want WxH with sides " + MIN + ".." + MAX + ", e.g. 1920x1080; got " + value);
  }
}
