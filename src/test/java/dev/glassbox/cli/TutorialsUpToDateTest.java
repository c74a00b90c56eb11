package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed tutorials and docs/cli.md are what {@code glassbox tutorials} writes now. Markdown
 * must match exactly (every number comes from the code, so a changed number means stale prose).
 * Pictures are compared tolerantly, since fonts and anti-aliasing differ between machines: the
 * same set of files, the same sizes, and at most 3% of pixels differing by more than 48 levels in
 * a channel.
 */
class TutorialsUpToDateTest {
  private static final Path COMMITTED = Path.of("tutorials");
  @TempDir static Path dir;
  static Run run;

  @BeforeAll
  static void regenerate() {
    run = Run.of("tutorials", "--out", dir.resolve("tutorials").toString(),
        "--cli-doc", dir.resolve("cli.md").toString());
  }

  private static final String HOW = " is out of date: run ./glassbox tutorials and commit the result";

  @Test
  void theCommandSucceeds() {
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("wrote " + Tutorials.NAMES.size() + " tutorials"), run.out());
  }

  @Test
  void everyTutorialMatchesTheCommittedOne() throws IOException {
    List<String> names = markdown(dir.resolve("tutorials"));
    assertEquals(markdown(COMMITTED), names, "the set of tutorials" + HOW);
    for (String n : names) {
      assertEquals(Files.readString(COMMITTED.resolve(n)), Files.readString(dir.resolve("tutorials").resolve(n)),
          "tutorials/" + n + HOW);
    }
  }

  @Test
  void theCliReferenceMatches() throws IOException {
    assertEquals(Files.readString(Path.of("docs", "cli.md")), Files.readString(dir.resolve("cli.md")),
        "docs/cli.md" + HOW);
  }

  @Test
  void theCliReferenceHasEveryVisibleCommand() throws IOException {
    String doc = Files.readString(dir.resolve("cli.md"));
    for (String c : List.of("step", "render", "trace", "train", "studio", "tutorials")) {
      assertTrue(doc.contains("## glassbox " + c + "\n") && doc.contains("Usage: glassbox " + c), c);
    }
    assertTrue(!doc.contains("bench-trace"), "hidden commands stay out");
  }

  @Test
  void everyPictureIsLinkedAndExists() throws IOException {
    Pattern link = Pattern.compile("\\]\\((images/[^)]+\\.png)\\)");
    for (String n : markdown(dir.resolve("tutorials"))) {
      Matcher m = link.matcher(Files.readString(dir.resolve("tutorials").resolve(n)));
      while (m.find()) {
        assertTrue(Files.exists(dir.resolve("tutorials").resolve(m.group(1))), n + " links " + m.group(1));
      }
    }
  }

  @Test
  void everyPictureMatchesTheCommittedOneTolerantly() throws IOException {
    List<String> pics = pngs(dir.resolve("tutorials/images"));
    assertEquals(pngs(COMMITTED.resolve("images")), pics, "the set of pictures" + HOW);
    for (String p : pics) {
      BufferedImage a = ImageIO.read(COMMITTED.resolve("images").resolve(p).toFile());
      BufferedImage b = ImageIO.read(dir.resolve("tutorials/images").resolve(p).toFile());
      assertEquals(a.getWidth() + "x" + a.getHeight(), b.getWidth() + "x" + b.getHeight(), p + HOW);
      long differ = 0;
      for (int y = 0; y < a.getHeight(); y++) {
        for (int x = 0; x < a.getWidth(); x++) {
          differ += far(a.getRGB(x, y), b.getRGB(x, y)) ? 1 : 0;
        }
      }
      double share = differ / (double) (a.getWidth() * a.getHeight());
      assertTrue(share <= 0.03, p + ": " + String.format("%.1f%%", share * 100) + " of pixels differ;" + HOW);
    }
  }

  private static boolean far(int p, int q) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF)) > 48) {
        return true;
      }
    }
    return false;
  }

  private static List<String> markdown(Path d) throws IOException {
    return list(d, ".md");
  }

  private static List<String> pngs(Path d) throws IOException {
    return list(d, ".png");
  }

  private static List<String> list(Path d, String ext) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(ext)).sorted().toList();
    }
  }
}
