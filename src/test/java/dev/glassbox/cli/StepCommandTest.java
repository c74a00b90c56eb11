package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.glassbox.notation.Value;
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

    assertTrue(text.contains("z² = w² a¹ + b²"), text);
    assertTrue(text.contains("δ³ = (a³ - y) ⊙ σ'(z³)"), text);
    assertTrue(text.contains("∂C/∂w² = δ² (a¹)ᵀ"), text);
    assertTrue(text.contains("= " + Value.of(o.get("cost").getAsDouble()).text()), text);
    assertTrue(text.contains("label " + o.getAsJsonObject("sample").get("label").getAsInt()), text);
    JsonArray output = o.getAsJsonArray("output");
    JsonArray layers = o.getAsJsonArray("layers");
    JsonArray deltaOut = layers.get(layers.size() - 1).getAsJsonObject().getAsJsonArray("delta");
    JsonArray deltaHidden = layers.get(0).getAsJsonObject().getAsJsonArray("delta");
    String outputLine = line(text, "a³ = σ([");
    String deltaLine = line(text, "δ³ = ([");
    String hiddenLine = line(text, "δ² = [");
    // every output and output δ is shown (10 entries, whole), and the hidden δ of largest size
    for (int j = 0; j < 10; j++) {
      assertTrue(outputLine.contains(Value.of(output.get(j).getAsDouble()).text()), outputLine);
      assertTrue(deltaLine.contains(Value.of(deltaOut.get(j).getAsDouble()).text()), deltaLine);
    }
    int big = 0;
    for (int j = 1; j < deltaHidden.size(); j++) {
      big = Math.abs(deltaHidden.get(j).getAsDouble()) > Math.abs(deltaHidden.get(big).getAsDouble()) ? j : big;
    }
    assertTrue(hiddenLine.contains("(" + big + ") " + Value.of(deltaHidden.get(big).getAsDouble()).text()), hiddenLine);
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
    assertTrue(text.contains("z²₀ = Σₖ w²₀ₖ a¹ₖ + b²₀"), text);
  }

  private static List<Integer> headers(String text) {
    List<Integer> h = new ArrayList<>();
    Matcher m = Pattern.compile("^(?:> )*\\[(\\d+)/\\d+\\]", Pattern.MULTILINE).matcher(text);
    while (m.find()) {
      h.add(Integer.parseInt(m.group(1)));
    }
    return h;
  }

  @Test
  void theLessonWalksEveryStepInWordsAndEndsWithTheCostAfterTheUpdate() {
    String text = run(new LessonCommand(new ByteArrayInputStream(new byte[0])), "--text", "--all", "--image", "8");
    // every step ("[i/n] ..." to the next one) has its sentences under its numbers
    String[] blocks = text.split("\\n(?=\\[\\d+/\\d+\\] )");
    assertEquals(15, blocks.length, text);
    for (int i = 1; i < blocks.length; i++) {
      assertTrue(blocks[i].contains("\n  why:      "), blocks[i]);
    }
    assertTrue(text.contains("why:      The image enters the network"), text);
    assertTrue(text.contains("why:      The cost says how wrong the answer is: C = "), text);
    assertTrue(text.contains("why:      Did it help? The same image, run again through the updated weights: C = "), text);
    // the plain stepper has none
    assertFalse(run(step(""), "--text", "--all", "--image", "8").contains("why:"));
  }

  @Test
  void withDropoutTheStepperShowsTheMaskOfTheImagesTrainingRow() {
    String text = run(step(""), "--text", "--all", "--image", "4", "--dropout", "0.5");
    assertTrue(text.contains("a² = σ(z²) ⊙ m²"), text);
    assertTrue(text.contains("δ² = ((w³)ᵀ δ³) ⊙ σ'(z²) ⊙ m²"), text);
    Matcher m = Pattern.compile("dropout P = 0.5 dropped (\\d+) of these (\\d+) neurons").matcher(text);
    assertTrue(m.find(), text);
    int dropped = Integer.parseInt(m.group(1));
    int n = Integer.parseInt(m.group(2));
    int expected = 0;
    dev.glassbox.network.Dropout d = new dev.glassbox.network.Dropout(0.5, 3, 1);
    for (int j = 0; j < n; j++) {
      expected += d.kept(4, 1, j) ? 0 : 1;
    }
    assertEquals(expected, dropped, "image 4 takes training row 4's mask (seed 3, epoch 1)");
    assertFalse(run(step(""), "--text", "--all", "--image", "4").contains("m²"), "no mask without --dropout");
  }

  @Test
  void aDropoutOfOneIsAUsageError() {
    CommandLine cl = new CommandLine(step(""));
    cl.setOut(new PrintWriter(new StringWriter()));
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertEquals(2, cl.execute("--text", "--all", "--dropout", "1"));
    assertTrue(err.toString().contains("--dropout must be in [0, 1), got 1.0"), err.toString());
  }
}
