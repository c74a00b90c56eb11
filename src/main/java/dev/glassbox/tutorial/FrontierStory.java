package dev.glassbox.tutorial;

import dev.glassbox.training.EpochResult;
import java.util.List;

/**
 * What tutorial 7's prose says about its runs, checked against them: the numbers in the text are
 * filled in from the runs, but a sentence such as "the schedule helps" is written by hand, so a
 * re-recorded run that no longer bears it out stops the generator with a message instead of
 * leaving a false sentence in the tutorial.
 */
public final class FrontierStory {
  private FrontierStory() {}

  /**
   * Checks the claims.
   *
   * @param runs the recorded and shipped runs ({@link FrontierRuns#load})
   * @param dropout the short comparison on a small split: without, then with dropout
   * @throws IllegalStateException naming the claim the runs no longer support
   */
  public static void check(List<RunRecord> runs, List<Experiment> dropout) {
    rising(runs, "the ladder climbs: each step's best validation accuracy is higher than the one before",
        "default", "ch3", "ch3-100", "relu", "best");
    rising(runs, "halving η on a plateau beats a constant η", "relu", "plateau");
    rising(runs, "affine distortions beat none", "plain", "affine");
    rising(runs, "elastic distortions beat none", "plain", "best");
    double apart = Math.abs(run(runs, "affine").best().validationAccuracy() - run(runs, "best").best().validationAccuracy());
    for (String n : List.of("affine", "best")) {
      if (!(run(runs, n).best().validationAccuracy() > 0.99 && run(runs, n).best().testAccuracy() > 0.99)) {
        claim("both distortions take the network past 99% on the validation and the test images, but " + n
            + " did not");
      }
    }
    if (!(apart <= 0.002)) {
      claim("the affine and the elastic runs end within a few validation images of each other, but they are "
          + apart + " apart");
    }
    if (!(run(runs, "dropout").best().validationAccuracy() < run(runs, "plateau").best().validationAccuracy())) {
      claim("within 12 epochs dropout costs the wide network accuracy, but it reached "
          + run(runs, "dropout").best().validationAccuracy() + " against "
          + run(runs, "plateau").best().validationAccuracy() + " without");
    }
    RunRecord constant = run(runs, "relu");
    RunRecord plateau = run(runs, "plateau");
    int halved = plateau.loweredAfter(1);
    if (halved == 0 || plateau.loweredAfter(2) != 0) {
      claim("the plateau run halved η once, but it lowered η after epochs " + halved + " and "
          + plateau.loweredAfter(2));
    }
    for (int i = 0; i < halved; i++) {
      EpochResult a = constant.history().rows().get(i);
      EpochResult b = plateau.history().rows().get(i);
      if (a.trainCost() != b.trainCost() || a.validationAccuracy() != b.validationAccuracy()
          || a.testAccuracy() != b.testAccuracy()) {
        claim("the constant and the plateau runs are the same to the last digit until η is halved, but epoch "
            + a.epoch() + " differs");
      }
    }
    double longer = run(runs, "plain").best().validationAccuracy() - run(runs, "plateau").best().validationAccuracy();
    if (!(Math.abs(longer) < 0.0025)) {
      claim("training the undistorted network longer changes its best validation accuracy little, but the long"
          + " run differs from the 12-epoch one by " + longer);
    }
    if (!(run(runs, "plain").last().trainCost() < 0.02)) {
      claim("the long undistorted run learned its training images almost perfectly, but its last mean cost is "
          + run(runs, "plain").last().trainCost());
    }
    for (String n : List.of("affine", "best")) {
      if (!(run(runs, n).best().epoch() > run(runs, "plain").best().epoch())) {
        claim("with distortions the validation accuracy goes on rising for more epochs than without, but " + n
            + "'s best epoch is " + run(runs, n).best().epoch());
      }
    }
    RunRecord best = run(runs, "best");
    for (int k = 1; k <= 2; k++) {
      if (!stepsUp(best, best.loweredAfter(k))) {
        claim("in the elastic run the epochs after each of the first two halvings of η step up, but after halving "
            + k + " (epoch " + best.loweredAfter(k) + ") none of the next 3 beats every epoch before");
      }
    }
    if (!wobbles(run(runs, "relu"))) {
      claim("with a constant η the validation accuracy wobbles, but it never fell from one epoch to the next");
    }
    for (String n : List.of("plain", "best")) {
      if (run(runs, n).stoppedEarly() == 0) {
        claim("early stopping ended the run " + n + " before its last epoch, but it ran them all");
      }
    }
    EpochResult without = last(dropout.get(0));
    EpochResult with = last(dropout.get(1));
    // the experiment's test column holds the accuracy on its own training images
    if (!(without.testAccuracy() >= 0.99 && with.testAccuracy() >= 0.99)
        || !(with.validationAccuracy() > without.validationAccuracy())
        || !(dropout.get(1).history().best().validationAccuracy()
            > dropout.get(0).history().best().validationAccuracy())) {
      claim("on the small split both runs learn their training images by heart and dropout raises the"
          + " validation accuracy, last and best, but without: " + without + ", with: " + with);
    }
  }

  private static void rising(List<RunRecord> runs, String claim, String... names) {
    for (int i = 1; i < names.length; i++) {
      double before = run(runs, names[i - 1]).best().validationAccuracy();
      double after = run(runs, names[i]).best().validationAccuracy();
      if (!(after > before)) {
        claim(claim + ", but " + names[i] + " reached " + after + " against " + names[i - 1] + "'s " + before);
      }
    }
  }

  // one of the 3 epochs after epoch e beats every epoch up to e
  private static boolean stepsUp(RunRecord r, int e) {
    List<EpochResult> rows = r.history().rows();
    if (e < 1 || e + 3 > rows.size()) {
      return false;
    }
    double before = 0;
    for (int i = 0; i < e; i++) {
      before = Math.max(before, rows.get(i).validationAccuracy());
    }
    for (int i = e; i < e + 3; i++) {
      if (rows.get(i).validationAccuracy() > before) {
        return true;
      }
    }
    return false;
  }

  private static boolean wobbles(RunRecord r) {
    List<EpochResult> rows = r.history().rows();
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).validationAccuracy() < rows.get(i - 1).validationAccuracy()) {
        return true;
      }
    }
    return false;
  }

  private static RunRecord run(List<RunRecord> runs, String name) {
    return runs.stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("tutorial 7 needs the run " + name));
  }

  private static EpochResult last(Experiment e) {
    List<EpochResult> rows = e.history().rows();
    return rows.get(rows.size() - 1);
  }

  private static void claim(String what) {
    throw new IllegalStateException("tutorial 7 says " + what + ": rewrite it");
  }
}
