package dev.glassbox.network;

import com.google.gson.Gson;
import dev.glassbox.io.AtomicFile;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes models in the safetensors layout: an 8-byte little-endian header length N, N
 * bytes of JSON header (padded with spaces to a multiple of 8), then the raw little-endian tensors.
 *
 * <p>Tensors: {@code weights.l} of shape [sizes[l], sizes[l-1]] (the book's w^l, row j = neuron j
 * of layer l, so {@code w @ a + b} in numpy) and {@code biases.l} of shape [sizes[l]], dtype F64,
 * for l = 1 .. L-1 (code layer numbering: 0 is the input). {@code __metadata__} holds
 * {@code format=glassbox-model}, {@code version}, {@code sizes} ("784,30,10"), {@code activations}
 * (one per layer after the input), {@code cost}, and training facts (all strings, as the format
 * requires).
 */
public final class ModelFile {
  /** Value of the {@code format} metadata key. */
  public static final String FORMAT = "glassbox-model";
  /** Version of the metadata layout. */
  public static final String VERSION = "1";
  private static final long MAX_HEADER = 100L << 20;

  private ModelFile() {}

  /** A loaded model: the network and its metadata (training facts included). */
  public record Model(Network network, Map<String, String> metadata) {}

  /**
   * Writes {@code net} atomically: a temporary file in the same folder, then a rename, so a crash
   * never leaves a half-written model and an existing model is replaced only by a whole one.
   *
   * @param facts extra metadata (training facts); may be empty
   */
  public static void save(Network net, Path file, Map<String, String> facts) throws IOException {
    if (!net.isFinite()) {
      throw new ModelException(file, "not saved: the network holds NaN or infinite parameters"
          + " (the file, if any, was left as it was)");
    }
    Map<String, String> meta = new LinkedHashMap<>(facts);
    meta.put("format", FORMAT);
    meta.put("version", VERSION);
    meta.put("sizes", net.sizesString());
    StringBuilder acts = new StringBuilder();
    for (int l = 1; l < net.layers(); l++) {
      acts.append(l == 1 ? "" : ",").append(net.activation(l).id());
    }
    meta.put("activations", acts.toString());
    meta.put("cost", net.cost().id());

    JsonObject header = new JsonObject();
    JsonObject metaJson = new JsonObject();
    meta.forEach(metaJson::addProperty);
    header.add("__metadata__", metaJson);
    long offset = 0;
    for (int l = 1; l < net.layers(); l++) {
      offset = addTensor(header, "weights." + l, new int[] {net.size(l), net.size(l - 1)}, offset);
      offset = addTensor(header, "biases." + l, new int[] {net.size(l)}, offset);
    }
    byte[] json = new Gson().toJson(header).getBytes(StandardCharsets.UTF_8);
    int padded = (json.length + 7) / 8 * 8;
    ByteBuffer buf = ByteBuffer.allocate(8 + padded + (int) offset).order(ByteOrder.LITTLE_ENDIAN);
    buf.putLong(padded);
    buf.put(json);
    for (int i = json.length; i < padded; i++) {
      buf.put((byte) ' ');
    }
    for (int l = 1; l < net.layers(); l++) {
      for (int j = 0; j < net.size(l); j++) {
        for (int k = 0; k < net.size(l - 1); k++) {
          buf.putDouble(net.weight(l, j, k));
        }
      }
      for (int j = 0; j < net.size(l); j++) {
        buf.putDouble(net.bias(l, j));
      }
    }
    byte[] bytes = buf.array();
    AtomicFile.write(file, out -> out.write(bytes));
  }

  private static long addTensor(JsonObject header, String name, int[] shape, long offset) {
    long n = 8;
    JsonArray s = new JsonArray();
    for (int d : shape) {
      n *= d;
      s.add(d);
    }
    JsonObject t = new JsonObject();
    t.addProperty("dtype", "F64");
    t.add("shape", s);
    JsonArray offs = new JsonArray();
    offs.add(offset);
    offs.add(offset + n);
    t.add("data_offsets", offs);
    header.add(name, t);
    return offset + n;
  }

  /** Loads a model, checking it is a whole, consistent glassbox model. */
  public static Model load(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ModelException(file, "no such model file");
    } catch (IOException e) {
      throw new ModelException(file, "cannot read: " + e.getMessage(), e);
    }
    if (bytes.length < 8) {
      throw new ModelException(file, "truncated: " + bytes.length + " bytes, not even a header length");
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long n = buf.getLong();
    if (n <= 0 || n > MAX_HEADER) {
      throw new ModelException(file, "not a safetensors model (header length " + n + " is implausible)");
    }
    if (8 + n > bytes.length) {
      throw new ModelException(file,
          "truncated: the header needs " + n + " bytes but only " + (bytes.length - 8) + " follow");
    }
    JsonObject header;
    try {
      JsonReader reader = new JsonReader(new StringReader(new String(bytes, 8, (int) n, StandardCharsets.UTF_8)));
      reader.setStrictness(Strictness.STRICT);
      header = JsonParser.parseReader(reader).getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      throw new ModelException(file, "corrupt: the header is not a JSON object");
    }
    Map<String, String> meta = metadata(file, header);
    long dataStart = 8 + n;
    long dataLength = bytes.length - dataStart;
    checkSizesFit(file, meta, dataLength);
    Network net = emptyNetwork(file, meta);
    long expectedEnd = 0;
    for (int l = 1; l < net.layers(); l++) {
      double[] w = readTensor(file, header, "weights." + l, new int[] {net.size(l), net.size(l - 1)},
          buf, dataStart, dataLength);
      for (int j = 0; j < net.size(l); j++) {
        for (int k = 0; k < net.size(l - 1); k++) {
          net.setWeight(l, j, k, w[j * net.size(l - 1) + k]);
        }
      }
      double[] b = readTensor(file, header, "biases." + l, new int[] {net.size(l)}, buf, dataStart, dataLength);
      System.arraycopy(b, 0, net.biases[l], 0, b.length);
      expectedEnd += 8L * (w.length + b.length);
    }
    if (expectedEnd != dataLength) {
      throw new ModelException(file, "corrupt: " + dataLength + " data bytes, the tensors cover " + expectedEnd);
    }
    if (!net.isFinite()) {
      throw new ModelException(file, "corrupt: the model holds NaN or infinite parameters");
    }
    return new Model(net, meta);
  }

  /**
   * Loads a model and checks its layer sizes are {@code expected}.
   *
   * @throws ModelException naming both sizes when they differ
   */
  public static Model load(Path file, int[] expected) {
    Model m = load(file);
    if (!Arrays.equals(m.network().sizes(), expected)) {
      StringBuilder want = new StringBuilder();
      for (int i = 0; i < expected.length; i++) {
        want.append(i == 0 ? "" : ",").append(expected[i]);
      }
      throw new ModelException(file,
          "the model has layers " + m.network().sizesString() + ", but " + want + " were asked for");
    }
    return m;
  }

  private static Map<String, String> metadata(Path file, JsonObject header) {
    JsonElement m = header.get("__metadata__");
    if (m == null || !m.isJsonObject()) {
      throw new ModelException(file, "not a glassbox model: no __metadata__ in the header");
    }
    Map<String, String> meta = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> e : m.getAsJsonObject().entrySet()) {
      if (!e.getValue().isJsonPrimitive()) {
        throw new ModelException(file, "corrupt: metadata \"" + e.getKey() + "\" is not a string");
      }
      meta.put(e.getKey(), e.getValue().getAsString());
    }
    if (!FORMAT.equals(meta.get("format"))) {
      throw new ModelException(file, "not a glassbox model (metadata format is " + meta.get("format") + ")");
    }
    return meta;
  }

  // the layer sizes must describe no more doubles than the file holds, before anything is allocated
  private static void checkSizesFit(Path file, Map<String, String> meta, long dataLength) {
    String[] s = require(file, meta, "sizes").split(",");
    long doubles = 0;
    long prev = -1;
    for (String part : s) {
      long size;
      try {
        size = Long.parseLong(part.trim());
      } catch (NumberFormatException e) {
        throw new ModelException(file, "corrupt metadata: sizes \"" + meta.get("sizes") + "\" are not numbers");
      }
      if (size < 1 || size > Integer.MAX_VALUE) {
        throw new ModelException(file, "corrupt metadata: layer size " + size + " in \"" + meta.get("sizes") + "\"");
      }
      if (prev > 0) {
        doubles += prev * size + size;
        if (doubles > dataLength / 8) {
          throw new ModelException(file, "corrupt: the layer sizes " + meta.get("sizes") + " need more than the "
              + dataLength + " data bytes the file holds");
        }
      }
      prev = size;
    }
  }

  private static Network emptyNetwork(Path file, Map<String, String> meta) {
    try {
      String[] s = require(file, meta, "sizes").split(",");
      int[] sizes = new int[s.length];
      for (int i = 0; i < s.length; i++) {
        sizes[i] = Integer.parseInt(s[i].trim());
      }
      String[] a = require(file, meta, "activations").split(",");
      if (a.length != sizes.length - 1) {
        throw new ModelException(file,
            "corrupt: " + a.length + " activations for " + (sizes.length - 1) + " layers");
      }
      Activation[] acts = new Activation[sizes.length];
      for (int l = 1; l < sizes.length; l++) {
        acts[l] = Activation.parse(a[l - 1]);
      }
      return new Network(sizes, acts, Cost.parse(require(file, meta, "cost")));
    } catch (IllegalArgumentException e) {
      throw new ModelException(file, "corrupt metadata: " + e.getMessage());
    }
  }

  private static String require(Path file, Map<String, String> meta, String key) {
    String v = meta.get(key);
    if (v == null) {
      throw new ModelException(file, "corrupt: metadata has no \"" + key + "\"");
    }
    return v;
  }

  private static double[] readTensor(Path file, JsonObject header, String name, int[] shape,
      ByteBuffer buf, long dataStart, long dataLength) {
    JsonElement e = header.get(name);
    if (e == null || !e.isJsonObject()) {
      throw new ModelException(file, "corrupt: tensor " + name + " is missing");
    }
    JsonObject t = e.getAsJsonObject();
    try {
      String dtype = t.get("dtype").getAsString();
      if (!"F64".equals(dtype)) {
        throw new ModelException(file, "tensor " + name + " has dtype " + dtype + ", expected F64");
      }
      JsonArray s = t.getAsJsonArray("shape");
      int[] got = new int[s.size()];
      for (int i = 0; i < got.length; i++) {
        got[i] = s.get(i).getAsInt();
      }
      if (!Arrays.equals(got, shape)) {
        throw new ModelException(file, "tensor " + name + " has shape " + Arrays.toString(got)
            + ", the layer sizes need " + Arrays.toString(shape));
      }
      JsonArray o = t.getAsJsonArray("data_offsets");
      long begin = o.get(0).getAsLong();
      long end = o.get(1).getAsLong();
      long count = 1;
      for (int d : shape) {
        count *= d;
      }
      if (begin < 0 || end > dataLength || end - begin != 8 * count) {
        throw new ModelException(file, "corrupt: tensor " + name + " offsets [" + begin + ", " + end
            + ") do not fit " + dataLength + " data bytes and " + count + " values");
      }
      double[] v = new double[(int) count];
      ByteBuffer view = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
      view.position((int) (dataStart + begin));
      view.asDoubleBuffer().get(v);
      return v;
    } catch (NullPointerException | ClassCastException | IllegalStateException | IndexOutOfBoundsException ex) {
      throw new ModelException(file, "corrupt: tensor " + name + " has a malformed entry");
    }
  }
}
