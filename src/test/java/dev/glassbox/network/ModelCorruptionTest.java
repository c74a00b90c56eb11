package dev.glassbox.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 2: a model detects damage to its numbers (SHA-256 of the tensor bytes), and every
 * malformed header is the model error naming the file, never another exception.
 */
class ModelCorruptionTest {
  @TempDir Path dir;

  private Path saved() throws Exception {
    Network net = new Network(new int[] {4, 3, 2}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
    Init.GAUSSIAN.apply(net, 7);
    Path f = dir.resolve("m.safetensors");
    ModelFile.save(net, f, Map.of());
    return f;
  }

  static long headerLength(byte[] b) {
    return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
  }

  /** The file's header text (padding included). */
  static String header(Path f) throws Exception {
    byte[] b = Files.readAllBytes(f);
    return new String(b, 8, (int) headerLength(b), StandardCharsets.UTF_8);
  }

  /** Rewrites {@code f} with a new header text (its length field set to match) and the same data. */
  static void rewriteHeader(Path f, String json) throws Exception {
    byte[] b = Files.readAllBytes(f);
    int n = (int) headerLength(b);
    byte[] h = json.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(h.length).array());
    out.write(h);
    out.write(b, 8 + n, b.length - 8 - n);
    Files.write(f, out.toByteArray());
  }

  private ModelException refused(Path f) {
    ModelException e = assertThrows(ModelException.class, () -> ModelFile.load(f));
    assertTrue(e.getMessage().startsWith(f.toString()), "names the file: " + e.getMessage());
    return e;
  }

  @Test
  void everySingleBitFlipInTheTensorDataIsReported() throws Exception {
    Path f = saved();
    byte[] good = Files.readAllBytes(f);
    int dataStart = 8 + (int) headerLength(good);
    // every bit of every byte would be 1,120 loads; every 7th bit covers all bit positions and tensors
    int flips = 0;
    for (int bit = 0; bit < (good.length - dataStart) * 8; bit += 7) {
      byte[] b = good.clone();
      b[dataStart + bit / 8] ^= (byte) (1 << (bit % 8));
      Files.write(f, b);
      ModelException e = assertThrows(ModelException.class, () -> ModelFile.load(f), "bit " + bit);
      assertTrue(e.getMessage().contains("checksum") || e.getMessage().contains("NaN"), e.getMessage());
      flips++;
    }
    assertTrue(flips > 100);
  }

  @Test
  void aFlippedExponentBitIsReportedNotScored() throws Exception {
    Path f = saved();
    byte[] b = Files.readAllBytes(f);
    int dataStart = 8 + (int) headerLength(b);
    b[dataStart + 7] ^= 0x40; // the top exponent bit of w[0]: a weight of ~1 becomes ~1e308
    Files.write(f, b);
    assertTrue(refused(f).getMessage().contains("does not match the checksum"));
  }

  @Test
  void aSavedModelHasAChecksumAndLoadsWithoutANote() throws Exception {
    Path f = saved();
    ModelFile.Model m = ModelFile.load(f);
    assertNull(m.note());
    assertEquals(64, m.metadata().get(ModelFile.CHECKSUM).length());
  }

  @Test
  void aFileWithoutAChecksumLoadsWithAOneLineNote() throws Exception {
    Path f = saved();
    Network before = ModelFile.load(f).network();
    String h = header(f).replaceAll("\"tensors_sha256\":\"[0-9a-f]+\",?", "");
    rewriteHeader(f, h.replace(",}", "}"));
    ModelFile.Model m = ModelFile.load(f);
    assertTrue(before.sameParameters(m.network()));
    assertNotNull(m.note());
    assertTrue(m.note().contains("m.safetensors") && m.note().contains("checksum") && !m.note().contains("\n"), m.note());
  }

  @Test
  void theShippedDefaultModelVerifies() {
    ModelFile.Model m = ModelFile.load(Path.of("data/models/default.safetensors"));
    assertNull(m.note(), "the default model records its checksum");
  }

  @Test
  void overlappingOffsetsAreRefused() throws Exception {
    Path f = saved();
    // weights.1 is [0,96), biases.1 [96,120): move biases.1 onto the weights and the end of the
    // data to a gap-free total that still adds up, so only the overlap is wrong
    String h = header(f);
    assertTrue(h.contains("\"data_offsets\":[96,120]"), h);
    rewriteHeader(f, h.replace("\"data_offsets\":[96,120]", "\"data_offsets\":[72,96]"));
    assertTrue(refused(f).getMessage().contains("overlaps"));
  }

  @Test
  void gappedOffsetsAreRefused() throws Exception {
    Path f = saved();
    String h = header(f);
    // weights.2 is [120,168), biases.2 [168,184): shift weights.2 later is impossible without a
    // longer file, so shift biases.1 earlier is an overlap; instead drop the first 8 bytes' owner
    rewriteHeader(f, h.replace("\"data_offsets\":[0,96]", "\"data_offsets\":[8,104]")
        .replace("\"data_offsets\":[96,120]", "\"data_offsets\":[104,128]")
        .replace("\"data_offsets\":[120,168]", "\"data_offsets\":[128,176]")
        .replace("\"data_offsets\":[168,184]", "\"data_offsets\":[176,192]"));
    // the last tensor now runs past the data: refused either as a gap or as not fitting
    String m = refused(f).getMessage();
    assertTrue(m.contains("gap") || m.contains("do not fit"), m);
  }

  @Test
  void aGapInsideTheDataIsRefused() throws Exception {
    Path f = saved();
    String h = header(f);
    // biases.1 [96,120) moved to [104,128) leaves [96,104) unowned and overlaps weights.2 ... so move
    // weights.2 to the end instead: [136,184), biases.2 [120,136): tiles except for nothing; then
    // a real gap: biases.2 at [128,144) leaves [120,128) unowned and [144,...) double-used? Keep it
    // simple: an extra 8 bytes of data that no tensor owns, with the sizes unchanged
    byte[] b = Files.readAllBytes(f);
    byte[] longer = Arrays.copyOf(b, b.length + 8);
    Files.write(f, longer);
    assertTrue(refused(f).getMessage().contains("data bytes"));
    Files.write(f, b);
    rewriteHeader(f, h.replace("\"data_offsets\":[96,120]", "\"data_offsets\":[100,124]"));
    String m = refused(f).getMessage();
    assertTrue(m.contains("gap") || m.contains("overlaps") || m.contains("do not fit"), m);
  }

  @Test
  void headerTypeErrorsAreModelErrors() throws Exception {
    Path f = saved();
    String h = header(f);
    for (String[] bad : new String[][] {
        {"\"dtype\":\"F64\"", "\"dtype\":null"},
        {"\"shape\":[3,4]", "\"shape\":[\"3\",\"4\"]"},
        {"\"shape\":[3,4]", "\"shape\":[\"x\",4]"},
        {"\"data_offsets\":[0,96]", "\"data_offsets\":[\"0\",\"96\"]"},
        {"\"data_offsets\":[0,96]", "\"data_offsets\":[\"x\",96]"},
        {"\"data_offsets\":[0,96]", "\"data_offsets\":[0]"},
        {"\"data_offsets\":[0,96]", "\"data_offsets\":[0.5,96]"},
        {"\"data_offsets\":[0,96]", "\"data_offsets\":[-96,0]"},
        {"\"shape\":[3,4]", "\"shape\":[99999999999999999999,4]"},
        {"\"shape\":[3,4]", "\"shape\":{}"},
        {"\"sizes\":\"4,3,2\"", "\"sizes\":null"},
        {"\"sizes\":\"4,3,2\"", "\"sizes\":4"},
    }) {
      assertTrue(h.contains(bad[0]), bad[0] + " in " + h);
      rewriteHeader(f, h.replaceFirst(java.util.regex.Pattern.quote(bad[0]), bad[1]));
      String m = refused(f).getMessage();
      assertTrue(!m.contains("JsonNull") && !m.contains("For input string"), m);
    }
  }

  @Test
  void trailingJunkDuplicateKeysAndUnknownVersionsAreRefused() throws Exception {
    Path f = saved();
    String h = header(f).strip();
    rewriteHeader(f, h + "{}");
    assertTrue(refused(f).getMessage().contains("more after"));
    rewriteHeader(f, h + " x");
    refused(f);
    rewriteHeader(f, h.replaceFirst("\\{", "{\"weights.1\":{\"dtype\":\"F64\",\"shape\":[3,4],\"data_offsets\":[0,96]},"));
    assertTrue(refused(f).getMessage().contains("twice"));
    rewriteHeader(f, h.replace("\"format\":\"glassbox-model\"", "\"format\":\"glassbox-model\",\"format\":\"glassbox-model\""));
    assertTrue(refused(f).getMessage().contains("twice"));
    rewriteHeader(f, h.replace("\"version\":\"1\"", "\"version\":\"2\""));
    assertTrue(refused(f).getMessage().contains("version 2"));
  }

  @Test
  void aHugeFileIsRefusedFromItsHeaderBeforeItIsRead() throws Exception {
    Path f = dir.resolve("big.safetensors");
    // a sparse 3 GB file: the header length says 0, so nothing is read past the first 8 bytes
    try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
      ch.write(ByteBuffer.wrap(new byte[] {1}), 3L << 30);
    }
    refused(f);
    // a valid header that claims 3 GB of data more than the file holds is refused before reading
    Path g = saved();
    String h = header(g);
    rewriteHeader(g, h.replace("\"sizes\":\"4,3,2\"", "\"sizes\":\"20000,20000\""));
    assertTrue(refused(g).getMessage().contains("need more than"));
  }
}
