package dev.glassbox.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, item 1: writes are whole or absent, failures name the file, leftovers are cleaned. */
class AtomicFileTest {
  @TempDir Path dir;

  private static AtomicFile.Body text(String s) {
    return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  private static AtomicFile.Body fullDiskAfter(int bytes) {
    return out -> {
      out.write(new byte[bytes]);
      throw new IOException("No space left on device");
    };
  }

  private List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFullDiskInAFolderExportLeavesThePreviousExportWholeAndNamesTheFile() throws Exception {
    Path out = dir.resolve("export");
    AtomicFile.writeFolder(out, List.of("a.csv", "b.csv", "c.csv"), List.of(text("old a"), text("old b"), text("old c")));
    IOException e = assertThrows(IOException.class, () -> AtomicFile.writeFolder(out,
        List.of("a.csv", "b.csv", "c.csv"), List.of(text("new a"), fullDiskAfter(5000), text("new c"))));
    assertTrue(e.getMessage().contains("b.csv") && e.getMessage().contains("No space left on device")
        && !e.getMessage().contains(".part"), e.getMessage());
    assertEquals("old a", Files.readString(out.resolve("a.csv")));
    assertEquals("old b", Files.readString(out.resolve("b.csv")));
    assertEquals(List.of("a.csv", "b.csv", "c.csv", AtomicFile.MANIFEST), names(out), "no temporary files left");
  }

  @Test
  void aNewFolderExportIsCompleteOrAbsent() throws Exception {
    Path out = dir.resolve("fresh");
    assertThrows(IOException.class, () -> AtomicFile.writeFolder(out, List.of("a.csv", "b.csv"),
        List.of(text("a"), fullDiskAfter(100))));
    assertFalse(Files.exists(out), "a failed export into a new folder leaves no folder");
    assertEquals(List.of(), names(dir), "and no hidden temporary folder");
    List<Path> written = AtomicFile.writeFolder(out, List.of("a.csv", "b.csv"), List.of(text("a"), text("bb")));
    assertEquals(out.resolve(AtomicFile.MANIFEST), written.get(2));
    List<String> manifest = Files.readAllLines(out.resolve(AtomicFile.MANIFEST));
    assertEquals("file,bytes,sha256", manifest.get(0));
    assertEquals("a.csv,1," + Sha256.hex("a".getBytes(StandardCharsets.UTF_8)), manifest.get(1));
    assertEquals("b.csv,2," + Sha256.hex("bb".getBytes(StandardCharsets.UTF_8)), manifest.get(2));
  }

  @Test
  void aFolderWhereAFileShouldGoIsFoundBeforeAnythingIsReplaced() throws Exception {
    Path out = dir.resolve("export");
    AtomicFile.writeFolder(out, List.of("a.csv", "b.csv"), List.of(text("old a"), text("old b")));
    Files.delete(out.resolve("b.csv"));
    Files.createDirectories(out.resolve("b.csv").resolve("inside"));
    IOException e = assertThrows(IOException.class, () -> AtomicFile.writeFolder(out, List.of("a.csv", "b.csv"),
        List.of(text("new a"), text("new b"))));
    assertTrue(e.getMessage().contains("b.csv") && e.getMessage().contains("folder"), e.getMessage());
    assertEquals("old a", Files.readString(out.resolve("a.csv")));
  }

  @Test
  void leftoversOfAKilledRunAreRemovedByTheNextWrite() throws Exception {
    Path target = dir.resolve("m.safetensors");
    // pid 999999999 is above any pid_max, so that process is not running
    Path stale = dir.resolve(".m.safetensors.999999999-4.part");
    Path staleFolder = dir.resolve(".export.999999999-5.part");
    Files.writeString(stale, "half a model");
    Files.createDirectories(staleFolder.resolve("x"));
    Path mine = AtomicFile.tempBeside(target.toAbsolutePath()); // this process: alive, kept
    Files.writeString(mine, "in progress");
    AtomicFile.write(target, text("whole"));
    AtomicFile.writeFolder(dir.resolve("export"), List.of("a.csv"), List.of(text("a")));
    assertFalse(Files.exists(stale));
    assertFalse(Files.exists(staleFolder));
    assertTrue(Files.exists(mine), "a temporary file of a running process is left alone");
    Files.delete(mine);
    assertEquals(List.of("export", "m.safetensors"), names(dir));
  }

  @Test
  void anUnwritableTargetIsFoundBeforeTheWork() throws Exception {
    Path folder = dir.resolve("is-a-folder");
    Files.createDirectories(folder);
    IOException e = assertThrows(IOException.class, () -> AtomicFile.checkWritable(folder));
    assertTrue(e.getMessage().contains("is-a-folder") && e.getMessage().contains("folder"), e.getMessage());
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "x");
    e = assertThrows(IOException.class, () -> AtomicFile.checkWritable(blocker.resolve("sub").resolve("m.safetensors")));
    assertTrue(e.getMessage().contains("m.safetensors"), e.getMessage());
    AtomicFile.checkWritable(dir.resolve("new").resolve("m.safetensors"));
    assertEquals(List.of("file", "is-a-folder", "new"), names(dir), "the probe leaves nothing behind");
  }

  @Test
  void permissionDeniedNamesTheFolderNotTheTemporaryFile() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
        "root may write anywhere: permissions cannot be tested");
    Path ro = dir.resolve("ro");
    Files.createDirectories(ro);
    assertTrue(ro.toFile().setWritable(false));
    try {
      IOException e = assertThrows(IOException.class, () -> AtomicFile.write(ro.resolve("m.safetensors"), text("x")));
      assertTrue(e.getMessage().contains("m.safetensors") && e.getMessage().contains("permission denied")
          && e.getMessage().contains(ro.toString()) && !e.getMessage().contains(".part"), e.getMessage());
    } finally {
      ro.toFile().setWritable(true);
    }
  }

  @Test
  void aDeniedTemporaryFileIsToldAsTheTargetAndItsFolder() {
    // the same message as permissionDenied..., without needing a user that permissions apply to
    // (root, as CI runs, may write anywhere)
    Path target = dir.resolve("ro").resolve("m.safetensors");
    Path part = dir.resolve("ro").resolve(".m.safetensors.123-0.part");
    IOException e = AtomicFile.explain(target, new java.nio.file.AccessDeniedException(part.toString()));
    assertTrue(e.getMessage().contains("m.safetensors") && e.getMessage().contains("permission denied")
        && e.getMessage().contains(dir.resolve("ro").toAbsolutePath().toString())
        && !e.getMessage().contains(".part"), e.getMessage());
  }

  @Test
  void replacingKeepsOldBytesUntilTheNewFileIsWhole() throws Exception {
    Path f = dir.resolve("x.bin");
    AtomicFile.write(f, text("one"));
    assertThrows(IOException.class, () -> AtomicFile.write(f, fullDiskAfter(10)));
    assertArrayEquals("one".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(f));
  }
}
