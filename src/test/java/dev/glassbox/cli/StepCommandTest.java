package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.glassbox.trace.Num;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The text stepper prints the same numbers the trace JSON holds, and its keys move the cursor.
 * Runs against the bundled MNIST test set; without a default model the network is the untrained
 * seed-1 one.
 */
class StepCommandTest {
  private static String run(Object command, String... args) {
    CommandLine cl = new CommandLine(command);
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    cl.setExecutionExceptionHandler((ex, c, p) -> {
      throw ex;
    });
    assertEquals(0, cl.execute(args));
    return out.toString();
  }

  private static StepCommand step(String keys) {
    return new StepCommand(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void allStepsShowTheNumbersOfTheTraceJson(@TempDir Path dir) throws Exception {
    String text = run(step(""), "--text", "--all", "--image", "0");
    Path json = dir.resolve("trace.json");
    run(new TraceCommand(new DataTestImages()), "--image", "0", "--out", json.toString(), "--csv", dir.resolve("csv").toString());
    JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();

    assertTrue(text.contains("z^2 = w^2 a^1 + b^2"), text);
    assertTrue(text.contains("δ^L = (a^L - y) ⊙ σ'(z^L)"), text);
    assertTrue(text.contains("∂C/∂w^2_jk = a^1_k δ^2_j"), text);
    assertTrue(text.contains("C = " + Num.format(o.get("cost").getAsDouble())), text);
    assertTrue(text.contains("label " + o.getAsJsonObject("sample").get("label").getAsInt()), text);
    JsonArray output = o.getAsJsonArray("output");
    JsonArray layers = o.getAsJsonArray("layers");
    JsonArray deltaOut = layers.get(layers.size() - 1).getAsJsonObject().getAsJsonArray("delta");
    JsonArray deltaHidden = layers.get(0).getAsJsonObject().getAsJsonArray("delta");
    String outputLine = line(text, "numbers:  a^3 = σ(");
    String deltaLine = line(text, "numbers:  L = 3: δ^L = (");
    String hiddenLine = line(text, "numbers:  δ^2 = ((w^3)^T");
    for (int j = 0; j < 4; j++) {
      assertTrue(outputLine.contains(Num.format(output.get(j).getAsDouble())), outputLine);
      assertTrue(deltaLine.contains(Num.format(deltaOut.get(j).getAsDouble())), deltaLine);
      assertTrue(hiddenLine.contains(Num.format(deltaHidden.get(j).getAsDouble())), hiddenLine);
    }
    assertTrue(Files.isRegularFile(dir.resolve("csv").resolve("layer2_nablaW.csv")));
  }

  private static String line(String text, String start) {
    for (String l : text.split("\n")) {
      if (l.contains(start)) {
        return l;
      }
    }
    throw new AssertionError("no line with " + start);
  }

  @Test
  void keysMoveTheCursor() {
    // Enter, Enter, b, l, q: steps 1 → 2 → 3 → 2 → (next layer) 4, then quit
    String text = run(step("\n\nb\nl\nq\n"), "--text", "--image", "0");
    assertEquals(List.of(1, 2, 3, 2, 4), headers(text));
  }

  @Test
  void endOfInputQuitsAndNeuronGranularityWorks() {
    String text = run(step("\n"), "--image", "3", "--granularity", "neuron");
    List<Integer> h = headers(text);
    assertEquals(List.of(1, 2), h);
    assertTrue(text.contains("z^2_0 = Σ_k w^2_0k a^1_k + b^2_0"), text);
  }

  private static List<Integer> headers(String text) {
    List<Integer> h = new ArrayList<>();
    Matcher m = Pattern.compile("^(?:> )*\\[(\\d+)/\\d+\\]", Pattern.MULTILINE).matcher(text);
    while (m.find()) {
      h.add(Integer.parseInt(m.group(1)));
    }
    return h;
  }
}
