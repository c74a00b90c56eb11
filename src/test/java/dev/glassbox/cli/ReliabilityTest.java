package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, items 3-6 through the CLI: one clear line, never a stack trace, never silent. */
class ReliabilityTest {
  @TempDir Path tmp;

  private static void noStackTrace(Run r) {
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in thread"), r.err());
  }

  /** A grayscale PNG of w x h zero pixels, deflated: tiny on disk, huge decoded. */
  static byte[] pngBomb(int w, int h, int rowsWritten) throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(png);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(ihdr);
    d.writeInt(w);
    d.writeInt(h);
    d.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit gray
    chunk(out, "IHDR", ihdr.toByteArray());
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(9))) {
      byte[] row = new byte[w + 1];
      for (int y = 0; y < rowsWritten; y++) {
        z.write(row);
      }
    }
    chunk(out, "IDAT", idat.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws Exception {
    out.writeInt(data.length);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.write(t);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeInt((int) crc.getValue());
  }

  @Test
  void aDecompressionBombIsRefusedFromItsHeader() throws Exception {
    Path dir = tmp.resolve("own");
    Files.createDirectories(dir);
    // 40000x40000 claimed; a few rows of data suffice, the size is read before decoding
    Files.write(dir.resolve("bomb.png"), pngBomb(40000, 40000, 64));
    Run r = Run.of("predict", dir.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.err().contains("bomb.png") && r.err().contains("40000x40000"), r.err());
    noStackTrace(r);
  }

  @Test
  void aCsvWithoutLineBreaksIsRefusedAtTheCap() throws Exception {
    Path f = tmp.resolve("zeros.csv");
    Files.write(f, new byte[4 << 20]); // like /dev/zero or a sparse file: NUL bytes, no newline
    Run r = Run.of("test", "--data", f.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.err().contains("zeros.csv") && r.err().contains("line 1"), r.err());
    noStackTrace(r);
    Path g = tmp.resolve("long.csv");
    Files.writeString(g, "1".repeat(3 << 20));
    Run l = Run.of("test", "--data", g.toString());
    assertEquals(1, l.code());
    assertTrue(l.err().contains("long.csv") && l.err().contains("longer than"), l.err());
  }

  @Test
  void aUtf16CsvMessagePassesAsTextWithItsControlCharactersEscaped() throws Exception {
    Path f = tmp.resolve("utf16.csv");
    Files.write(f, ("label,pixel0\n1,0\n").getBytes(StandardCharsets.UTF_16LE));
    Run r = Run.of("test", "--data", f.toString());
    assertEquals(1, r.code());
    assertFalse(r.err().indexOf('\0') >= 0, "no NUL reaches the terminal");
    assertTrue(r.err().contains("utf16.csv") && r.err().contains("UTF-16"), r.err());
    assertEquals("a\\0b\\x1b[2Jc\\r", Messages.escape("a\0b\u001b[2Jc\r"));
  }

  @Test
  void theLaunchersStderrFilterPassesAMessageWithANulByteAsText() throws Exception {
    // ./glassbox drops Java's incubator warning from stderr with grep; a plain grep turned any
    // message holding a NUL (a UTF-16 CSV) into "Binary file (standard input) matches"
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("2> >\\((.*) >&2\\)")
        .matcher(Files.readString(Path.of("glassbox")));
    assertTrue(m.find(), "the launcher filters stderr through a command");
    Process p = new ProcessBuilder("bash", "-c", m.group(1)).redirectErrorStream(true).start();
    String message = "glassbox: x.csv line 1: \"a\0b\"\n";
    try (java.io.OutputStream in = p.getOutputStream()) {
      in.write(("WARNING: Using incubator modules: jdk.incubator.vector\n" + message).getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    assertEquals(message, out, "the warning is dropped and the message passes as it is");
  }

  @Test
  void historiesWithImpossibleEpochsGetARealMessage() throws Exception {
    for (String epoch : new String[] {"-5", "1e12", "2.5"}) {
      Path h = tmp.resolve("h.csv");
      Files.writeString(h, "epoch,train_cost,validation_accuracy,test_accuracy,seconds,eval_seconds\n"
          + epoch + ",0.1,0.9,0.9,1,1\n");
      Run r = Run.of("compare", h.toString(), "--out", tmp.resolve("c.png").toString());
      assertEquals(1, r.code(), epoch);
      assertTrue(r.err().contains("h.csv") && r.err().contains("epoch") && r.err().contains(epoch), r.err());
      noStackTrace(r);
      Run s = Run.of("studio", "--headless", "--history", h.toString(), "--out", tmp.resolve("s.png").toString());
      assertEquals(1, s.code());
      assertTrue(s.err().contains("h.csv"), "studio names the file as compare does: " + s.err());
    }
  }

  @Test
  void aNegativeLimitIsAUsageError() {
    Run r = Run.of("test", "--limit", "-5");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--limit"), r.err());
  }

  @Test
  void anErrorIsOneLineLikeAnException() {
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cl = new picocli.CommandLine(new Thrower());
    cl.setExecutionExceptionHandler(new ErrorReporter());
    cl.setExecutionStrategy(ErrorReporter.strategy());
    cl.setErr(new java.io.PrintWriter(err, true));
    assertEquals(1, cl.execute());
    assertTrue(err.toString().startsWith("glassbox: out of memory"), err.toString());
    assertFalse(err.toString().contains("\tat "), err.toString());
  }

  @picocli.CommandLine.Command(name = "thrower")
  static final class Thrower implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void aCollapsedRunStopsAndKeepsTheOldModel() throws Exception {
    Path model = tmp.resolve("m.safetensors");
    Files.copy(ModelOptions.defaultModel(), model);
    byte[] before = Files.readAllBytes(model);
    Run r = Run.of("train", "--load", model.toString(), "--eta", "1000", "--limit", "2000", "--epochs", "2",
        "--out", model.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.err().contains("diverged") && r.err().contains("chance"), r.err());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(model)), "the good model was kept");
    Run fresh = Run.of("train", "--eta", "1000", "--limit", "2000", "--epochs", "2",
        "--out", tmp.resolve("new.safetensors").toString());
    assertEquals(1, fresh.code());
    assertFalse(Files.exists(tmp.resolve("new.safetensors")));
  }
}
