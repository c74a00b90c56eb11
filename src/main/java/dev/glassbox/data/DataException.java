package dev.glassbox.data;

import java.nio.file.Path;

/**
 * A data file that cannot be used: names the file, where in it (line, column, record; may be
 * absent) and what is wrong, e.g. {@code data/x.csv line 17, column 203: pixel value "abc" is not
 * an integer 0-255}. Thrown for any bad input so that a half-read dataset is never used.
 */
public final class DataException extends RuntimeException {
  private final transient Path file;
  private final String location;
  private final String problem;

  /** A problem with {@code file} (may be null) at {@code location} (may be null). */
  public DataException(Path file, String location, String problem) {
    this(file, location, problem, null);
  }

  /** As {@link #DataException(Path, String, String)}, keeping the underlying cause for --debug. */
  public DataException(Path file, String location, String problem, Throwable cause) {
    super(message(file, location, problem), cause);
    this.file = file;
    this.location = location;
    this.problem = problem;
  }

  /** The file at fault, or null when the problem is not tied to a file (an in-memory image). */
  public Path file() {
    return file;
  }

  /** Where in the file, such as {@code line 17, column 203} or {@code image 5001}; may be null. */
  public String location() {
    return location;
  }

  /** What is wrong, without file and location. */
  public String problem() {
    return problem;
  }

  /** The same problem attributed to {@code newFile}; used when an in-memory check learns its file. */
  public DataException withFile(Path newFile) {
    return new DataException(newFile, location, problem, getCause());
  }

  private static String message(Path file, String location, String problem) {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file);
    }
    if (location != null) {
      sb.append(sb.length() > 0 ? " " : "").append(location);
    }
    return sb.length() == 0 ? problem : sb.append(": ").append(problem).toString();
  }
}
