package dev.glassbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.glassbox.data.CsvDatasetReader;
import dev.glassbox.data.DataException;
import dev.glassbox.data.IdxReader;
import dev.glassbox.data.ImageFolderReader;
import dev.glassbox.network.ModelException;
import dev.glassbox.network.ModelFile;
import dev.glassbox.training.History;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Issue 15, item 7: coverage-guided fuzzing of every reader with Jazzer. Each input is written to a
 * fresh file and read; the reader must accept it or refuse it with its own exception naming the
 * file: never another exception, never an {@link Error}, and never an allocation that grows with a
 * length field rather than with the input (at most {@link #ALLOCATION_CAP} bytes, for an image
 * {@link #IMAGE_ALLOCATION_CAP}, plus
 * {@value #ALLOCATION_PER_BYTE} per input byte, measured over every thread).
 *
 * <p>{@code mvn verify} runs each test once on every file of its seed corpus,
 * src/test/resources/dev/glassbox/FuzzReadersTestInputs/METHOD/ (every reproduction from issue 15 is
 * there, named {@code *-issue15.*}), and on the empty input. With {@code JAZZER_FUZZ=1} one test
 * fuzzes from that corpus for up to {@code maxDuration}; docs/reliability.md has the command, and a
 * finding is written into the corpus as a regression input.
 */
class FuzzReadersTest {
  /** The memory any one read of a data, model or history file may use whatever its input. */
  static final long ALLOCATION_CAP = 256L << 20;
  /**
   * The same for an image: a few KB of PNG may legally describe the reader's largest image, 64
   * million pixels (MnistPreprocessor.MAX_PIXELS), decoded and converted at up to 16 bytes a pixel.
   */
  static final long IMAGE_ALLOCATION_CAP = 1L << 30;
  /** Bytes a reader may allocate per input byte (text to numbers, gzip, decoded images). */
  static final long ALLOCATION_PER_BYTE = 512;

  @FuzzTest(maxDuration = "10m")
  void csv(byte[] b) throws IOException {
    check(b, "x.csv", CsvDatasetReader::read, DataException.class, ALLOCATION_CAP);
  }

  @FuzzTest(maxDuration = "10m")
  void idx(byte[] b) throws IOException {
    check(b, "x-idx3-ubyte", IdxReader::readImages, DataException.class, ALLOCATION_CAP);
    check(b, "x-idx1-ubyte", IdxReader::readLabels, DataException.class, ALLOCATION_CAP);
  }

  @FuzzTest(maxDuration = "10m")
  void image(byte[] b) throws IOException {
    check(b, "own/digit.png", f -> ImageFolderReader.readUnlabeled(f.getParent(), "own"), DataException.class,
        IMAGE_ALLOCATION_CAP);
  }

  @FuzzTest(maxDuration = "10m")
  void model(byte[] b) throws IOException {
    check(b, "m.safetensors", ModelFile::load, ModelException.class, ALLOCATION_CAP);
  }

  @FuzzTest(maxDuration = "10m")
  void history(byte[] b) throws IOException {
    check(b, "h.history.csv", f -> {
      try {
        return History.read(f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, IllegalArgumentException.class, ALLOCATION_CAP);
  }

  /** A reader of one file. */
  interface Reader {
    Object read(Path file);
  }

  /** Runs {@code reader} on {@code bytes} written to a fresh file; only {@code allowed} may escape. */
  private static void check(byte[] bytes, String name, Reader reader, Class<? extends RuntimeException> allowed,
      long cap) throws IOException {
    Path dir = Files.createTempDirectory("glassbox-fuzz");
    Path f = dir.resolve(name);
    try {
      Files.createDirectories(f.getParent());
      Files.write(f, bytes);
      long before = allocated();
      try {
        reader.read(f);
      } catch (RuntimeException e) {
        if (!allowed.isInstance(e)) {
          throw new AssertionError("the reader threw " + e + " instead of " + allowed.getSimpleName(), e);
        }
        String file = f.getFileName().toString();
        assertTrue(e.getMessage() != null && e.getMessage().contains(file),
            "the message names the file " + file + ": " + e.getMessage());
      }
      long used = allocated() - before;
      long limit = cap + ALLOCATION_PER_BYTE * bytes.length;
      assertTrue(used <= limit, "reading " + bytes.length + " bytes allocated " + (used >> 20) + " MB, more than the "
          + (limit >> 20) + " MB allowed: memory grew with a length field, not with the input");
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Bytes allocated so far by every live thread (the image reader decodes on a pool). */
  private static long allocated() {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    return LongStream.of(threads.getThreadAllocatedBytes(threads.getAllThreadIds())).filter(n -> n > 0).sum();
  }
}
