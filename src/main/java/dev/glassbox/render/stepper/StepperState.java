package dev.glassbox.render.stepper;

import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.FiniteDifference;
import dev.glassbox.trace.explain.Granularity;
import dev.glassbox.trace.explain.Step;
import dev.glassbox.trace.explain.Stepper;
import dev.glassbox.trace.explore.RepeatedSteps;
import java.util.List;

/**
 * What the stepper window shows at one moment: the trace and its stepper (the cursor), how far the
 * current step's animation has run, the pinned neuron, the "check it" result, the speed, which
 * overlays are open, and the SGD steps taken on the image for "did it help?" ({@link RepeatedSteps}:
 * {@code r} shows the next step's trace, reset the first). Holds no Processing objects, so the
 * window, the PNG/GIF renderer, the benchmark and the tests share it.
 */
public final class StepperState {
  /** Speeds in steps per second that the speed keys move between. */
  static final double[] SPEEDS = {0.25, 0.5, 1, 2, 4, 8, 16, 32};

  private Trace trace;
  private Stepper stepper;
  private List<Step> neuronSteps;
  private StepIndex index;
  private EdgeSets edges;
  private String title = "";
  private String modelNote = "";
  private float t = 1f;
  private double onStep;
  private boolean playing;
  private int speedLevel = 3;
  private int pinLayer = -1;
  private int pinNeuron = -1;
  private boolean autoPin;
  private FiniteDifference.Check check;
  private boolean help;
  private boolean lesson;
  private boolean inputGradient;
  private float mouseX = -1;
  private float mouseY = -1;
  private Object checkedKey;
  private int checkedFor = -1;
  private int checkedK;
  private RepeatedSteps repeats;
  private boolean afterShown;
  private BatchState batch;

  /** A state showing {@code trace} at {@code granularity}, cursor on the first step. */
  public StepperState(Trace trace, Granularity granularity, String title, String modelNote) {
    this.modelNote = modelNote;
    load(trace, granularity, title);
  }

  /**
   * Shows a new trace (another image), keeping the pin, speed and play state. Its SGD steps start
   * again from the trace's weights.
   */
  public void load(Trace newTrace, Granularity granularity, String newTitle) {
    this.title = newTitle;
    this.repeats = new RepeatedSteps(newTrace);
    this.afterShown = false;
    show(newTrace, granularity);
  }

  // the trace's steps, cursor on the first
  private void show(Trace newTrace, Granularity granularity) {
    this.trace = newTrace;
    this.stepper = new Stepper(newTrace, granularity);
    this.neuronSteps = Stepper.build(newTrace, Granularity.PER_NEURON);
    this.index = new StepIndex(stepper.steps(), newTrace.sizes());
    int[] sizes = newTrace.sizes();
    this.edges = new EdgeSets(newTrace, 110, sizes.length > 3 ? 60 : 80);
    this.check = null;
    if (pinLayer >= newTrace.layers() || (pinLayer >= 0 && pinNeuron >= newTrace.size(pinLayer))) {
      setPin(-1, -1);
    }
    this.t = 0f;
    this.onStep = 0;
    followAutoPin();
  }

  /**
   * Shows another trace of the same image (the network with one number nudged, or the model's own
   * again), keeping the cursor, the pin, the title and the overlays: every view then shows its
   * numbers. The SGD steps of "did it help?" are left as they are (a repeat or a reset shows their
   * own trace again).
   */
  public void replaceTrace(Trace newTrace) {
    int at = stepper.index();
    show(newTrace, stepper.granularity());
    stepper.seek(at);
    this.t = 1f;
    followAutoPin();
  }

  /** Switches per-layer / per-neuron steps, staying on the same kind of step of the same layer. */
  public void toggleGranularity() {
    Step cur = stepper.current();
    Granularity g = stepper.granularity() == Granularity.PER_LAYER ? Granularity.PER_NEURON : Granularity.PER_LAYER;
    Stepper next = new Stepper(trace, g);
    int target = 0;
    for (int i = 0; i < next.size(); i++) {
      Step s = next.steps().get(i);
      if (s.kind() == cur.kind() && s.layer() == cur.layer()) {
        target = i;
        break;
      }
    }
    next.seek(target);
    this.stepper = next;
    this.index = new StepIndex(next.steps(), trace.sizes());
    this.t = 1f;
    followAutoPin();
  }

  /**
   * Advances the clock by {@code seconds}: the current step's transition runs for 70% of a step's
   * time at the current speed, and while playing the cursor moves on when the step's time is up.
   */
  public void tick(double seconds) {
    double stepTime = 1.0 / speed();
    t = (float) Math.min(1.0, t + seconds / (0.7 * stepTime));
    onStep += seconds;
    if (playing && onStep >= stepTime) {
      if (stepper.atEnd()) {
        playing = false;
      } else {
        seek(stepper.index() + 1);
      }
    }
  }

  /** Moves the cursor to step {@code i} (clamped) and restarts the transition. */
  public void seek(int i) {
    int before = stepper.index();
    stepper.seek(i);
    if (stepper.index() != before) {
      afterShown = false;
      // a jump of more than one step shows its end at once
      t = Math.abs(stepper.index() - before) == 1 ? 0f : 1f;
      onStep = 0;
    }
    followAutoPin();
  }

  /** One step forward; past the last step, "did it help?" ({@link #showAfterUpdate}). */
  public void next() {
    if (stepper.atEnd()) {
      showAfterUpdate();
    } else {
      seek(stepper.index() + 1);
    }
  }

  /** One step back; with "did it help?" open, closes it (back on the last step). */
  public void back() {
    if (afterShown) {
      afterShown = false;
    } else {
      seek(stepper.index() - 1);
    }
  }

  /**
   * "Did it help?": the cursor to the last step (every layer updated) and the same image forward
   * again through the updated weights shown beside it; its bars move from before to after.
   */
  public void showAfterUpdate() {
    playing = false;
    seek(stepper.size() - 1);
    afterShown = true;
    t = 0f;
    onStep = 0;
  }

  /** Closes "did it help?". */
  public void hideAfterUpdate() {
    afterShown = false;
  }

  /** Whether "did it help?" is open. */
  public boolean afterShown() {
    return afterShown;
  }

  /**
   * One more SGD step on this image ({@code r}): the trace of the same image through the weights
   * the latest step left becomes the one shown, on its last step, with "did it help?" open.
   */
  public void repeatStep() {
    show(repeats.repeat(), stepper.granularity());
    showAfterUpdate();
  }

  /**
   * Restores the model's weights: the image's first trace again, with one step taken; the cursor
   * and "did it help?" stay as they are. The model (and its file) were never changed.
   */
  public void resetWeights() {
    int at = stepper.index();
    boolean open = afterShown;
    Trace first = repeats.reset();
    if (first != trace) {
      show(first, stepper.granularity());
      stepper.seek(at);
      t = open ? 0f : 1f;
      followAutoPin();
    }
    afterShown = open;
  }

  /** The SGD steps taken on this image so far (the traced one, then each repeat). */
  public RepeatedSteps repeats() {
    return repeats;
  }

  /** To the first step of the next layer's block. */
  public void nextLayer() {
    int from = stepper.index();
    stepper.nextLayer();
    int to = stepper.index();
    stepper.seek(from);
    seek(to);
  }

  /** To the first step of the previous block. */
  public void previousLayer() {
    int from = stepper.index();
    stepper.previousLayer();
    int to = stepper.index();
    stepper.seek(from);
    seek(to);
  }

  /** Play or pause; playing from the last step starts again from the first. */
  public void togglePlay() {
    playing = !playing;
    if (playing && stepper.atEnd()) {
      seek(0);
    }
    onStep = 0;
  }

  /** Sets playing on or off. */
  public void setPlaying(boolean on) {
    playing = on;
  }

  /** Faster (+1) or slower (-1). */
  public void changeSpeed(int by) {
    speedLevel = Math.max(0, Math.min(SPEEDS.length - 1, speedLevel + by));
  }

  /** Steps per second while playing. */
  public double speed() {
    return SPEEDS[speedLevel];
  }

  /**
   * Pins neuron j of layer l (code numbering, l ≥ 1) for the inspector. The user's choice: it
   * turns the automatic pin off.
   */
  public void pin(int l, int j) {
    autoPin = false;
    setPin(l, j);
  }

  /** Removes the pin (the user's choice: it turns the automatic pin off). */
  public void unpin() {
    autoPin = false;
    setPin(-1, -1);
  }

  /**
   * Turns the automatic pin on or off: while on (and until the user pins or unpins), the pin
   * follows {@link AutoPin#at} as the cursor moves.
   */
  public void setAutoPin(boolean on) {
    autoPin = on;
    followAutoPin();
  }

  /** Whether the pin still follows {@link AutoPin} (the user has not pinned or unpinned). */
  public boolean autoPin() {
    return autoPin;
  }

  private void followAutoPin() {
    if (autoPin) {
      int[] p = AutoPin.at(stepper);
      setPin(p == null ? -1 : p[0], p == null ? -1 : p[1]);
    }
  }

  private void setPin(int l, int j) {
    if (l != pinLayer || j != pinNeuron) {
      check = null;
    }
    pinLayer = l;
    pinNeuron = j;
  }

  /** Whether a neuron is pinned. */
  public boolean pinned() {
    return pinLayer >= 1;
  }

  /** The pinned layer (code numbering) or -1. */
  public int pinLayer() {
    return pinLayer;
  }

  /** The pinned neuron or -1. */
  public int pinNeuron() {
    return pinNeuron;
  }

  /**
   * The incoming weight "check it" tests for the pinned neuron: the k of largest |∂C/∂w_{jk}|
   * (the largest |w| when every gradient is 0), or -1 with no pin.
   */
  public int checkedInput() {
    if (!pinned()) {
      return -1;
    }
    if (checkedKey == (Object) trace && checkedFor == pinLayer * 100000 + pinNeuron) {
      return checkedK;
    }
    checkedKey = trace;
    checkedFor = pinLayer * 100000 + pinNeuron;
    checkedK = findCheckedInput();
    return checkedK;
  }

  private int findCheckedInput() {
    int best = 0;
    double bestGrad = -1;
    double bestW = -1;
    int bestWk = 0;
    for (int k = 0; k < trace.size(pinLayer - 1); k++) {
      double g = Math.abs(trace.nablaW(pinLayer, pinNeuron, k));
      if (g > bestGrad) {
        bestGrad = g;
        best = k;
      }
      double w = Math.abs(trace.before().weight(pinLayer, pinNeuron, k));
      if (w > bestW) {
        bestW = w;
        bestWk = k;
      }
    }
    return bestGrad > 0 ? best : bestWk;
  }

  /**
   * Runs the finite-difference check of the pinned neuron's {@link #checkedInput()} weight, once
   * the cursor has reached that neuron's ∂C/∂w (before that there is nothing to check against).
   */
  public void runCheck() {
    if (pinned() && index.reached(dev.glassbox.trace.explain.StepKind.WEIGHT_GRADIENT, pinLayer, pinNeuron, cursor())) {
      check = FiniteDifference.weight(trace, pinLayer, pinNeuron, checkedInput());
    }
  }

  /** The last check, or null. */
  public FiniteDifference.Check check() {
    return check;
  }

  /** Shows the input as -∂C/∂x (which pixels pushed the answer) instead of x, or back. */
  public void toggleInputGradient() {
    inputGradient = !inputGradient;
  }

  /**
   * Whether the input is shown as its gradient: asked for, and computed by now (-∂C/∂x comes from
   * the first hidden layer's δ, the last δ the backward pass computes).
   */
  public boolean inputGradient() {
    return inputGradient && inputGradientKnown();
  }

  /** Whether the input gradient is asked for but the cursor has not reached it yet. */
  public boolean inputGradientPending() {
    return inputGradient && !inputGradientKnown();
  }

  private boolean inputGradientKnown() {
    int l = 1;
    return index.deltaReached(l, trace.size(l) - 1, cursor());
  }

  /** Whether the cursor has reached the network's answer (the output activations). */
  public boolean answerKnown() {
    int out = trace.outputLayer();
    return index.reached(dev.glassbox.trace.explain.StepKind.ACTIVATION, out, trace.size(out) - 1, cursor());
  }

  /** Shows or hides the help overlay. */
  public void toggleHelp() {
    help = !help;
  }

  /** Whether the help overlay is open. */
  public boolean help() {
    return help;
  }

  /** Turns lesson mode on or off; on, the stepper pins what the sentences talk about. */
  public void toggleLesson() {
    lesson = !lesson;
    if (lesson) {
      setAutoPin(true);
    }
  }

  /** Whether lesson mode is on: a few sentences of why at every step (see {@code trace.Lesson}). */
  public boolean lesson() {
    return lesson;
  }

  /** The sentences of lesson mode for the current step, about the pinned neuron. */
  public java.util.List<String> lessonSentences() {
    return dev.glassbox.trace.explain.Lesson.sentences(stepper().current(), pinned() ? new int[] {pinLayer(), pinNeuron()} : null);
  }

  /** Records where the mouse is (for hover tooltips); negative when outside. */
  public void mouse(float x, float y) {
    mouseX = x;
    mouseY = y;
  }

  /** Mouse x, or -1. */
  public float mouseX() {
    return mouseX;
  }

  /** Mouse y, or -1. */
  public float mouseY() {
    return mouseY;
  }

  /** The trace shown. */
  public Trace trace() {
    return trace;
  }

  /** The stepper (cursor) of the current granularity. */
  public Stepper stepper() {
    return stepper;
  }

  /** The per-neuron steps of the trace (the inspector's equations for one neuron). */
  public List<Step> neuronSteps() {
    return neuronSteps;
  }

  /** Where each neuron's quantities are computed in {@link #stepper()}. */
  public StepIndex index() {
    return index;
  }

  /** The edges worth drawing. */
  public EdgeSets edges() {
    return edges;
  }

  /** The cursor's step index. */
  public int cursor() {
    return stepper.index();
  }

  /** Progress 0..1 of the current step's transition. */
  public float progress() {
    return t;
  }

  /** Sets the transition's progress (0..1): used by the GIF and the benchmark. */
  public void setProgress(float p) {
    t = Math.max(0f, Math.min(1f, p));
  }

  /** Whether the stepper is playing. */
  public boolean playing() {
    return playing;
  }

  /**
   * A one-line description of the image, e.g. "test image 0 · label 7", and after repeated steps
   * which SGD step on it is shown.
   */
  public String title() {
    return repeats.steps() > 1 ? title + " · SGD step " + repeats.steps() + " on it" : title;
  }

  /** Where the model came from. */
  public String modelNote() {
    return modelNote;
  }

  /** The mini-batch view, or null when it is closed. */
  public BatchState batch() {
    return batch;
  }

  /** Opens the mini-batch view on {@code b}, or closes it (null). */
  public void setBatch(BatchState b) {
    batch = b;
  }
}
