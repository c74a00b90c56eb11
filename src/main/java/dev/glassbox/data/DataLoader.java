package dev.glassbox.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Loads whatever a {@code --data PATH} points at, choosing the reader from what is there:
 *
 * <ul>
 *   <li>a folder with MNIST IDX files: {@code train-images-idx3-ubyte}, {@code
 *       train-labels-idx1-ubyte} and optionally {@code t10k-...} (or {@code test-...}), gzip or raw
 *       (told apart by content; any name containing {@code train}/{@code t10k}/{@code test} and
 *       {@code idx3}/{@code idx1} is found, e.g. {@code train-images.idx3-ubyte});
 *   <li>a folder with CSV files named like {@code *train*.csv} and {@code *test*.csv}
 *       (mnist_train.csv/mnist_test.csv, Kaggle train.csv/test.csv), or one CSV file;
 *   <li>an image folder with sub-folders {@code 0}..{@code 9}, or a parent whose children named
 *       like {@code *train*} / {@code *test*} are such folders (also one level deeper, as in Kaggle's
 *       {@code trainingSet/trainingSet/0..9});
 *   <li>a single IDX images file (its labels file is found by name), image file, or a flat folder
 *       of images: unlabeled ones are for prediction only ({@link #readDataset}).
 * </ul>
 *
 * <p>The split: the training source's last {@code max(1, size / 6)} images validate, the rest train
 * (MNIST's 60,000 give exactly Nielsen's 50,000 / 10,000); the test source, when there is a labeled
 * one, tests. A single source (one CSV, one image folder, one IDX pair) has no test part. An
 * unlabeled test source (Kaggle's {@code test.csv}) is not part of the split. Any error aborts the
 * whole load: a partly read dataset is never returned.
 */
public final class DataLoader {
  private DataLoader() {}

  /** What a path holds, as detected. */
  enum Kind {
    IDX_FOLDER("MNIST IDX files"),
    CSV_FOLDER("CSV files"),
    CSV_FILE("a CSV file"),
    IDX_FILE("an IDX file pair"),
    IMAGE_TREE("image folders (train/test, sub-folders 0-9)"),
    DIGIT_FOLDERS("an image folder (sub-folders 0-9)"),
    FLAT_IMAGES("a folder of unlabeled images"),
    IMAGE_FILE("an image file");

    final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  /** Loads the train / validation / test split from {@code path}. */
  public static MnistSplit load(Path path) {
    Kind kind = detect(path);
    return switch (kind) {
      case IDX_FOLDER -> split(readIdxPair(path, "train", "train"), optionalIdxTest(path));
      case CSV_FOLDER -> split(CsvDatasetReader.read(csvIn(path, true), "train"), csvTest(path));
      case CSV_FILE -> split(CsvDatasetReader.read(path, "train"), null);
      case IDX_FILE -> split(IdxReader.read(path, labelsFor(path), "train"), null);
      case IMAGE_TREE -> split(ImageFolderReader.readLabeled(imageChild(path, "train"), "train"),
          imageChild(path, "test") == null ? null
              : ImageFolderReader.readLabeled(imageChild(path, "test"), "test"));
      case DIGIT_FOLDERS -> split(ImageFolderReader.readLabeled(path, "train"), null);
      case FLAT_IMAGES, IMAGE_FILE -> throw new DataException(path, null,
          "holds unlabeled images: they can be used for prediction, not for training or testing");
    };
  }

  /**
   * Loads the split and keeps at most {@code limit} images of each part (the first ones); {@code
   * limit <= 0} means everything. The validation part is still cut from the end of the whole
   * training source, so it never overlaps train.
   */
  public static MnistSplit load(Path path, int limit) {
    MnistSplit s = load(path);
    return limit > 0 ? s.limit(limit) : s;
  }

  /**
   * Reads one source whole, labeled or not: a CSV file (also 784-column unlabeled), an IDX images
   * file with its labels, an image file, a flat image folder or a 0-9 folder. Folders holding a
   * train/test pair are refused; use {@link #load}.
   */
  public static Dataset readDataset(Path path) {
    Kind kind = detect(path);
    String name = String.valueOf(path.getFileName());
    return switch (kind) {
      case CSV_FILE -> CsvDatasetReader.read(path, name);
      case IDX_FILE -> IdxReader.read(path, labelsFor(path), name);
      case IMAGE_FILE -> ImageFolderReader.readOne(path);
      case FLAT_IMAGES -> ImageFolderReader.readUnlabeled(path, name);
      case DIGIT_FOLDERS -> ImageFolderReader.readLabeled(path, name);
      case IDX_FOLDER, CSV_FOLDER, IMAGE_TREE -> throw new DataException(path, null,
          "holds a whole data set (" + kind.description + "); give one file or folder");
    };
  }

  /**
   * Reads the parts of a source whole, unsplit, in order, for conversion: {@code "train"} and
   * {@code "test"} (when present, labeled or not) for a folder holding both, else one entry named
   * after the file without its extensions (e.g. {@code "mnist_train"}).
   */
  public static Map<String, Dataset> readParts(Path path) {
    Kind kind = detect(path);
    Map<String, Dataset> parts = new LinkedHashMap<>();
    switch (kind) {
      case IDX_FOLDER -> {
        parts.put("train", readIdxPair(path, "train", "train"));
        Dataset test = optionalIdxTest(path);
        if (test != null) {
          parts.put("test", test);
        }
      }
      case CSV_FOLDER -> {
        parts.put("train", CsvDatasetReader.read(csvIn(path, true), "train"));
        Dataset test = csvTest(path);
        if (test != null) {
          parts.put("test", test);
        }
      }
      case IMAGE_TREE -> {
        parts.put("train", ImageFolderReader.readLabeled(imageChild(path, "train"), "train"));
        if (imageChild(path, "test") != null) {
          parts.put("test", ImageFolderReader.readLabeled(imageChild(path, "test"), "test"));
        }
      }
      default -> {
        String stem = path.getFileName().toString().replaceFirst("\\..*$", "");
        parts.put(stem.isEmpty() ? "data" : stem, readDataset(path));
      }
    }
    return parts;
  }

  /** Whether {@code path} is a CSV file or a folder of CSV files (so {@code convert} writes IDX). */
  public static boolean isCsv(Path path) {
    Kind kind = detect(path);
    return kind == Kind.CSV_FILE || kind == Kind.CSV_FOLDER;
  }

  /** A short description of what {@code path} holds, e.g. "MNIST IDX files (gzip)". */
  public static String describe(Path path) {
    Kind kind = detect(path);
    if (kind == Kind.IDX_FOLDER) {
      return kind.description + (DataFiles.isGzip(idxIn(path, "train", "idx3")) ? " (gzip)" : " (raw)");
    }
    return kind.description;
  }

  static Kind detect(Path path) {
    if (!Files.exists(path)) {
      throw new DataException(path, null, "no such file or folder");
    }
    if (Files.isDirectory(path)) {
      if (idxIn(path, "train", "idx3") != null) {
        return Kind.IDX_FOLDER;
      }
      if (!csvFiles(path).isEmpty()) {
        return Kind.CSV_FOLDER;
      }
      if (ImageFolderReader.isLabeledFolder(path)) {
        return Kind.DIGIT_FOLDERS;
      }
      if (imageChild(path, "train") != null) {
        return Kind.IMAGE_TREE;
      }
      if (ImageFolderReader.hasImages(path)) {
        return Kind.FLAT_IMAGES;
      }
      throw new DataException(path, null, "holds no data this program can read: expected IDX files"
          + " (train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz]), CSV files (*train*.csv),"
          + " sub-folders 0-9 of images, or image files");
    }
    if (ImageFolderReader.isImageName(path)) {
      return Kind.IMAGE_FILE;
    }
    DataFiles.requireFile(path);
    String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    // a file named like IDX goes to the IDX reader even when its magic is wrong, so that the
    // message says so instead of complaining about CSV columns
    if (IdxReader.looksLikeIdx(path) || name.contains("idx") || name.contains("-ubyte")) {
      return Kind.IDX_FILE;
    }
    return Kind.CSV_FILE;
  }

  private static MnistSplit split(Dataset all, Dataset test) {
    if (!all.labeled()) {
      throw new DataException(all.source(), null,
          "has no labels (784 columns): it can be used for prediction, not for training");
    }
    if (all.size() < 2) {
      throw new DataException(all.source(), null,
          "has " + all.size() + " image; training needs at least 2 (one to train, one to validate)");
    }
    return MnistSplit.ofTraining(all, test != null && test.labeled() ? test : null);
  }

  // ---- IDX folders

  private static Dataset readIdxPair(Path dir, String set, String name) {
    Path images = idxIn(dir, set, "idx3");
    Path labels = idxIn(dir, set, "idx1");
    if (labels == null) {
      throw new DataException(dir, null, "has " + images.getFileName()
          + " but no matching labels file (" + set + "-labels-idx1-ubyte[.gz])");
    }
    return IdxReader.read(images, labels, name);
  }

  private static Dataset optionalIdxTest(Path dir) {
    for (String set : new String[] {"t10k", "test"}) {
      if (idxIn(dir, set, "idx3") != null) {
        return readIdxPair(dir, set, "test");
      }
    }
    return null;
  }

  /** The first file (by name) in {@code dir} whose name contains both words, or null. */
  private static Path idxIn(Path dir, String set, String dims) {
    return list(dir).stream()
        .filter(f -> {
          String n = lower(f);
          return Files.isRegularFile(f) && n.contains(set) && n.contains(dims);
        })
        .findFirst().orElse(null);
  }

  /** For {@code x-images-idx3-ubyte[.gz]}, the file {@code x-labels-idx1-ubyte[.gz]} beside it. */
  private static Path labelsFor(Path images) {
    String n = images.getFileName().toString();
    String labelsName = n.replace("images", "labels").replace("idx3", "idx1");
    Path labels = images.resolveSibling(labelsName);
    if (labelsName.equals(n) || !Files.exists(labels)) {
      throw new DataException(images, null,
          "is an IDX file; expected an images file (*-images-idx3-ubyte[.gz]) with its labels file"
              + " (*-labels-idx1-ubyte[.gz]) beside it");
    }
    return labels;
  }

  // ---- CSV folders

  private static List<Path> csvFiles(Path dir) {
    return list(dir).stream()
        .filter(f -> Files.isRegularFile(f) && (lower(f).endsWith(".csv") || lower(f).endsWith(".csv.gz")))
        .toList();
  }

  /** The training CSV (name contains "train", or the only CSV), or the test CSV (may be null). */
  private static Path csvIn(Path dir, boolean train) {
    List<Path> all = csvFiles(dir);
    List<Path> named = all.stream().filter(f -> lower(f).contains(train ? "train" : "test")).toList();
    if (named.size() > 1) {
      throw new DataException(dir, null, "has several " + (train ? "training" : "test")
          + " CSV files (" + named.stream().map(f -> f.getFileName().toString()).toList()
          + "); keep one");
    }
    if (named.size() == 1) {
      return named.get(0);
    }
    if (train && all.size() == 1) {
      return all.get(0);
    }
    if (train) {
      throw new DataException(dir, null, "has CSV files but none is named like *train*.csv");
    }
    return null;
  }

  private static Dataset csvTest(Path dir) {
    Path test = csvIn(dir, false);
    return test == null || test.equals(csvIn(dir, true)) ? null : CsvDatasetReader.read(test, "test");
  }

  // ---- image folders

  /** A child folder named like *train* / *test* that is a 0-9 folder, or whose same-kind child is. */
  private static Path imageChild(Path dir, String word) {
    for (Path c : list(dir)) {
      if (Files.isDirectory(c) && lower(c).contains(word)) {
        if (ImageFolderReader.isLabeledFolder(c)) {
          return c;
        }
        for (Path cc : list(c)) {
          if (Files.isDirectory(cc) && lower(cc).contains(word) && ImageFolderReader.isLabeledFolder(cc)) {
            return cc;
          }
        }
      }
    }
    return null;
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new DataException(dir, null, "cannot be listed: " + e, e);
    }
  }

  private static String lower(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT);
  }
}
