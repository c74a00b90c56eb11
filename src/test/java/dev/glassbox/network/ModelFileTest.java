package dev.glassbox.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The safetensors layout, byte by byte, and every way a model file can be wrong. */
class ModelFileTest {
  @TempDir Path dir;

  private static Network sample() {
    Network net = new Network(new int[] {4, 3, 2}, Activation.RELU, Activation.SOFTMAX, Cost.LOG_LIKELIHOOD);
    Init.GAUSSIAN.apply(net, 42);
    return net;
  }

  @Test
  void roundTripKeepsEveryBitAndTheMetadata() throws Exception {
    Network net = sample();
    Path f = dir.resolve("m.safetensors");
    ModelFile.save(net, f, Map.of("epochs", "3"));
    ModelFile.Model m = ModelFile.load(f);
    assertTrue(net.sameParameters(m.network()));
    assertEquals(Activation.RELU, m.network().activation(1));
    assertEquals(Activation.SOFTMAX, m.network().outputActivation());
    assertEquals(Cost.LOG_LIKELIHOOD, m.network().cost());
    assertEquals("3", m.metadata().get("epochs"));
  }

  @Test
  void layoutIsSafetensorsWithBookOrderedWeights() throws Exception {
    Network net = sample();
    Path f = dir.resolve("m.safetensors");
    ModelFile.save(net, f, Map.of());
    byte[] bytes = Files.readAllBytes(f);
    ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long n = buf.getLong();
    assertEquals(0, n % 8, "header padded to 8 bytes");
    JsonObject h = JsonParser.parseString(new String(bytes, 8, (int) n, StandardCharsets.UTF_8)).getAsJsonObject();
    assertEquals("4,3,2", h.getAsJsonObject("__metadata__").get("sizes").getAsString());
    assertEquals("relu,softmax", h.getAsJsonObject("__metadata__").get("activations").getAsString());
    JsonObject w2 = h.getAsJsonObject("weights.2");
    assertEquals("F64", w2.get("dtype").getAsString());
    assertEquals("[2,3]", w2.get("shape").toString());
    long begin = w2.getAsJsonArray("data_offsets").get(0).getAsLong();
    // weights.2[j][k] = w^2_jk, row-major (out, in), little-endian doubles
    for (int j = 0; j < 2; j++) {
      for (int k = 0; k < 3; k++) {
        double v = buf.getDouble((int) (8 + n + begin + 8L * (j * 3 + k)));
        assertEquals(net.weight(2, j, k), v, 0.0);
      }
    }
    long b1 = h.getAsJsonObject("biases.1").getAsJsonArray("data_offsets").get(0).getAsLong();
    assertEquals(net.bias(1, 2), buf.getDouble((int) (8 + n + b1 + 16)), 0.0);
    long end = 0;
    for (String key : h.keySet()) {
      if (!key.equals("__metadata__")) {
        end = Math.max(end, h.getAsJsonObject(key).getAsJsonArray("data_offsets").get(1).getAsLong());
      }
    }
    assertEquals(bytes.length, 8 + n + end, "tensors fill the file exactly");
  }

  @Test
  void truncatedFileIsRefused() throws Exception {
    Path f = dir.resolve("m.safetensors");
    ModelFile.save(sample(), f, Map.of());
    byte[] b = Files.readAllBytes(f);
    Files.write(f, Arrays.copyOf(b, b.length - 5));
    ModelException e = assertThrows(ModelException.class, () -> ModelFile.load(f));
    assertTrue(e.getMessage().contains("m.safetensors") && e.getMessage().contains("corrupt"), e.getMessage());
    Files.write(f, Arrays.copyOf(b, 100));
    e = assertThrows(ModelException.class, () -> ModelFile.load(f));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    Files.write(f, new byte[3]);
    e = assertThrows(ModelException.class, () -> ModelFile.load(f));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void corruptHeaderIsRefused() throws Exception {
    Path f = dir.resolve("m.safetensors");
    ModelFile.save(sample(), f, Map.of());
    byte[] b = Files.readAllBytes(f);
    b[9] = '!';
    Files.write(f, b);
    ModelException e = assertThrows(ModelException.class, () -> ModelFile.load(f));
    assertTrue(e.getMessage().contains("not a JSON object"), e.getMessage());
  }

  @Test
  void offsetsThatDoNotFitAreRefused() throws Exception {
    Path f = dir.resolve("m.safetensors");
    ModelFile.save(sample(), f, Map.of());
    byte[] b = Files.readAllBytes(f);
    String s = new String(b, StandardCharsets.ISO_8859_1);
    // shift the last tensor's end past the data: same length text, different numbers
    String patched = s.replace("\"data_offsets\":[168,184]", "\"data_offsets\":[168,984]");
    assertTrue(!patched.equals(s), "test expects biases.2 at [168,184]");
    Files.write(f, patched.getBytes(StandardCharsets.ISO_8859_1));
    ModelException e = assertThrows(ModelException.class, () -> ModelFile.load(f));
    assertTrue(e.getMessage().contains("biases.2") && e.getMessage().contains("do not fit"), e.getMessage());
  }

  @Test
  void wrongSizesAreRefusedWithBothSizes() throws Exception {
    Path f = dir.resolve("m.safetensors");
    ModelFile.save(sample(), f, Map.of());
    ModelException e = assertThrows(ModelException.class, () -> ModelFile.load(f, new int[] {784, 30, 10}));
    assertTrue(e.getMessage().contains("4,3,2") && e.getMessage().contains("784,30,10"), e.getMessage());
  }

  @Test
  void otherFilesAreNotModels() throws Exception {
    Path f = dir.resolve("notes.txt");
    Files.writeString(f, "hello, this is not a model file at all");
    ModelException e = assertThrows(ModelException.class, () -> ModelFile.load(f));
    assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
    assertThrows(ModelException.class, () -> ModelFile.load(dir.resolve("missing.safetensors")));
  }

  @Test
  void aNetworkWithNaNIsNotSavedAndTheOldModelStaysWhole() throws Exception {
    Path f = dir.resolve("m.safetensors");
    Network net = sample();
    ModelFile.save(net, f, Map.of());
    byte[] before = Files.readAllBytes(f);
    Network nan = net.copy();
    nan.setBias(1, 0, Double.NaN);
    ModelException e = assertThrows(ModelException.class, () -> ModelFile.save(nan, f, Map.of()));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(f));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary files left behind");
    }
  }

  @Test
  void aWriteThatFailsHalfwayLeavesTheOldFileWhole() throws Exception {
    Path f = dir.resolve("m.safetensors");
    ModelFile.save(sample(), f, Map.of());
    byte[] before = Files.readAllBytes(f);
    assertThrows(java.io.IOException.class, () -> dev.glassbox.io.AtomicFile.write(f, out -> {
      out.write(new byte[1000]);
      throw new java.io.IOException("disk full (simulated)");
    }));
    assertArrayEquals(before, Files.readAllBytes(f));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "the half-written temporary file is removed");
    }
  }

  @Test
  void layerSizesThatDoNotFitTheFileAreRefusedBeforeAllocating() throws Exception {
    Path f = dir.resolve("m.safetensors");
    ModelFile.save(sample(), f, Map.of());
    String s = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
    String patched = s.replace("\"sizes\":\"4,3,2\"", "\"sizes\":\"50000,50000\"");
    assertTrue(!patched.equals(s));
    // keep the header length right: pad the shorter original with spaces is not needed, the
    // header only grew, so rewrite the length field
    byte[] body = patched.getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer b = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
    long n = b.getLong(0);
    b.putLong(0, n + ("50000,50000".length() - "4,3,2".length()));
    Files.write(f, body);
    ModelException e = assertThrows(ModelException.class, () -> ModelFile.load(f));
    assertTrue(e.getMessage().contains("need more than"), e.getMessage());
  }
}
