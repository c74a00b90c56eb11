package dev.glassbox.data;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * A text reader that refuses, with the file and line, what no dataset row can be: a line longer
 * than {@link #MAX_LINE} characters (a 1 GB file with no newline would otherwise be read whole
 * into one field), and a NUL character (a binary file, or UTF-16 text read as UTF-8).
 */
final class BoundedLines extends FilterReader {
  /** Longest line accepted: a 785-column row of "255.000000" is under 9,000 characters. */
  static final int MAX_LINE = 1 << 16;
  private final Path file;
  private long line = 1;
  private int length;

  BoundedLines(Reader in, Path file) {
    super(in);
    this.file = file;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      check((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    for (int i = 0; i < n; i++) {
      check(buf[off + i]);
    }
    return n;
  }

  private void check(char c) {
    if (c == '\n') {
      line++;
      length = 0;
      return;
    }
    if (c == 0) {
      throw new DataException(file, "line " + line, "holds a NUL byte: a binary file, or text saved as"
          + " UTF-16 (save it as UTF-8 or plain ASCII)");
    }
    if (++length > MAX_LINE) {
      throw new DataException(file, "line " + line, "is longer than " + MAX_LINE + " characters: not a CSV"
          + " row of 785 numbers (a binary file, or a file with no line breaks?)");
    }
  }
}
