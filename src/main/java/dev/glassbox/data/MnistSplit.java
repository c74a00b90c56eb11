package dev.glassbox.data;

import dev.glassbox.io.Named;
import java.util.Objects;

/**
 * The three parts a network is trained and judged on: {@code train} (fitted), {@code validation}
 * (watched during training, to choose hyper-parameters) and {@code test} (kept for the final
 * score). Train and validation are always present and labeled. {@code test} is null when the source
 * has no labeled test part (a single CSV file, a single image folder, or Kaggle's unlabeled
 * {@code test.csv}); check {@link #hasTest()}.
 *
 * <p>For MNIST this is Nielsen's split: the first 50,000 training images train, the last 10,000
 * validate, and the 10,000 {@code t10k} images test. {@link DataLoader} documents the rule for
 * other sources.
 */
public record MnistSplit(Dataset train, Dataset validation, Dataset test) {
  /** Checks that train and validation are present and every present part is labeled. */
  public MnistSplit {
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(validation, "validation");
    for (Dataset d : new Dataset[] {train, validation, test}) {
      if (d != null && !d.labeled()) {
        throw new IllegalArgumentException("the " + d.name() + " part of a split must be labeled");
      }
    }
  }

  /** One of the three parts, named by its id ("train", "validation", "test"). */
  public enum Part implements Named {
    /** The images the network is fitted on. */
    TRAIN,
    /** The images watched during training. */
    VALIDATION,
    /** The images kept for the final score. */
    TEST;

    /** This part of {@code split}; null for a missing test part. */
    public Dataset of(MnistSplit split) {
      return switch (this) {
        case TRAIN -> split.train();
        case VALIDATION -> split.validation();
        case TEST -> split.test();
      };
    }
  }

  /** Whether a labeled test part exists. */
  public boolean hasTest() {
    return test != null;
  }

  /**
   * The split cut to at most {@code n} images per part: the first {@code n} of train, the first
   * {@code n} of validation and the first {@code n} of test. {@code n <= 0} is refused.
   */
  public MnistSplit limit(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + n);
    }
    return new MnistSplit(train.limit(n), validation.limit(n), test == null ? null : test.limit(n));
  }

  /**
   * Splits one labeled training source by the documented rule: the last {@code max(1, size / 6)} images
   * (rounded down) validate, the rest train. For MNIST's 60,000 this is exactly 50,000 / 10,000.
   */
  public static MnistSplit ofTraining(Dataset all, Dataset test) {
    // at least one image validates (the loader needs two or more)
    int nValidation = Math.max(1, all.size() / 6);
    int nTrain = all.size() - nValidation;
    return new MnistSplit(
        all.subset("train", 0, nTrain), all.subset("validation", nTrain, all.size()), test);
  }
}
