package dev.glassbox.sketch;

import dev.glassbox.render.shared.Viewport;
import dev.glassbox.render.stepper.BatchState;
import dev.glassbox.render.stepper.StepperAction;
import dev.glassbox.render.stepper.StepperScene;
import dev.glassbox.render.stepper.StepperState;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Granularity;
import java.awt.event.KeyEvent;
import java.util.SplittableRandom;
import processing.core.PApplet;

/**
 * The stepper window: one test image's forward pass, cost, backprop and update, animated step by
 * step. Keys and on-screen buttons drive a {@link StepperState}; a {@link StepperScene} draws it.
 * An optional {@link ScriptRunner} feeds it simulated key and mouse events (the CI window test).
 */
public final class StepperSketch extends PApplet {
  private final TraceSource source;
  private final StepperState state;
  private final StepperScene scene;
  private final ScriptRunner script;
  private final NudgeController nudge;
  private final SplittableRandom random = new SplittableRandom();
  private int image;
  private int lastMillis;
  private boolean scrubbing;
  private boolean stroking;
  private boolean ownsProgram = true;
  private Trace batchTrace;

  /**
   * @param source the network and test images
   * @param image the first test image shown
   * @param granularity per-layer or per-neuron steps
   * @param script simulated events to play, or null
   */
  public StepperSketch(TraceSource source, int image, Granularity granularity, ScriptRunner script) {
    this.source = source;
    this.image = image;
    Trace t = source.trace(image);
    this.state = new StepperState(t, granularity, source.title(image), source.modelNote());
    state.setAutoPin(true);
    this.scene = new StepperScene(source.sizes());
    this.script = script;
    this.nudge = new NudgeController(state, scene);
  }

  @Override
  public void settings() {
    // most of the screen it opens on, with room for the window manager's frame; resizable
    int[] size = WindowSize.forMainScreen();
    size(size[0], size[1]);
    // aliased like the offscreen canvas, so the window and the PNGs match (views smooth circles)
    noSmooth();
  }

  @Override
  public void setup() {
    surface.setTitle("Glassbox stepper");
    surface.setResizable(true);
    frameRate(60);
    lastMillis = millis();
  }

  @Override
  public void draw() {
    try {
      // advance the animation clock by the real time since the last frame
      int now = millis();
      state.tick((now - lastMillis) / 1000.0);
      lastMillis = now;
      if (script != null) {
        script.beforeFrame(this);
      }
      nudge.beforeFrame();
      if (width != scene.viewport().windowWidth() || height != scene.viewport().windowHeight()) {
        scene.setViewport(scene.viewport().resized(width, height));
      }
      scene.display(g, state);
      if (script != null) {
        script.afterFrame(this);
      }
    } catch (RuntimeException e) {
      System.err.println("glassbox: the stepper window failed: " + e);
      e.printStackTrace();
      if (ownsProgram) {
        System.exit(1);
      }
      exitActual(); // beside the studio: close only this window
    }
  }

  /** Makes closing this window leave the rest of the program (the studio) running. */
  void closeOnlyThisWindow() {
    ownsProgram = false;
  }

  @Override
  public void exitActual() {
    if (ownsProgram) {
      super.exitActual();
    } else {
      noLoop(); // stop drawing, then close the frame
      WindowCloser.close(this);
    }
  }

  /** The state shown (for the script runner). */
  StepperState state() {
    return state;
  }

  /** The scene drawn (for the script runner). */
  StepperScene scene() {
    return scene;
  }

  @Override
  public void keyPressed() {
    if (zoomKey()) {
      return;
    }
    char k = key;
    if (key == ESC) {
      // Esc closes overlays and unpins instead of quitting Processing
      key = 0;
      if (state.help()) {
        state.toggleHelp();
      } else if (scene.drawing()) {
        scene.setDrawing(false);
      } else if (state.batch() != null) {
        state.setBatch(null);
      } else if (state.afterShown()) {
        state.hideAfterUpdate();
      } else if (!nudge.escape()) {
        state.unpin();
      }
      return;
    }
    if (scene.drawing() && drawKey(k)) {
      return;
    }
    if (nudge.key(k, keyCode)) {
      return;
    }
    StepperAction a = KeyMap.action(k, keyCode);
    if (a != null) {
      apply(a);
    }
  }

  // Ctrl (Cmd on a Mac) with + or =, - and 0: zoom in, out and back to 1 (the presenter's keys)
  private boolean zoomKey() {
    if (keyEvent == null || !(keyEvent.isControlDown() || keyEvent.isMetaDown())) {
      return false;
    }
    Viewport v = scene.viewport();
    if (key == '+' || key == '=' || keyCode == KeyEvent.VK_EQUALS || keyCode == KeyEvent.VK_PLUS
        || keyCode == KeyEvent.VK_ADD) {
      v = v.zoomedIn();
    } else if (key == '-' || keyCode == KeyEvent.VK_MINUS || keyCode == KeyEvent.VK_SUBTRACT) {
      v = v.zoomedOut();
    } else if (key == '0' || keyCode == KeyEvent.VK_0 || keyCode == KeyEvent.VK_NUMPAD0) {
      v = v.reset();
    } else {
      return false;
    }
    scene.setViewport(v);
    return true;
  }

  // the draw canvas's own keys: Enter traces the drawing, x clears, digits set the target
  private boolean drawKey(char k) {
    if (k == ENTER || k == RETURN) {
      traceDrawing();
      return true;
    }
    if (k == 'x' || k == 'X' || k == BACKSPACE) {
      scene.canvas().clear();
      return true;
    }
    if (k >= '0' && k <= '9') {
      scene.canvas().setTarget(k - '0');
      return true;
    }
    return false;
  }

  private void traceDrawing() {
    byte[] px = scene.canvas().mnist();
    if (px == null) {
      return;
    }
    Trace t = source.drawn(px, scene.canvas().target());
    state.load(t, state.stepper().granularity(), "your drawing · target " + t.label()
        + (scene.canvas().target() < 0 ? " (the prediction)" : ""));
    scene.setDrawing(false);
    state.setPlaying(false); // Enter steps: the drawing's first step, paused like a test image
  }

  /** Does what a key or button asks (a switch expression: a new action must be handled here). */
  void apply(StepperAction a) {
    if (state.batch() != null && !scene.drawing() && state.batch().apply(a)) {
      return; // the mini-batch view's own steps
    }
    Runnable r = switch (a) {
      case PLAY -> state::togglePlay;
      case NEXT -> () -> { state.setPlaying(false); state.next(); };
      case BACK -> () -> { state.setPlaying(false); state.back(); };
      case LAYER_NEXT -> () -> { state.setPlaying(false); state.nextLayer(); };
      case LAYER_BACK -> () -> { state.setPlaying(false); state.previousLayer(); };
      case FASTER -> () -> state.changeSpeed(1);
      case SLOWER -> () -> state.changeSpeed(-1);
      case FIRST_IMAGE -> () -> show(0);
      case NEXT_IMAGE -> () -> show((image + 1) % source.size());
      case PREVIOUS_IMAGE -> () -> show((image - 1 + source.size()) % source.size());
      case RANDOM_IMAGE -> () -> show(random.nextInt(source.size()));
      case MISCLASSIFIED -> () -> show(source.nextMisclassified(image));
      case GRANULARITY -> state::toggleGranularity;
      case DRAW -> () -> scene.setDrawing(!scene.drawing());
      case CHECK -> state::runCheck;
      case INPUT_GRADIENT -> state::toggleInputGradient;
      case REPEAT -> state::repeatStep;
      case RESET -> state::resetWeights;
      case LESSON -> state::toggleLesson;
      case NUDGE -> nudge::toggle;
      case UNDO_NUDGE -> nudge::undo;
      case MINI_BATCH -> () -> state.setBatch(state.batch() != null ? null
          : batchFromHere(state.pinLayer(), state.pinNeuron()));
      case HELP -> state::toggleHelp;
      case QUIT -> this::exit;
    };
    r.run();
    if (state.batch() != null && state.trace() != batchTrace) {
      // another image, a repeated step or a reset: the batch follows, for the same neuron
      state.setBatch(batchFromHere(state.batch().view().layer(), state.batch().view().neuron()));
    }
  }

  // a test image from its first step
  private void show(int index) {
    if (index < 0) {
      return;
    }
    image = index;
    Trace t = source.trace(index);
    state.load(t, state.stepper().granularity(), source.title(index));
  }

  // the mini-batch of the images from this one on, through the weights shown (after any repeated steps), for
  // neuron j of layer l (l < 1: the view's default)
  private BatchState batchFromHere(int l, int j) {
    batchTrace = state.trace();
    return new BatchState(source.batch(batchTrace.networkBefore(), image, BatchState.DEFAULT_M), l, j,
        source.setName());
  }

  @Override
  public void mousePressed() {
    float mx = sceneX(mouseX);
    float my = sceneY(mouseY);
    state.mouse(mx, my);
    boolean batch = state.batch() != null && !scene.drawing();
    // under the mini-batch view only the button row is live
    StepperAction a = batch ? scene.controls().at(mx, my) : scene.actionAt(mx, my);
    if (a != null) {
      apply(a);
      return;
    }
    if (batch) {
      return; // the mini-batch view covers the network: clicks wait until it closes
    }
    if (!scene.drawing() && scene.afterUpdate().covers(mx, my)) {
      return; // on "did it help?", not on the neurons under it
    }
    if (nudge.press(mx, my)) {
      return;
    }
    if (scene.drawing()) {
      stroking = scene.canvas().contains(mx, my);
      if (stroking) {
        scene.canvas().stroke(mx, my, mx, my);
      }
      return;
    }
    if (scene.timeline().contains(mx, my)) {
      scrubbing = true;
      state.setPlaying(false);
      state.seek(scene.timeline().stepAt(mx, state.stepper().size()));
      return;
    }
    int[] hit = scene.network().layout().hit(mx, my);
    if (hit != null && hit[0] >= 1) {
      // a second click on the pinned neuron unpins it
      if (state.pinLayer() == hit[0] && state.pinNeuron() == hit[1]) {
        state.unpin();
      } else {
        state.pin(hit[0], hit[1]);
      }
    }
  }

  @Override
  public void mouseDragged() {
    state.mouse(sceneX(mouseX), sceneY(mouseY));
    if (nudge.drag(sceneX(mouseX))) {
      return;
    }
    if (scrubbing) {
      state.seek(scene.timeline().stepAt(sceneX(mouseX), state.stepper().size()));
    } else if (stroking) {
      scene.canvas().stroke(sceneX(pmouseX), sceneY(pmouseY), sceneX(mouseX), sceneY(mouseY));
    }
  }

  @Override
  public void mouseReleased() {
    scrubbing = false;
    nudge.release();
    if (stroking) {
      predictDrawing();
    }
    stroking = false;
  }

  // after each stroke: trace the drawing so far and show the network's answer beside it
  private void predictDrawing() {
    byte[] px = scene.canvas().mnist();
    if (px == null) {
      scene.canvas().setPrediction(-1, null);
      return;
    }
    Trace t = source.drawn(px, -1);
    scene.canvas().setPrediction(t.predicted(), t.output());
  }

  @Override
  public void mouseWheel(processing.event.MouseEvent e) {
    // the wheel up moves the nudge slider right (a larger value)
    nudge.wheel(sceneX(mouseX), sceneY(mouseY), -e.getCount());
  }

  @Override
  public void mouseMoved() {
    state.mouse(sceneX(mouseX), sceneY(mouseY));
  }

  // window pixels to the scene's logical pixels (the zoom)
  private float sceneX(float windowX) {
    return scene.viewport().sceneX(windowX);
  }

  private float sceneY(float windowY) {
    return scene.viewport().sceneY(windowY);
  }
}
