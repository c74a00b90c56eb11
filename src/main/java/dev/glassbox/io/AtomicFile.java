package dev.glassbox.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that a crash or an error never leaves half a file, and an existing file is only
 * ever replaced by a whole new one: each file is written under a hidden temporary name beside its
 * target, forced to disk, then renamed over it. The temporary file is a plain new file (not
 * {@code Files.createTempFile}, whose owner-only permissions would stay on the result). Temporary
 * names carry the writer's process id, so the leftovers of a killed run are removed by the next
 * write beside them. Failures name the target (never the hidden temporary) and the reason.
 */
public final class AtomicFile {
  /** Name of the manifest a folder export writes last: one row per file with its size and SHA-256. */
  public static final String MANIFEST = "manifest.csv";
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final Pattern TEMP = Pattern.compile("^\\.(.+)\\.(\\d+)-\\d+\\.part$");

  /** Writes the content of one file. */
  @FunctionalInterface
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /** Writes {@code target} atomically, creating its folder if needed. */
  public static void write(Path target, Body body) throws IOException {
    writeAll(List.of(target), List.of(body));
  }

  /**
   * Writes several files all-or-nothing as far as the file system allows: every body is written to
   * its temporary file first, and only when all succeeded are they renamed into place (a full disk
   * or an error therefore changes none of them).
   */
  public static void writeAll(List<Path> targets, List<Body> bodies) throws IOException {
    writeAll(targets, bodies, null);
  }

  /** Something done once every temporary file is whole, before the first rename. */
  private interface BeforeRenames {
    void run() throws IOException;
  }

  private static void writeAll(List<Path> targets, List<Body> bodies, BeforeRenames before) throws IOException {
    for (Path t : targets) {
      if (Files.isDirectory(t)) { // found before anything is written, not at the rename
        throw new IOException("cannot write " + t + ": it is a folder");
      }
    }
    Path[] temps = new Path[targets.size()];
    try {
      for (int i = 0; i < targets.size(); i++) {
        Path target = targets.get(i).toAbsolutePath();
        createFolder(targets.get(i), target.getParent());
        removeStale(target);
        temps[i] = tempBeside(target);
        try (FileChannel ch = FileChannel.open(temps[i], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16)) {
          bodies.get(i).write(out);
          out.flush();
          ch.force(true); // on disk before the rename, so a power cut leaves the old or the new file
        } catch (IOException e) {
          throw explain(targets.get(i), e);
        }
      }
      if (before != null) {
        before.run();
      }
      for (int i = 0; i < targets.size(); i++) {
        try {
          move(temps[i], targets.get(i).toAbsolutePath());
        } catch (IOException e) {
          throw explain(targets.get(i), e);
        }
        temps[i] = null;
      }
    } finally {
      for (Path t : temps) {
        if (t != null) {
          Files.deleteIfExists(t);
        }
      }
    }
  }

  /**
   * Checks, before long work whose result goes to {@code target}, that it can be written: its
   * folder exists or can be made, a file can be created in it, and the target is not a folder.
   *
   * @throws IOException naming the target and the reason
   */
  public static void checkWritable(Path target) throws IOException {
    if (Files.isDirectory(target)) {
      throw new IOException("cannot write " + target + ": it is a folder");
    }
    Path abs = target.toAbsolutePath();
    createFolder(target, abs.getParent());
    Path probe = tempBeside(abs);
    try {
      Files.createFile(probe);
    } catch (IOException e) {
      throw explain(target, e);
    } finally {
      Files.deleteIfExists(probe);
    }
    if (Files.exists(abs) && !Files.isWritable(abs) && !Files.isWritable(abs.getParent())) {
      throw new IOException("cannot write " + target + ": permission denied");
    }
  }

  /**
   * Writes a set of files into {@code dir} complete or not at all. A new (or empty) folder is built
   * whole under a hidden temporary name and renamed into place. Into an existing folder the files
   * are written all-or-nothing (see {@link #writeAll}), the old {@link #MANIFEST} removed once they
   * are all whole, before the first rename, and the new one written last, so a folder whose manifest is missing or disagrees with its files
   * was interrupted (killed between two renames).
   *
   * @return the files written, in order, the manifest last
   */
  public static List<Path> writeFolder(Path dir, List<String> names, List<Body> bodies) throws IOException {
    List<String> rows = new ArrayList<>();
    List<Body> hashed = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Body b = bodies.get(i);
      hashed.add(out -> {
        MessageDigest md = Sha256.digest();
        long[] count = {0};
        OutputStream counting = new FilterOutputStream(out) {
          @Override
          public void write(byte[] buf, int off, int len) throws IOException {
            out.write(buf, off, len);
            count[0] += len;
          }

          @Override
          public void write(int x) throws IOException {
            out.write(x);
            count[0]++;
          }

          @Override
          public void close() throws IOException {
            flush(); // the caller closes the real stream
          }
        };
        DigestOutputStream d = new DigestOutputStream(counting, md);
        b.write(d);
        d.flush();
        synchronized (rows) {
          rows.add(name + "," + count[0] + "," + HexFormat.of().formatHex(md.digest()));
        }
      });
    }
    Path abs = dir.toAbsolutePath();
    boolean fresh = !Files.exists(abs) || isEmptyFolder(abs);
    List<Path> written = new ArrayList<>();
    for (String n : names) {
      written.add(dir.resolve(n));
    }
    written.add(dir.resolve(MANIFEST));
    if (fresh) {
      createFolder(dir, abs.getParent());
      removeStale(abs);
      Path temp = tempBeside(abs);
      try {
        try {
          Files.createDirectory(temp);
        } catch (IOException e) {
          throw explain(dir, e);
        }
        List<Path> inTemp = new ArrayList<>();
        for (String n : names) {
          inTemp.add(temp.resolve(n));
        }
        writeAllIn(dir, inTemp, hashed);
        writeAllIn(dir, List.of(temp.resolve(MANIFEST)), List.of(manifest(rows)));
        try {
          Files.deleteIfExists(abs); // the empty folder, if any: a rename cannot replace a folder otherwise
          move(temp, abs);
        } catch (IOException e) {
          throw explain(dir, e);
        }
      } finally {
        deleteTree(temp);
      }
      return written;
    }
    if (!Files.isDirectory(abs)) {
      throw new IOException("cannot write into " + dir + ": it is a file, not a folder");
    }
    // once every new file is whole, and until the new manifest lands, the folder is marked unfinished
    writeAll(written.subList(0, names.size()), hashed, () -> {
      try {
        Files.deleteIfExists(abs.resolve(MANIFEST));
      } catch (IOException e) {
        throw explain(dir.resolve(MANIFEST), e);
      }
    });
    write(dir.resolve(MANIFEST), manifest(rows));
    return written;
  }

  // writeAll for files inside a temporary folder: failures name the folder the user asked for
  private static void writeAllIn(Path dir, List<Path> targets, List<Body> bodies) throws IOException {
    try {
      writeAll(targets, bodies);
    } catch (IOException e) {
      throw new IOException(e.getMessage().replace(targets.get(0).getParent().toString(), dir.toString()), e);
    }
  }

  private static Body manifest(List<String> rows) {
    return out -> {
      StringBuilder sb = new StringBuilder("file,bytes,sha256\n");
      synchronized (rows) {
        for (String r : rows) {
          sb.append(r).append('\n');
        }
      }
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    };
  }

  private static boolean isEmptyFolder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    }
  }

  private static void createFolder(Path shown, Path folder) throws IOException {
    if (folder == null || Files.isDirectory(folder)) {
      return;
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new IOException("cannot write " + shown + ": cannot create its folder " + folder.getFileName()
          + " (" + reason(e) + ")", e);
    }
  }

  /**
   * The same failure, told about {@code target}: "cannot write out/m.safetensors: No space left on
   * device", or permission denied on the folder, never the hidden temporary name.
   */
  static IOException explain(Path target, IOException e) {
    if (e.getMessage() != null && e.getMessage().startsWith("cannot write ")) {
      return e; // already explained (a body that writes through another AtomicFile)
    }
    Path folder = target.toAbsolutePath().getParent();
    String why = e instanceof AccessDeniedException
        ? "permission denied: cannot create files in the folder " + (folder == null ? "/" : folder)
        : reason(e);
    return new IOException("cannot write " + target + ": " + why + " (any file already there was left as it was)", e);
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** A fresh hidden name next to {@code target}, e.g. {@code .x.csv.4711-3.part} (pid, counter). */
  public static Path tempBeside(Path target) {
    return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
        + COUNTER.incrementAndGet() + ".part");
  }

  /**
   * Removes temporary files (or folders) of {@code target} left by a process that is no longer
   * running, so a killed run's leftovers go at the next write. Best effort: errors are ignored.
   */
  public static void removeStale(Path target) {
    Path folder = target.toAbsolutePath().getParent();
    String name = target.getFileName().toString();
    if (folder == null || !Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "." + globEscape(name) + ".*.part")) {
      for (Path p : s) {
        Matcher m = TEMP.matcher(p.getFileName().toString());
        if (m.matches() && m.group(1).equals(name) && !alive(Long.parseLong(m.group(2)))) {
          deleteTree(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // best effort: a leftover that cannot be listed or removed does no harm to this write
    }
  }

  private static String globEscape(String s) {
    return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
  }

  private static boolean alive(long pid) {
    return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static void deleteTree(Path p) {
    try {
      if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
          for (Path c : s) {
            deleteTree(c);
          }
        }
      }
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // best effort
    }
  }

  /** Renames a finished temporary file over {@code to} (atomically where the file system can). */
  public static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
