package dev.glassbox.cli;

import dev.glassbox.training.EpochResult;
import dev.glassbox.training.RunClock;
import dev.glassbox.training.Schedule;
import dev.glassbox.training.TrainingConfig;
import dev.glassbox.training.TrainingRun;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a training run in the terminal: a live progress bar per epoch (images/s, the epoch's ETA
 * drawn by the progressbar library, and the whole run's time left from {@link RunClock}) when the
 * output is a terminal; and one line per epoch either way, ending in the run's time left.
 */
final class TerminalProgress implements TrainingRun.Listener {
  private final PrintWriter out;
  private final PrintStream terminal;
  private ProgressBar bar;
  private int epochs;
  private int batchSize;
  private int trainSize;
  private long epochStart;
  private RunClock clock;

  /**
   * @param out where the lines go
   * @param terminal where the live bar goes, or null for no bar (output is not a terminal)
   */
  TerminalProgress(PrintWriter out, PrintStream terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** Whether stdout is an interactive terminal (then bars, else plain lines). */
  static boolean isTerminal() {
    return System.console() != null;
  }

  // a schedule changes η: each epoch line then shows the one it trained at
  private boolean scheduled;

  @Override
  public void started(TrainingConfig c, int batchesPerEpoch, int trainSize) {
    this.epochs = c.epochs();
    this.batchSize = c.batch();
    this.trainSize = trainSize;
    this.clock = RunClock.of(c, System.nanoTime());
    out.printf(Locale.ROOT, "Training %s (%s hidden, %s output, %s cost, %s init), eta %s, batch %d,"
            + " lambda %s, momentum %s, seed %d, %d thread%s, %d training images%n",
        c.sizesString(), c.hidden().id(), c.output().id(), c.cost().id(), c.init().label(),
        fmt(c.eta()), c.batch(), fmt(c.lambda()), fmt(c.momentum()), c.seed(), c.threads(),
        c.threads() == 1 ? "" : "s", trainSize);
    scheduled = c.schedule() != Schedule.CONSTANT;
    if (scheduled || c.patience() > 0) {
      out.printf(Locale.ROOT, "Schedule %s%s; %s%n", c.schedule().id(),
          scheduled ? " (" + c.schedule().meaning().replace("N epochs", c.halveAfter() + " epoch(s)") + ")" : "",
          c.patience() > 0 ? "early stopping after " + c.patience() + " epoch(s) without a better validation accuracy"
              + ", so the time left is at most (≤) the one shown"
              : "no early stopping");
    }
    out.println("epoch  train cost  validation  test       seconds" + (scheduled ? "       eta" : "")
        + "     left");
  }

  @Override
  public boolean readsNetwork() {
    return false; // progress and cost only
  }

  @Override
  public void batch(int epoch, int done, int total) {
    clock.batch(epoch, (double) done / total, System.nanoTime());
    if (terminal == null) {
      return;
    }
    if (bar == null) {
      epochStart = System.nanoTime();
      bar = new ProgressBarBuilder()
          .setTaskName(String.format(Locale.ROOT, "epoch %d/%d", epoch, epochs))
          .setInitialMax(trainSize)
          .setUnit(" img", 1)
          .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
          .setUpdateIntervalMillis(100)
          .setConsumer(new ConsoleProgressBarConsumer(terminal))
          .clearDisplayOnFinish()
          .build();
    }
    long images = Math.min(trainSize, (long) done * batchSize);
    bar.stepTo(images);
    // the library's own rate needs whole seconds; an epoch can take a fifth of one
    double seconds = (System.nanoTime() - epochStart) / 1e9;
    if (seconds > 0.02) {
      String left = clock.left(clock.secondsLeft(epoch, (double) done / total, System.nanoTime()));
      bar.setExtraMessage(String.format(Locale.ROOT, " %,.0f img/s%s", images / seconds,
          left.isEmpty() ? "" : " · run: " + left));
    }
  }

  @Override
  public void epoch(EpochResult r, boolean best, dev.glassbox.training.Evaluation v, dev.glassbox.training.Evaluation t) {
    closeBar();
    clock.epochEnded(r.epoch(), System.nanoTime());
    out.printf(Locale.ROOT, "%5d  %10.5f  %9s  %9s  %6.2f%s  %7s%s%n", r.epoch(), r.trainCost(),
        pct(r.validationAccuracy()), pct(r.testAccuracy()), r.seconds(),
        scheduled ? String.format(Locale.ROOT, "  %8.4g", r.eta()) : "",
        left(clock.secondsLeftAfter(r.epoch())), best ? "  * best" : "");
  }

  // the run's time left after an epoch: "6:12", "≤6:12" when early stopping may end it sooner
  private String left(double seconds) {
    return (clock.atMost() && seconds > 0 ? "≤" : "") + RunClock.clock(seconds);
  }

  /** Removes a half-drawn bar (on a stop or an error). */
  void closeBar() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  static String pct(double acc) {
    return Double.isNaN(acc) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * acc);
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
  }
}
