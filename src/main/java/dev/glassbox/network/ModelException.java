package dev.glassbox.network;

import java.nio.file.Path;

/** A model file that cannot be read or does not fit: names the file and what is wrong. */
public final class ModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ModelException(Path file, String what) {
    super(file + ": " + what);
  }

  public ModelException(Path file, String what, Throwable cause) {
    super(file + ": " + what, cause);
  }
}
