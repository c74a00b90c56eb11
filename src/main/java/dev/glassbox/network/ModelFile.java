package dev.glassbox.network;

import com.google.gson.Gson;
import dev.glassbox.io.AtomicFile;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.StandardOpenOption;
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

  /** Metadata key of the SHA-256 of the tensor bytes (hex), checked on load. */
  public static final String CHECKSUM = "tensors_sha256";

  /**
   * A loaded model: the network and its metadata (training facts included).
   *
   * @param note one line to show the user (the file records no checksum), or null
   */
  public record Model(Network network, Map<String, String> metadata, String note) {}

  /**
   * Writes {@code net} atomically: a temporary file in the same folder, then a rename, so a crash
   * never leaves a half-written model and an existing model is replaced only by a whole one.
   *
   * @param facts extra metadata (training facts); may be empty
   */
  public static void save(Network net, Path file, Map<String, String> facts) throws IOException {
    byte[] bytes = encode(net, file, facts);
    AtomicFile.write(file, out -> out.write(bytes));
  }

  /**
   * The whole file {@link #save} writes, for writing together with other files (see
   * {@link AtomicFile#writeAll}).
   *
   * @param file named in the error when the network holds NaN or infinite values
   */
  public static byte[] encode(Network net, Path file, Map<String, String> facts) {
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

    long offset = 0;
    for (int l = 1; l < net.layers(); l++) {
      offset += 8L * net.size(l) * (net.size(l - 1) + 1);
    }
    ByteBuffer data = ByteBuffer.allocate(Math.toIntExact(offset)).order(ByteOrder.LITTLE_ENDIAN);
    for (int l = 1; l < net.layers(); l++) {
      for (int j = 0; j < net.size(l); j++) {
        for (int k = 0; k < net.size(l - 1); k++) {
          data.putDouble(net.weight(l, j, k));
        }
      }
      for (int j = 0; j < net.size(l); j++) {
        data.putDouble(net.bias(l, j));
      }
    }
    meta.put(CHECKSUM, dev.glassbox.io.Sha256.hex(data.array()));

    JsonObject header = new JsonObject();
    JsonObject metaJson = new JsonObject();
    meta.forEach(metaJson::addProperty);
    header.add("__metadata__", metaJson);
    offset = 0;
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
    buf.put(data.array());
    return buf.array();
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

  /**
   * Loads a model, checking it is a whole, consistent glassbox model: sizes against the file
   * before anything large is read or allocated, a strict header (no trailing junk, no duplicate
   * keys, a known version, typed entries), tensors that fill the data exactly, and the SHA-256
   * of the tensor bytes when the file records one.
   */
  public static Model load(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return read(file, ch);
    } catch (NoSuchFileException e) {
      throw new ModelException(file, "no such model file");
    } catch (AccessDeniedException e) {
      throw new ModelException(file, "cannot read: permission denied");
    } catch (IOException e) {
      throw new ModelException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  private static Model read(Path file, FileChannel ch) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ModelException(file, "not a model file (a folder or a device)");
    }
    long size = ch.size();
    if (size < 8) {
      throw new ModelException(file, "truncated: " + size + " bytes, not even a header length");
    }
    long n = readFully(ch, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    if (n <= 0 || n > MAX_HEADER) {
      throw new ModelException(file, "not a safetensors model (header length " + n + " is implausible)");
    }
    if (8 + n > size) {
      throw new ModelException(file,
          "truncated: the header needs " + n + " bytes but only " + (size - 8) + " follow");
    }
    ByteBuffer hb = readFully(ch, 8, (int) n);
    JsonObject header = ModelHeader.parse(file, new String(hb.array(), StandardCharsets.UTF_8));
    Map<String, String> meta = metadata(file, header);
    long dataLength = size - 8 - n;
    int[] sizes = sizes(file, meta, dataLength);
    Network net = emptyNetwork(file, meta, sizes);
    Map<String, long[]> offsets = ModelHeader.tensors(file, header, dataLength);
    for (int l = 1; l < net.layers(); l++) {
      expect(file, offsets, "weights." + l, new int[] {net.size(l), net.size(l - 1)});
      expect(file, offsets, "biases." + l, new int[] {net.size(l)});
    }
    // only now, with every size checked against the file, is the data read
    ByteBuffer data = readFully(ch, 8 + n, (int) dataLength).order(ByteOrder.LITTLE_ENDIAN);
    String note = checksum(file, meta, data.array());
    for (int l = 1; l < net.layers(); l++) {
      int in = net.size(l - 1);
      int pos = (int) offsets.get("weights." + l)[0];
      for (int j = 0; j < net.size(l); j++) {
        for (int k = 0; k < in; k++) {
          net.setWeight(l, j, k, data.getDouble(pos + 8 * (j * in + k)));
        }
      }
      pos = (int) offsets.get("biases." + l)[0];
      for (int j = 0; j < net.size(l); j++) {
        net.biases[l][j] = data.getDouble(pos + 8 * j);
      }
    }
    if (!net.isFinite()) {
      throw new ModelException(file, "corrupt: the model holds NaN or infinite parameters");
    }
    return new Model(net, meta, note);
  }

  private static ByteBuffer readFully(FileChannel ch, long at, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length);
    while (b.hasRemaining()) {
      if (ch.read(b, at + b.position()) < 0) {
        throw new IOException("the file ended early (it changed while being read?)");
      }
    }
    b.flip();
    return b;
  }

  // verifies the recorded SHA-256 of the tensor bytes; null when it matches, a note when none is recorded
  private static String checksum(Path file, Map<String, String> meta, byte[] data) {
    String recorded = meta.get(CHECKSUM);
    if (recorded == null) {
      return file + ": no " + CHECKSUM + " checksum in the metadata (written by another tool or an"
          + " older Glassbox), so damage to its numbers cannot be detected";
    }
    String actual = dev.glassbox.io.Sha256.hex(data);
    if (!actual.equalsIgnoreCase(recorded.trim())) {
      throw new ModelException(file, "corrupt: the tensor data does not match the checksum saved with it"
          + " (SHA-256 " + abbreviate(actual) + " instead of " + abbreviate(recorded)
          + "): the file was damaged or edited after it was saved; retrain or restore it");
    }
    return null;
  }

  private static String abbreviate(String hex) {
    return hex.length() > 12 ? hex.substring(0, 12) + "…" : hex;
  }


  private static void expect(Path file, Map<String, long[]> offsets, String name, int[] shape) {
    long[] t = offsets.get(name);
    if (t == null) {
      throw new ModelException(file, "corrupt: tensor " + name + " is missing");
    }
    long[] got = Arrays.copyOfRange(t, 2, t.length);
    long[] want = Arrays.stream(shape).asLongStream().toArray();
    if (!Arrays.equals(got, want)) {
      throw new ModelException(file, "tensor " + name + " has shape " + Arrays.toString(got)
          + ", the layer sizes need " + Arrays.toString(want));
    }
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
      JsonElement v = e.getValue();
      if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
        throw new ModelException(file, "corrupt: metadata \"" + e.getKey() + "\" is not a string");
      }
      meta.put(e.getKey(), v.getAsString());
    }
    if (!FORMAT.equals(meta.get("format"))) {
      throw new ModelException(file, "not a glassbox model (metadata format is " + meta.get("format") + ")");
    }
    if (!VERSION.equals(meta.get("version"))) {
      throw new ModelException(file, "model format version " + meta.get("version") + " is not one this"
          + " Glassbox reads (it reads version " + VERSION + "; a newer Glassbox may have written it)");
    }
    return meta;
  }

  // the layer sizes, checked against the data the file holds and the memory the JVM has, before
  // anything is allocated
  private static int[] sizes(Path file, Map<String, String> meta, long dataLength) {
    String[] s = require(file, meta, "sizes").split(",", -1);
    if (s.length < 2 || s.length > 64) {
      throw new ModelException(file, "corrupt metadata: sizes \"" + meta.get("sizes") + "\" need 2 to 64 layers");
    }
    int[] sizes = new int[s.length];
    long doubles = 0;
    for (int i = 0; i < s.length; i++) {
      long size;
      try {
        size = Long.parseLong(s[i].trim());
      } catch (NumberFormatException e) {
        throw new ModelException(file, "corrupt metadata: sizes \"" + meta.get("sizes") + "\" are not numbers");
      }
      if (size < 1 || size > Integer.MAX_VALUE) {
        throw new ModelException(file, "corrupt metadata: layer size " + size + " in \"" + meta.get("sizes") + "\"");
      }
      sizes[i] = (int) size;
      if (i > 0) {
        doubles += (long) sizes[i - 1] * size + size;
        if (doubles > dataLength / 8) {
          throw new ModelException(file, "corrupt: the layer sizes " + meta.get("sizes") + " need more than the "
              + dataLength + " data bytes the file holds");
        }
      }
    }
    if (doubles * 8 != dataLength) {
      throw new ModelException(file, "corrupt: " + dataLength + " data bytes, the layer sizes "
          + meta.get("sizes") + " need " + doubles * 8);
    }
    try {
      Network.checkFits(sizes, "its network " + meta.get("sizes"), 2); // the network and the file's bytes
    } catch (IllegalArgumentException e) {
      throw new ModelException(file, e.getMessage());
    }
    return sizes;
  }

  private static Network emptyNetwork(Path file, Map<String, String> meta, int[] sizes) {
    try {
      String[] a = require(file, meta, "activations").split(",", -1);
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

}
