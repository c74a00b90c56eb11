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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 15, item 7: mutation fuzzing of every reader. Each input is a file from the seed corpus
 * (src/test/resources/fuzz/READER/, which holds every reproduction from the issue) run as it is
 * and then mutated (bit flips, byte changes, inserted and deleted runs, truncation, huge length
 * fields, splices with other seeds). A reader must accept it or refuse it with the project's own
 * exception naming the file: never another exception, never an {@link Error} (an
 * OutOfMemoryError from trusting a length field fails the property). {@code mvn verify} runs a
 * short regression pass; a long run is documented in docs/reliability.md.
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

  /** A seed, mutated {@code rounds} times with the given random seed (0 rounds: the seed itself). */
  private static Arbitrary<byte[]> mutants(String reader) {
    List<byte[]> seeds = seeds(reader);
    return Arbitraries.integers().between(0, seeds.size() - 1)
        .flatMap(i -> Arbitraries.integers().between(0, 8)
            .flatMap(rounds -> Arbitraries.longs().map(seed -> mutate(seeds, i, rounds, seed))));
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

  @Provide Arbitrary<byte[]> csv() {
    return mutants("csv");
  }

  @Provide Arbitrary<byte[]> idx() {
    return mutants("idx");
  }

  @Provide Arbitrary<byte[]> image() {
    return mutants("image");
  }

  @Provide Arbitrary<byte[]> model() {
    return mutants("model");
  }

  @Provide Arbitrary<byte[]> history() {
    return mutants("history");
  }

  @Property
  void csvReader(@ForAll("csv") byte[] b) throws IOException {
    check(b, "x.csv", CsvDatasetReader::read, DataException.class);
  }

  @Property
  void idxReader(@ForAll("idx") byte[] b) throws IOException {
    check(b, "x-idx3-ubyte", f -> {
      IdxReader.readImages(f);
    }, DataException.class);
    check(b, "x-idx1-ubyte", f -> {
      IdxReader.readLabels(f);
    }, DataException.class);
  }

  @Property
  void imageFolderReader(@ForAll("image") byte[] b) throws IOException {
    check(b, "own/digit.png", f -> ImageFolderReader.readUnlabeled(f.getParent(), "own"), DataException.class);
  }

  @Property
  void modelReader(@ForAll("model") byte[] b) throws IOException {
    check(b, "m.safetensors", ModelFile::load, ModelException.class);
  }

  @Property
  void historyReader(@ForAll("history") byte[] b) throws IOException {
    check(b, "h.history.csv", f -> {
      try {
        History.read(f);
      } catch (IOException e) {
        throw new UncheckedIOException(f + ": " + e.getMessage(), e);
      }
    }, IllegalArgumentException.class, UncheckedIOException.class);
  }
}
