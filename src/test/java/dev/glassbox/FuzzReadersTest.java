package dev.glassbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.data.CsvDatasetReader;
import dev.glassbox.data.DataException;
import dev.glassbox.data.IdxReader;
import dev.glassbox.data.ImageFolderReader;
import dev.glassbox.network.ModelException;
import dev.glassbox.network.ModelFile;
import dev.glassbox.training.History;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 7: mutation fuzzing of every reader. Each input is a file from the seed corpus
 * (src/test/resources/fuzz/READER/, which holds every reproduction from the issue) run as it is
 * and then mutated (bit flips, byte changes, inserted and deleted runs, truncation, huge length
 * fields, splices with other seeds). A reader must accept it or refuse it with the project's own
 * exception naming the file: never another exception, never an {@link Error} (an
 * OutOfMemoryError from trusting a length field fails the test). {@code mvn verify} runs a short
 * pass of {@value #TRIES} inputs per reader from fixed seeds; {@code -Dglassbox.fuzz.tries=N} and
 * {@code -Dglassbox.fuzz.seed=S} make a long run from other seeds (docs/reliability.md). Plain
 * JUnit and java.util.Random: no property-testing library is needed for this.
 */
class FuzzReadersTest {
  private static final Path CORPUS = Path.of("src/test/resources/fuzz");

  private static List<byte[]> seeds(String reader) {
    try (Stream<Path> s = Files.list(CORPUS.resolve(reader))) {
      List<byte[]> out = new ArrayList<>();
      for (Path p : s.sorted().toList()) {
        out.add(Files.readAllBytes(p));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final int TRIES = 300;

  /**
   * Runs {@code check} on every seed of {@code reader} as it is, then on mutants: input i is seed
   * i mod n mutated 1..8 times by Random(start + i), so a failure names the input that reproduces it.
   */
  private static void fuzz(String reader, MutantCheck check) throws IOException {
    List<byte[]> seeds = seeds(reader);
    int tries = Integer.getInteger("glassbox.fuzz.tries", TRIES);
    long start = Long.getLong("glassbox.fuzz.seed", 0L);
    for (int i = 0; i < seeds.size() + tries; i++) {
      int which = i % seeds.size();
      long seed = start + i;
      int rounds = i < seeds.size() ? 0 : 1 + new Random(seed).nextInt(8);
      byte[] b = mutate(seeds, which, rounds, seed);
      try {
        check.run(b);
      } catch (AssertionError | IOException e) {
        throw new AssertionError(reader + " input " + i + " (seed file " + which + ", " + rounds + " rounds, Random("
            + seed + ")): " + e.getMessage(), e);
      }
    }
  }

  /** A check of one input. */
  interface MutantCheck {
    void run(byte[] b) throws IOException;
  }

  static byte[] mutate(List<byte[]> seeds, int which, int rounds, long seed) {
    Random r = new Random(seed);
    byte[] b = seeds.get(which).clone();
    for (int k = 0; k < rounds; k++) {
      int n = b.length;
      int at = n == 0 ? 0 : r.nextInt(n);
      switch (r.nextInt(8)) {
        case 0 -> { if (n > 0) b[at] ^= (byte) (1 << r.nextInt(8)); }
        case 1 -> { if (n > 0) b[at] = (byte) r.nextInt(256); }
        case 2 -> { // a big-endian or little-endian length field set huge
          if (n >= at + 4) {
            int v = r.nextBoolean() ? Integer.MAX_VALUE - r.nextInt(64) : r.nextInt();
            for (int j = 0; j < 4; j++) {
              b[at + j] = (byte) (v >>> (8 * (r.nextBoolean() ? j : 3 - j)));
            }
          }
        }
        case 3 -> b = java.util.Arrays.copyOf(b, n == 0 ? 0 : r.nextInt(n)); // truncate
        case 4 -> { // delete a run
          if (n > 0) {
            int len = Math.min(n - at, 1 + r.nextInt(32));
            byte[] c = new byte[n - len];
            System.arraycopy(b, 0, c, 0, at);
            System.arraycopy(b, at + len, c, at, n - at - len);
            b = c;
          }
        }
        case 5 -> { // insert a run of one interesting byte
          byte[] pick = {0, '\n', '\r', ',', '"', '-', '9', '.', 'e', (byte) 0xff, '{', '}', '[', ']'};
          int len = 1 + r.nextInt(r.nextInt(10) == 0 ? 4096 : 16);
          byte[] c = new byte[n + len];
          System.arraycopy(b, 0, c, 0, at);
          java.util.Arrays.fill(c, at, at + len, pick[r.nextInt(pick.length)]);
          System.arraycopy(b, at, c, at + len, n - at);
          b = c;
        }
        case 6 -> { // splice with another seed
          byte[] o = seeds.get(r.nextInt(seeds.size()));
          int from = o.length == 0 ? 0 : r.nextInt(o.length);
          byte[] c = java.util.Arrays.copyOf(b, at + (o.length - from));
          System.arraycopy(o, from, c, at, o.length - from);
          b = c;
        }
        default -> { // duplicate a chunk
          if (n > 0) {
            int len = Math.min(n - at, 1 + r.nextInt(64));
            byte[] c = new byte[n + len];
            System.arraycopy(b, 0, c, 0, at + len);
            System.arraycopy(b, at, c, at + len, n - at);
            b = c;
          }
        }
      }
    }
    return b;
  }

  /** Runs {@code reader} on {@code bytes} written to a fresh file; only {@code allowed} may escape. */
  private static void check(byte[] bytes, String name, Consumer<Path> reader, Class<?>... allowed) throws IOException {
    Path dir = Files.createTempDirectory("glassbox-fuzz");
    Path f = dir.resolve(name);
    try {
      Files.createDirectories(f.getParent());
      Files.write(f, bytes);
      reader.accept(f);
    } catch (RuntimeException e) {
      boolean ok = false;
      for (Class<?> c : allowed) {
        ok |= c.isInstance(e);
      }
      if (!ok) {
        throw new AssertionError("the reader threw " + e + " instead of its own exception", e);
      }
      assertTrue(e.getMessage() != null && e.getMessage().contains(name.substring(name.lastIndexOf('/') + 1)),
          "the message names the file: " + e.getMessage());
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  @Test
  void csvReader() throws IOException {
    fuzz("csv", b -> check(b, "x.csv", CsvDatasetReader::read, DataException.class));
  }

  @Test
  void idxReader() throws IOException {
    fuzz("idx", b -> {
      check(b, "x-idx3-ubyte", f -> {
        IdxReader.readImages(f);
      }, DataException.class);
      check(b, "x-idx1-ubyte", f -> {
        IdxReader.readLabels(f);
      }, DataException.class);
    });
  }

  @Test
  void imageFolderReader() throws IOException {
    fuzz("image", b -> check(b, "own/digit.png", f -> ImageFolderReader.readUnlabeled(f.getParent(), "own"),
        DataException.class));
  }

  @Test
  void modelReader() throws IOException {
    fuzz("model", b -> check(b, "m.safetensors", ModelFile::load, ModelException.class));
  }

  @Test
  void historyReader() throws IOException {
    fuzz("history", b -> check(b, "h.history.csv", f -> {
      try {
        History.read(f);
      } catch (IOException e) {
        throw new UncheckedIOException(f + ": " + e.getMessage(), e);
      }
    }, IllegalArgumentException.class, UncheckedIOException.class));
  }
}
