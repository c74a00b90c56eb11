package dev.glassbox.sketch;

import dev.glassbox.data.Dataset;
import dev.glassbox.data.MnistSplit;
import dev.glassbox.network.Network;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Png;
import dev.glassbox.render.studio.Dashboard;
import dev.glassbox.training.BackgroundTraining;
import dev.glassbox.training.EpochResult;
import dev.glassbox.training.EvaluatedEpoch;
import dev.glassbox.training.History;
import dev.glassbox.training.LoadedModel;
import dev.glassbox.training.Progress;
import dev.glassbox.training.TrainingConfig;
import dev.glassbox.training.TrainingSnapshot;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import processing.core.PApplet;

/**
 * The training studio window: the controls on the left, the {@link Dashboard} on the right.
 * Training runs on a {@link BackgroundTraining} thread; {@link #draw()} only reads the latest
 * snapshot its monitor published: it repaints at most 10 times a second unless the user acts,
 * and drops to 10 frames and 5 repaints a second while training runs untouched.
 */
public final class StudioSketch extends PApplet {
  /**
   * How the studio starts.
   *
   * @param settings the initial hyperparameters
   * @param split the data
   * @param model the model file Save writes and Load reads
   * @param history a history CSV to show at start, or null
   * @param load whether to load {@code model} at start
   * @param autostart whether to start training by itself
   * @param autostartAfter seconds after the window opens to start it (0: at once)
   * @param screenshot when training ends, save the window here and close (null: stay open)
   * @param screenshotAfter if positive, take the screenshot this many seconds after the window
   *     opens instead, training or not
   * @param stepper opens a clicked digit in the stepper
   * @param size the window's first {width, height}, or null for most of the screen (see
   *     {@link WindowSize})
   */
  public record Options(StudioSettings settings, MnistSplit split, Path model, Path history,
      boolean load, boolean autostart, double autostartAfter, Path screenshot, double screenshotAfter,
      StepperLauncher stepper, int[] size) {}

  /**
   * The smallest layout: a smaller window shows it scaled down, so that the controls' column and
   * the status line keep their room.
   */
  static final int MIN_WIDTH = 1280;
  static final int MIN_HEIGHT = 800;

  private final Options options;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Dashboard dashboard = new Dashboard();
  private final Repaint repaint = new Repaint(10);
  private float fps = 30;
  private long lastInput;
  private boolean started;
  private Progress.State announced;
  private StudioControls controls;
  private volatile BackgroundTraining training;
  private volatile TrainingSnapshot still = TrainingSnapshot.idle();
  private Network loaded;
  private TrainingSnapshot painted;
  private boolean saved;
  private volatile int exitCode;

  /** A studio window; show it with {@link #open}. */
  public StudioSketch(Options options) {
    this.options = options;
  }

  /** Opens the window and waits until it is closed; then see {@link #exitCode()}. */
  public static StudioSketch open(Options options) throws InterruptedException {
    WindowCloser.requireDisplay("studio");
    StudioSketch s = new StudioSketch(options);
    PApplet.runSketch(new String[] {"Glassbox studio"}, s);
    s.closed.await();
    return s;
  }

  /** 0, or 1 when a screenshot run's training failed. */
  public int exitCode() {
    return exitCode;
  }

  @Override
  public void settings() {
    int[] size = options.size() != null ? options.size() : WindowSize.forMainScreen();
    size(size[0], size[1]);
  }

  @Override
  public void setup() {
    surface.setTitle("Glassbox studio");
    surface.setResizable(true);
    frameRate(30);
    textFont(Offscreen.font(13));
    controls = new StudioControls(options.settings(), options.model());
    try {
      if (options.history() != null) {
        still = TrainingSnapshot.ofHistory(History.read(options.history()));
        controls.status("Showing " + options.history() + ".", false);
      }
      if (options.load()) {
        loadModel();
      }
    } catch (Exception e) {
      controls.status(message(e), true);
    }
    started = !options.autostart();
  }

  /** The snapshot on screen: the training's latest, or a loaded model or history. */
  public TrainingSnapshot snapshot() {
    BackgroundTraining t = training;
    return t != null ? t.monitor().latest() : still;
  }

  @Override
  public void draw() {
    TrainingSnapshot s = snapshot();
    if (controls.typing() && frameCount % 15 == 0) {
      repaint.input(); // the text cursor blinks
    }
    long now = System.nanoTime();
    if (!started && millis() >= options.autostartAfter() * 1000) {
      started = true;
      startTraining();
    }
    // while training runs and nobody touches the window, 10 frames and 5 pictures a second will do
    boolean untouched = s.progress().state().active() && now - lastInput > 2_000_000_000L;
    float want = untouched ? 10 : 30;
    if (want != fps) {
      fps = want;
      frameRate(want);
      repaint.rate(untouched ? 5 : 10);
    }
    announceEnd(s);
    if (repaint.due(s, now)) {
      background(Palette.argb(Palette.BACKGROUND));
      float f = scale();
      float w = width / f;
      float h = height / f;
      pushMatrix();
      scale(f);
      controls.display(g, mouseX / f, mouseY / f, frameCount, s.progress().state(), h);
      dashboard.display(g, StudioControls.WIDTH + 10, 10, w - StudioControls.WIDTH - 20,
          h - 20, s, options.split());
      popMatrix();
      painted = s;
    }
    // otherwise the window keeps showing the last picture
    if (options.screenshot() != null) {
      screenshotWhenDone();
    }
  }

  // 1, or less when the window is smaller than the smallest layout
  private float scale() {
    return Math.min(1f, Math.min(width / (float) MIN_WIDTH, height / (float) MIN_HEIGHT));
  }

  // one status line when a run ends: how it went and what to do next
  private void announceEnd(TrainingSnapshot s) {
    Progress.State st = s.progress().state();
    if (training == null || st.active() || st == announced) {
      return;
    }
    announced = st;
    EpochResult best = null;
    for (EpochResult r : s.history()) {
      if (best == null || r.validationAccuracy() > best.validationAccuracy()) {
        best = r;
      }
    }
    if (st == Progress.State.FAILED) {
      controls.status(s.progress().message(), true);
    } else if (best != null) {
      TrainingConfig c = training.config();
      boolean early = st == Progress.State.STOPPED_EARLY;
      double lastEta = s.history().get(s.history().size() - 1).eta();
      // the room is four lines: name early stopping and a lowered η only when they happened
      controls.status(String.format(java.util.Locale.ROOT, "%s after %d epoch(s)%s. Best validation"
          + " accuracy %.2f%% at epoch %d (test %.2f%%)%s. Save model keeps that epoch's weights.",
          st == Progress.State.STOPPED ? "Stopped" : early ? "Stopped early" : "Finished", s.history().size(),
          early ? " (patience " + c.patience() + ")" : "",
          100 * best.validationAccuracy(), best.epoch(), 100 * best.testAccuracy(),
          lastEta < c.eta() ? String.format(java.util.Locale.ROOT, "; last η %.3g", lastEta) : ""), false);
    }
  }

  // once the run has ended and its last snapshot is on screen, save the window and close it
  private void screenshotWhenDone() {
    Progress.State st = painted == null ? Progress.State.IDLE : painted.progress().state();
    boolean ended = training != null && !st.active() && st != Progress.State.IDLE;
    boolean due = options.screenshotAfter() > 0
        ? millis() >= options.screenshotAfter() * 1000 && painted == snapshot()
        : ended && painted == snapshot();
    if (due && !saved) {
      saved = true;
      Png.save(g, options.screenshot());
      exitCode = st == Progress.State.FAILED ? 1 : 0;
      exit();
    }
  }

  @Override
  public void windowResized() {
    repaint.input(); // lay the views out again at the new size
  }

  @Override
  public void mouseMoved() {
    lastInput = System.nanoTime();
    repaint.input();
  }

  @Override
  public void mousePressed() {
    lastInput = System.nanoTime();
    repaint.input();
    float f = scale();
    float mx = mouseX / f;
    float my = mouseY / f;
    StudioControls.Action a = controls.click(mx, my, mouseButton == RIGHT);
    try {
      act(a);
    } catch (Exception e) {
      controls.status(message(e), true);
    }
    if (dashboard.epochToggleAt(mx, my)) {
      return;
    }
    int[] cell = dashboard.cellAt(mx, my);
    if (cell != null) {
      dashboard.toggle(cell[0], cell[1]);
      return;
    }
    if (dashboard.nextPageAt(mx, my)) {
      return;
    }
    int index = dashboard.digitAt(mx, my);
    EvaluatedEpoch shown = dashboard.shownEpoch(snapshot());
    if (index >= 0 && shown != null) {
      Dataset data = Dashboard.dataset(shown, options.split());
      // the weights that made this evaluation, copied: the stepper sees what the gallery shows
      options.stepper().open(shown.network().copy(), data, index);
      controls.status("Opened " + data.name() + " image " + index + " in the stepper, with the weights of "
          + (shown.epoch() > 0 ? "epoch " + shown.epoch() : "the loaded model") + ".", false);
    }
  }

  private void act(StudioControls.Action a) throws Exception {
    BackgroundTraining t = training;
    switch (a) {
      case START:
        startTraining();
        break;
      case PAUSE:
        t.pause();
        break;
      case RESUME:
        t.resume();
        break;
      case STOP:
        t.stop();
        break;
      case SAVE:
        save();
        break;
      case LOAD:
        loadModel();
        break;
      case BROWSE:
        BrowseSketch.open(options.split(), options.stepper(), this::networkForStepper, false);
        break;
      default:
        break;
    }
  }

  @Override
  public void keyPressed() {
    lastInput = System.nanoTime();
    repaint.input();
    if (controls.typing()) {
      controls.type(key, keyCode);
      if (key == ESC) {
        key = 0; // Esc leaves the field; it does not close the window
      }
      return;
    }
    if (key == 'b' || key == 'B') {
      dashboard.toggleEpoch();
      return;
    }
    BackgroundTraining t = training;
    if (key == ' ' && t != null) {
      if (t.monitor().paused()) {
        t.resume();
      } else {
        t.pause();
      }
    }
  }

  private void startTraining() {
    try {
      StudioSettings s = controls.settings();
      TrainingConfig config = s.config();
      Network net;
      if (loaded != null && java.util.Arrays.equals(loaded.sizes(), config.sizes())) {
        net = loaded;
        controls.status("Training on from the loaded model.", false);
      } else {
        net = config.newNetwork();
        controls.status("Training " + config.sizesString() + " for " + config.epochs() + " epoch(s) on "
            + options.split().train().size() + " images.", false);
      }
      loaded = null;
      BackgroundTraining t = new BackgroundTraining(config, net, options.split());
      announced = null;
      training = t;
      t.start();
    } catch (IllegalArgumentException e) {
      controls.status(message(e), true);
    }
  }

  private void save() throws Exception {
    TrainingSnapshot s = snapshot();
    if (s.bestNetwork() == null && s.evaluated() == null) {
      controls.status("Nothing to save yet: train at least one epoch.", true);
      return;
    }
    Path file = controls.modelFile();
    Path csv = StudioFiles.save(s, file);
    controls.status("Saved the best model to " + file + (csv != null ? " and the history to " + csv : "") + ".", false);
  }

  private void loadModel() throws Exception {
    Path file = controls.modelFile();
    StudioFiles.Loaded m = StudioFiles.load(file);
    controls.show(m.network());
    controls.status("Loading " + file + " and evaluating it...", false);
    training = null;
    Thread th = new Thread(() -> {
      still = LoadedModel.snapshot(m.network(), m.history(), options.split(), options.settings().threads);
      controls.status("Loaded " + file + (m.history() != null ? " with its history" : "")
          + ". Start trains on from it.", false);
      repaint.input();
    }, "glassbox-load");
    th.setDaemon(true);
    th.start();
    loaded = m.network();
  }

  // the browser's stepper uses the weights on screen, or a fresh network from the settings
  private Network networkForStepper() {
    TrainingSnapshot s = snapshot();
    if (s.evaluated() != null) {
      return s.evaluated().copy();
    }
    return controls.settings().config().newNetwork();
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public void exitActual() {
    // close this window and hand control back to the command, instead of System.exit
    BackgroundTraining t = training;
    if (t != null) {
      t.stop();
    }
    WindowCloser.close(this);
    closed.countDown();
  }
}
