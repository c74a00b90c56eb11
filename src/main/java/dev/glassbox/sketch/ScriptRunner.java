package dev.glassbox.sketch;

import dev.glassbox.render.shared.Png;
import dev.glassbox.render.shared.Viewport;
import dev.glassbox.render.stepper.NetworkLayout;
import dev.glassbox.render.stepper.StepperAction;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import processing.core.PConstants;
import processing.event.KeyEvent;
import processing.event.MouseEvent;

/**
 * Plays a script of simulated input into a running {@link StepperSketch}, one token per frame,
 * through Processing's own event queue ({@code postEvent}), so the window reacts exactly as to a
 * user. Tokens, separated by spaces ({@code TOKEN*N} repeats one N times):
 * <ul>
 *   <li>keys: {@code space right left up down enter esc tab} or one character ({@code n}, {@code ]}, ...);
 *       {@code ctrl+C} is C with Ctrl held ({@code ctrl+=}, {@code ctrl+-}, {@code ctrl+0}: zoom)
 *   <li>{@code click:X,Y}, {@code hover:X,Y}, {@code drag:X1,Y1,X2,Y2} (mouse, window pixels)
 *   <li>{@code pin:L:J} clicks neuron J of layer L (book numbering); {@code button:NAME} clicks a
 *       button ({@code button:PLAY}, {@code button:CHECK}, {@code button:REPEAT} once "did it
 *       help?" is open); {@code scrub:S1,S2} drags the timeline
 *       from step S1 to step S2 (1-based); {@code slide:P1,P2} drags the nudge slider from position
 *       P1 to P2 (-1 .. 1, 0 the model's value); {@code wheel:X,Y,N} turns the mouse wheel N notches
 *       (negative: up)
 *   <li>{@code resize:W,H} resizes the window to W x H pixels
 *   <li>{@code wait:N} idles N frames; {@code shot:FILE} saves the frame as PNG; {@code expect-end}
 *       fails (exit 3) unless the cursor is on the last step; {@code expect-helped} fails unless "did
 *       it help?" is open and the image's cost after the latest SGD step is below its first cost;
 *       {@code quit} closes the window (exit 0)
 * </ul>
 */
public final class ScriptRunner {
  private final Deque<String> tokens = new ArrayDeque<>();
  private int waitFrames;
  private String shot;
  private boolean quit;

  /** Parses a script (see the class comment). */
  public ScriptRunner(String script) {
    for (String raw : script.trim().split("\\s+")) {
      if (raw.isEmpty()) {
        continue;
      }
      int star = raw.lastIndexOf('*');
      int times = 1;
      String tok = raw;
      if (star > 0 && star < raw.length() - 1 && raw.substring(star + 1).chars().allMatch(Character::isDigit)) {
        times = Integer.parseInt(raw.substring(star + 1));
        tok = raw.substring(0, star);
      }
      for (int i = 0; i < times; i++) {
        tokens.add(tok);
      }
    }
  }

  /** Runs the next token (called at the start of each frame). */
  void beforeFrame(StepperSketch s) {
    if (waitFrames > 0) {
      waitFrames--;
      return;
    }
    String tok = tokens.poll();
    if (tok == null) {
      return;
    }
    String[] p = tok.split(":", 2);
    String arg = p.length > 1 ? p[1] : "";
    switch (p[0]) {
      case "wait": waitFrames = Integer.parseInt(arg); break;
      case "shot": shot = arg; break;
      case "quit": quit = true; break;
      case "expect-end": expectEnd(s); break;
      case "expect-helped": expectHelped(s); break;
      case "click": click(s, nums(arg)[0], nums(arg)[1]); break;
      case "hover": mouse(s, MouseEvent.MOVE, nums(arg)[0], nums(arg)[1]); break;
      case "drag": drag(s, nums(arg)); break;
      case "pin": pin(s, arg); break;
      case "button": button(s, StepperAction.valueOf(arg.toUpperCase(java.util.Locale.ROOT))); break;
      case "scrub": scrub(s, nums(arg)); break;
      case "slide": slide(s, nums(arg)); break;
      case "wheel": wheel(s, nums(arg)); break;
      case "resize": s.windowResize((int) nums(arg)[0], (int) nums(arg)[1]); break;
      default: key(s, tok); break;
    }
  }

  /** Saves a requested screenshot and quits when asked (called at the end of each frame). */
  void afterFrame(StepperSketch s) {
    if (shot != null) {
      Png.save(s.g, Path.of(shot));
      System.out.println("saved " + shot);
      shot = null;
    }
    if (quit && waitFrames == 0) {
      s.exit();
    }
  }

  private static void expectEnd(StepperSketch s) {
    if (!s.state().stepper().atEnd()) {
      System.err.println("glassbox: script expected the last step, the cursor is on step "
          + (s.state().cursor() + 1) + "/" + s.state().stepper().size());
      System.exit(3);
    }
  }

  private static void expectHelped(StepperSketch s) {
    dev.glassbox.trace.explore.RepeatedSteps r = s.state().repeats();
    if (!s.state().afterShown() || !(r.cost(r.steps()) < r.cost(0))) {
      System.err.println("glassbox: script expected \"did it help?\" open with a lower cost; open: "
          + s.state().afterShown() + ", C " + r.cost(0) + " -> " + r.cost(r.steps()) + " after " + r.steps() + " steps");
      System.exit(3);
    }
  }

  private static float[] nums(String arg) {
    String[] parts = arg.split(",");
    float[] v = new float[parts.length];
    for (int i = 0; i < parts.length; i++) {
      v[i] = Float.parseFloat(parts[i].trim());
    }
    return v;
  }

  private static void key(StepperSketch s, String token) {
    boolean ctrl = token.startsWith("ctrl+") && token.length() > 5;
    String name = ctrl ? token.substring(5) : token;
    char k;
    int code;
    switch (name) {
      case "space": k = ' '; code = 32; break;
      case "enter": k = PConstants.ENTER; code = 10; break;
      case "esc": k = PConstants.ESC; code = 27; break;
      case "tab": k = PConstants.TAB; code = 9; break;
      case "right": k = PConstants.CODED; code = PConstants.RIGHT; break;
      case "left": k = PConstants.CODED; code = PConstants.LEFT; break;
      case "up": k = PConstants.CODED; code = PConstants.UP; break;
      case "down": k = PConstants.CODED; code = PConstants.DOWN; break;
      default:
        if (name.length() != 1) {
          throw new IllegalArgumentException("unknown script token \"" + name + "\"");
        }
        k = name.charAt(0);
        code = Character.toUpperCase(k);
    }
    long now = System.currentTimeMillis();
    int modifiers = ctrl ? KeyEvent.CTRL : 0;
    s.postEvent(new KeyEvent(null, now, KeyEvent.PRESS, modifiers, k, code, false));
    s.postEvent(new KeyEvent(null, now, KeyEvent.RELEASE, modifiers, k, code, false));
  }

  private static void mouse(StepperSketch s, int action, float x, float y) {
    s.postEvent(new MouseEvent(null, System.currentTimeMillis(), action, 0, Math.round(x), Math.round(y),
        PConstants.LEFT, action == MouseEvent.CLICK ? 1 : 0));
  }

  private static void click(StepperSketch s, float x, float y) {
    mouse(s, MouseEvent.MOVE, x, y);
    mouse(s, MouseEvent.PRESS, x, y);
    mouse(s, MouseEvent.RELEASE, x, y);
    mouse(s, MouseEvent.CLICK, x, y);
  }

  private static void drag(StepperSketch s, float[] v) {
    mouse(s, MouseEvent.MOVE, v[0], v[1]);
    mouse(s, MouseEvent.PRESS, v[0], v[1]);
    for (int i = 1; i <= 12; i++) {
      mouse(s, MouseEvent.DRAG, v[0] + (v[2] - v[0]) * i / 12f, v[1] + (v[3] - v[1]) * i / 12f);
    }
    mouse(s, MouseEvent.RELEASE, v[2], v[3]);
  }

  private static void pin(StepperSketch s, String arg) {
    String[] lj = arg.split(":");
    int l = Integer.parseInt(lj[0]) - 1;
    int j = Integer.parseInt(lj[1]);
    NetworkLayout lay = s.scene().network().layout();
    click(s, window(s).windowX(lay.x(l, j)), window(s).windowY(lay.y(l, j)));
  }

  private static void button(StepperSketch s, StepperAction a) {
    float[] b = s.scene().button(a);
    if (b == null) {
      System.err.println("glassbox: script: no " + a + " button on the screen now");
      System.exit(3);
    }
    click(s, window(s).windowX(b[0] + b[2] / 2), window(s).windowY(b[1] + b[3] / 2));
  }

  private static void scrub(StepperSketch s, float[] v) {
    int n = s.state().stepper().size();
    float y = window(s).windowY(s.scene().timeline().centerY());
    float x1 = window(s).windowX(s.scene().timeline().xOf((int) v[0] - 1, n));
    float x2 = window(s).windowX(s.scene().timeline().xOf((int) v[1] - 1, n));
    drag(s, new float[] {x1, y, x2, y});
  }

  private static void slide(StepperSketch s, float[] v) {
    dev.glassbox.render.stepper.NudgeView n = s.scene().nudgeView();
    float y = window(s).windowY(n.trackY());
    drag(s, new float[] {window(s).windowX(n.xOf(v[0])), y, window(s).windowX(n.xOf(v[1])), y});
  }

  private static void wheel(StepperSketch s, float[] v) {
    mouse(s, MouseEvent.MOVE, v[0], v[1]);
    s.postEvent(new MouseEvent(null, System.currentTimeMillis(), MouseEvent.WHEEL, 0, Math.round(v[0]),
        Math.round(v[1]), PConstants.LEFT, Math.round(v[2])));
  }

  // the scene's positions are logical pixels; events carry window pixels (the zoom)
  private static Viewport window(StepperSketch s) {
    return s.scene().viewport();
  }
}
