package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glassbox nudge}: the comparison, the table whose ratio tends to 1, and its usage errors. */
class NudgeCommandTest {
  @TempDir Path tmp;

  // the ratio column of the table: the number after the two ΔC columns
  private static List<Double> ratios(String out) {
    List<Double> r = new ArrayList<>();
    Pattern row = Pattern.compile("^\\s+\\S+\\s+(-?[0-9.e+-]+)\\s+(-?[0-9.e+-]+)\\s+([0-9.e+-]+)\\s+\\S+$",
        Pattern.MULTILINE);
    Matcher m = row.matcher(out.substring(out.indexOf("Smaller nudges")));
    while (m.find()) {
      r.add(Double.parseDouble(m.group(3)));
    }
    return r;
  }

  @Test
  void aWeightNudgePrintsTheComparisonAndTheRatioTendsToOne() throws Exception {
    Path model = Path.of("data/models/default.safetensors");
    byte[] before = Files.readAllBytes(model);
    Run r = Run.of("nudge", "--image", "8", "--weight", "2:2:425", "--by", "0.1");
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertTrue(out.contains("nudge w²₂,₄₂₅, the weight into neuron 2 of layer 2 from pixel 425, by 0.1"), out);
    assertTrue(out.contains("C' = C + ΔC = "), out);
    assertTrue(out.contains("∂C/∂w²₂,₄₂₅ Δw²₂,₄₂₅ = "), out);
    assertTrue(out.contains("actual: the network's forward pass run again"), out);
    assertTrue(out.contains("neuron 2 of layer 2: z²₂ "), out);
    List<Double> ratios = ratios(out);
    assertEquals(NudgeCommand.ROWS, ratios.size(), out);
    for (int i = 1; i < ratios.size(); i++) {
      assertTrue(Math.abs(ratios.get(i) - 1) < Math.abs(ratios.get(i - 1) - 1), "row " + i + ": " + ratios);
    }
    assertTrue(Math.abs(ratios.get(ratios.size() - 1) - 1) < 1e-4, ratios.toString());
    assertArrayEquals(before, Files.readAllBytes(model), "the model file is never changed");
  }

  @Test
  void aBiasAndAPixelToo() {
    Run r = Run.of("nudge", "--image", "8", "--bias", "3:5", "--by", "-0.5");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("nudge b³₅, the bias of neuron 5 of layer 3, by -0.5"), r.out());
    assertEquals(NudgeCommand.ROWS, ratios(r.out()).size(), r.out());
    r = Run.of("nudge", "--image", "8", "--pixel", "237", "--by", "0.05");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("nudge x₂₃₇, pixel 237 of the input image, by 0.05"), r.out());
    assertTrue(r.out().contains("x'₂₃₇ = x₂₃₇ + Δx₂₃₇ = "), r.out());
  }

  @Test
  void badIndicesAreUsageErrorsNamingTheOptionAndTheRange() {
    String[][] cases = {
      {"--weight", "4:1:1", "--weight 4:1:1: the layer L must be 2..3"},
      {"--weight", "1:1:1", "--weight 1:1:1: the layer L must be 2..3"},
      {"--weight", "2:30:1", "--weight 2:30:1: the neuron J must be 0..29 (layer 2 has 30)"},
      {"--weight", "3:0:30", "--weight 3:0:30: the input K must be 0..29 (layer 2 has 30)"},
      {"--weight", "2:0:784", "--weight 2:0:784: the input K must be 0..783 (layer 1, the input, has 784)"},
      {"--weight", "2:1", "--weight wants L:J:K in the book's layer numbering"},
      {"--weight", "two:1:1", "--weight wants L:J:K"},
      {"--bias", "3:10", "--bias 3:10: the neuron J must be 0..9 (layer 3 has 10)"},
      {"--bias", "2:1:1", "--bias wants L:J"},
      {"--pixel", "784", "--pixel 784: the pixel K must be 0..783"},
      {"--pixel", "-1", "--pixel -1: the pixel K must be 0..783"},
    };
    for (String[] c : cases) {
      Run r = Run.of("nudge", "--image", "8", c[0], c[1]);
      assertEquals(2, r.code(), String.join(" ", c) + ": " + r.err());
      assertTrue(r.err().startsWith(c[2]), String.join(" ", c) + ": " + r.err());
      assertTrue(r.err().contains("Usage: glassbox nudge"), r.err());
    }
    assertEquals(2, Run.of("nudge", "--image", "8").code(), "one of --weight, --bias, --pixel");
    assertEquals(2, Run.of("nudge", "--image", "8", "--bias", "2:0", "--pixel", "3").code());
    assertEquals(2, Run.of("nudge", "--image", "8", "--bias", "2:0", "--by", "NaN").code());
  }

  @Test
  void renderPinTakesTheSameIndices() {
    Path png = tmp.resolve("x.png");
    Run r = Run.of("render", "--image", "8", "--pin", "2:30", "--out", png.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("--pin 2:30: the neuron J must be 0..29 (layer 2 has 30)"), r.err());
    r = Run.of("render", "--image", "8", "--pin", "1:3", "--out", png.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("--pin 1:3: the layer L must be 2..3"), r.err());
  }
}
