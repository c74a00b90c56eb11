package dev.glassbox.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code bench} finds a Python with torch for {@code torch_sgd.py}, and the one line it prints
 * when there is none. The interpreters here are small shell scripts named python3 that behave like
 * a Python with or without torch (timings are not tested).
 */
@DisabledOnOs(OS.WINDOWS)
class PeerPythonTest {
  @TempDir Path tmp;

  // a fake python3 in its own folder: "-c import torch" succeeds only if withTorch; running a
  // script prints a RESULT line naming the folder, as the peer scripts do
  private Path python(String folder, boolean withTorch) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(folder));
    Path p = dir.resolve("python3");
    Files.writeString(p, "#!/bin/sh\n"
        + "if [ \"$1\" = -c ]; then exit " + (withTorch ? 0 : 1) + "; fi\n"
        + "echo \"RESULT impl=" + folder + " script=$1 args=$2,$3,$4,$5,$6,$7 sec_per_epoch_median=2.5 test_acc=0.9\"\n");
    assertTrue(p.toFile().setExecutable(true));
    return p;
  }

  private static String path(Path... dirs) {
    StringBuilder sb = new StringBuilder();
    for (Path d : dirs) {
      sb.append(d).append(File.pathSeparator);
    }
    return sb + "";
  }

  @Test
  void candidatesAreThePython3sOnThePathInOrderOnceEach() throws Exception {
    Path a = python("a", false);
    Path b = python("b", true);
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path link = Files.createDirectories(tmp.resolve("link"));
    Files.createSymbolicLink(link.resolve("python3"), a);
    // a folder without python3, an empty entry and a link to one already listed add nothing
    List<Path> found = PeerPython.candidates(
        path(empty, a.getParent()) + File.pathSeparator + path(link, b.getParent()));
    assertEquals(List.of(a, b), found);
    assertEquals(List.of(), PeerPython.candidates(null));
  }

  @Test
  void theFirstPythonThatImportsTheModuleIsChosen() throws Exception {
    Path without = python("plain", false);
    Path with1 = python("system", true);
    Path with2 = python("later", true);
    assertEquals(Optional.of(with1), PeerPython.withModule(List.of(without, with1, with2), "torch"));
    assertEquals(Optional.empty(), PeerPython.withModule(List.of(without), "torch"));
    assertEquals(Optional.empty(), PeerPython.withModule(List.of(tmp.resolve("missing/python3")), "torch"));
  }

  @Test
  void withoutTorchTheTorchPeerIsSkippedWithOneLine() throws Exception {
    Path peers = Files.createDirectories(tmp.resolve("peers"));
    Files.writeString(peers.resolve("torch_sgd.py"), "raise SystemExit(3)\n");
    StringWriter sw = new StringWriter();
    double secs = BenchCommand.torchPeer(new PrintWriter(sw, true), peers,
        List.of(python("plain", false), python("other", false)));
    assertTrue(Double.isNaN(secs));
    String out = sw.toString();
    assertEquals(1, out.lines().count(), out);
    assertTrue(out.startsWith("torch peer: skipped (none of the 2 python3 on the PATH has torch;"), out);
  }

  @Test
  void withoutTheScriptTheTorchPeerIsSkippedWithOneLine() throws Exception {
    Path peers = Files.createDirectories(tmp.resolve("peers"));
    StringWriter sw = new StringWriter();
    double secs = BenchCommand.torchPeer(new PrintWriter(sw, true), peers, List.of(python("system", true)));
    assertTrue(Double.isNaN(secs));
    assertEquals(1, sw.toString().lines().count(), sw.toString());
    assertTrue(sw.toString().startsWith("torch peer: skipped (no torch_sgd.py in "), sw.toString());
  }

  @Test
  void withTorchThePeerRunsWithThatPythonAndItsMedianIsRead() throws Exception {
    Path peers = Files.createDirectories(tmp.resolve("peers"));
    Files.writeString(peers.resolve("torch_sgd.py"), "# stand-in\n");
    StringWriter sw = new StringWriter();
    double secs = BenchCommand.torchPeer(new PrintWriter(sw, true), peers,
        List.of(python("plain", false), python("system", true)));
    assertEquals(2.5, secs);
    String out = sw.toString();
    // run by the python with torch, not the first on the PATH, with the peers' README arguments
    assertTrue(out.contains("RESULT impl=system script=torch_sgd.py args=--epochs,2,--seed,1,--threads,1 "), out);
  }
}
