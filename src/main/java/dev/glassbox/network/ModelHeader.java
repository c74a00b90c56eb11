package dev.glassbox.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The safetensors JSON header of a model file, read strictly: one JSON object and nothing after
 * it but padding, no key twice, and every tensor entry typed as the format says
 * ({@code dtype} a string, {@code shape} whole numbers, {@code data_offsets} two whole numbers)
 * with the tensors filling the data exactly, back to back. Every failure is a
 * {@link ModelException} naming the file.
 */
final class ModelHeader {
  private static final int MAX_DEPTH = 16;

  private ModelHeader() {}

  /** Parses the header text into a JSON object. */
  static JsonObject parse(Path file, String text) {
    try (JsonReader r = new JsonReader(new StringReader(text))) {
      r.setStrictness(Strictness.STRICT);
      if (r.peek() != JsonToken.BEGIN_OBJECT) {
        throw new ModelException(file, "corrupt: the header is not a JSON object");
      }
      JsonObject o = value(file, r, 0).getAsJsonObject();
      if (!ended(r)) {
        throw new ModelException(file, "corrupt: the header has more after its JSON object");
      }
      return o;
    } catch (IOException | IllegalStateException | NumberFormatException e) {
      // gson's MalformedJsonException is an IOException; a trailing value makes peek() throw
      throw new ModelException(file, "corrupt: the header is not a JSON object"
          + (e.getMessage() == null ? "" : " (" + firstLine(e.getMessage()) + ")"));
    }
  }

  // strict gson throws on a second top-level value rather than reporting it
  private static boolean ended(JsonReader r) {
    try {
      return r.peek() == JsonToken.END_DOCUMENT;
    } catch (IOException | IllegalStateException e) {
      return false;
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 120 ? line.substring(0, 120) + "…" : line;
  }

  private static JsonElement value(Path file, JsonReader r, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new ModelException(file, "corrupt: the header nests deeper than " + MAX_DEPTH + " levels");
    }
    switch (r.peek()) {
      case BEGIN_OBJECT -> {
        JsonObject o = new JsonObject();
        r.beginObject();
        while (r.hasNext()) {
          String key = r.nextName();
          if (o.has(key)) {
            throw new ModelException(file, "corrupt: the header has the key \"" + key + "\" twice");
          }
          o.add(key, value(file, r, depth + 1));
        }
        r.endObject();
        return o;
      }
      case BEGIN_ARRAY -> {
        JsonArray a = new JsonArray();
        r.beginArray();
        while (r.hasNext()) {
          a.add(value(file, r, depth + 1));
        }
        r.endArray();
        return a;
      }
      case STRING -> {
        return new JsonPrimitive(r.nextString());
      }
      case NUMBER -> {
        return new JsonPrimitive(new LazilyParsedNumber(r.nextString()));
      }
      case BOOLEAN -> {
        return new JsonPrimitive(r.nextBoolean());
      }
      case NULL -> {
        r.nextNull();
        return JsonNull.INSTANCE;
      }
      default -> throw new ModelException(file, "corrupt: the header is not a JSON object");
    }
  }

  /**
   * Every tensor entry (all keys but {@code __metadata__}) as {begin, end, shape...}, checked:
   * dtype F64, a shape of non-negative whole numbers whose product times 8 is end - begin, and
   * offsets that tile [0, dataLength) with no overlap and no gap.
   */
  static Map<String, long[]> tensors(Path file, JsonObject header, long dataLength) {
    Map<String, long[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> e : header.entrySet()) {
      String name = e.getKey();
      if (name.equals("__metadata__")) {
        continue;
      }
      if (!e.getValue().isJsonObject()) {
        throw new ModelException(file, "corrupt: tensor " + name + " is not a JSON object");
      }
      JsonObject t = e.getValue().getAsJsonObject();
      String dtype = string(file, name, t, "dtype");
      if (!"F64".equals(dtype)) {
        throw new ModelException(file, "tensor " + name + " has dtype " + dtype + ", expected F64");
      }
      long[] shape = whole(file, name, t, "shape", -1);
      long[] offs = whole(file, name, t, "data_offsets", 2);
      long count = 1;
      for (long d : shape) {
        count = d == 0 || count <= dataLength / 8 / d ? count * d : dataLength; // capped: no overflow
      }
      long begin = offs[0];
      long end = offs[1];
      if (end < begin || end > dataLength || count > dataLength / 8 || end - begin != 8 * count) {
        throw new ModelException(file, "corrupt: tensor " + name + " offsets [" + begin + ", " + end
            + ") do not fit " + dataLength + " data bytes and " + count + " values");
      }
      long[] row = new long[2 + shape.length];
      row[0] = begin;
      row[1] = end;
      System.arraycopy(shape, 0, row, 2, shape.length);
      out.put(name, row);
    }
    checkTiling(file, out, dataLength);
    return out;
  }

  // the format promises the tensors fill the data exactly: sorted by begin, each starts where the last ended
  private static void checkTiling(Path file, Map<String, long[]> tensors, long dataLength) {
    List<Map.Entry<String, long[]>> sorted = new ArrayList<>(tensors.entrySet());
    sorted.sort(Comparator.comparingLong(e -> e.getValue()[0]));
    long at = 0;
    String last = null;
    for (Map.Entry<String, long[]> e : sorted) {
      long begin = e.getValue()[0];
      if (begin < at) {
        throw new ModelException(file, "corrupt: tensor " + e.getKey() + " at bytes [" + begin + ", "
            + e.getValue()[1] + ") overlaps " + last + ", which ends at " + at);
      }
      if (begin > at) {
        throw new ModelException(file, "corrupt: a gap of " + (begin - at) + " bytes before tensor "
            + e.getKey() + " (data bytes [" + at + ", " + begin + ") belong to no tensor)");
      }
      at = e.getValue()[1];
      last = e.getKey();
    }
    if (at != dataLength) {
      throw new ModelException(file, "corrupt: " + dataLength + " data bytes, the tensors cover " + at);
    }
  }

  private static String string(Path file, String name, JsonObject t, String key) {
    JsonElement v = t.get(key);
    if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
      throw new ModelException(file, "corrupt: tensor " + name + " has " + key + " " + v + ", not a string");
    }
    return v.getAsString();
  }

  // an array of whole numbers >= 0 (of the given length, or any when length < 0)
  private static long[] whole(Path file, String name, JsonObject t, String key, int length) {
    JsonElement v = t.get(key);
    String what = length < 0 ? "a list of whole numbers" : "a list of " + length + " whole numbers";
    if (v == null || !v.isJsonArray() || (length >= 0 && v.getAsJsonArray().size() != length)
        || v.getAsJsonArray().size() > 8) {
      throw new ModelException(file, "corrupt: tensor " + name + " has " + key + " " + shorten(v) + ", not " + what);
    }
    JsonArray a = v.getAsJsonArray();
    long[] out = new long[a.size()];
    for (int i = 0; i < out.length; i++) {
      JsonElement x = a.get(i);
      long n;
      try {
        if (!x.isJsonPrimitive() || !x.getAsJsonPrimitive().isNumber()) {
          throw new NumberFormatException();
        }
        n = x.getAsJsonPrimitive().getAsBigDecimal().longValueExact();
      } catch (NumberFormatException | ArithmeticException e) {
        throw new ModelException(file, "corrupt: tensor " + name + " has " + key + " " + shorten(v) + ", not " + what);
      }
      if (n < 0) {
        throw new ModelException(file, "corrupt: tensor " + name + " has " + key + " " + shorten(v) + ", not " + what);
      }
      out[i] = n;
    }
    return out;
  }

  private static String shorten(JsonElement v) {
    String s = String.valueOf(v);
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
