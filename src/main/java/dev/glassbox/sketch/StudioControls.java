package dev.glassbox.sketch;

import dev.glassbox.network.Network;
import dev.glassbox.render.shared.Offscreen;
import dev.glassbox.render.shared.Palette;
import dev.glassbox.render.shared.Panel;
import dev.glassbox.training.Progress;
import dev.glassbox.training.Hyperparameter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import processing.core.PConstants;
import processing.core.PGraphics;

/**
 * The studio's left column: fields and selectors for the hyperparameters, the run buttons, the
 * model file and a status line. It reports clicks as {@link Action}s; the sketch acts on them.
 */
final class StudioControls {
  /** What a click asks for. */
  enum Action { NONE, START, PAUSE, RESUME, STOP, SAVE, LOAD, BROWSE }

  static final float WIDTH = 250;
  private static final float X = 20;
  private static final float W = WIDTH - 30;
  private static final float ROW = 25;
  // height of a field or selector: 3 px apart at ROW, so that 15 rows leave the status room at 800
  private static final float FIELD = 22;
  private static final float LABEL = 92;

  private final TextField layers;
  private final Button preset;
  // one control per hyperparameter the studio shows: a selector where there are choices, else a field
  private final Map<Hyperparameter, TextField> fields = new EnumMap<>(Hyperparameter.class);
  private final Map<Hyperparameter, Choice> choices = new EnumMap<>(Hyperparameter.class);
  private final Button start;
  private final Button pause;
  private final Button resume;
  private final Button stop;
  private final TextField model;
  private final Button save;
  private final Button load;
  private final Button browse;
  private final StudioSettings initial;
  private volatile String status = "Set the hyperparameters and press Start.";
  private volatile boolean statusError;

  StudioControls(StudioSettings s, Path modelFile) {
    initial = s;
    float y = 62;
    TextField layerField = null;
    for (Hyperparameter h : StudioSettings.SHOWN) {
      if (h == Hyperparameter.LAYERS) {
        layerField = new TextField(h.label(), s.get(h), X, y, LABEL - 28, W - 34, FIELD);
        fields.put(h, layerField);
      } else if (!h.choices().isEmpty()) {
        choices.put(h, new Choice(h.label(), h.choices().toArray(String[]::new), s.get(h), X, y, LABEL, W, FIELD));
      } else {
        fields.put(h, new TextField(h.label(), s.get(h), X, y, LABEL, W, FIELD));
      }
      y += ROW;
    }
    layers = layerField;
    preset = new Button("▾", X + W - 28, layers.y, 28, FIELD);
    y -= ROW;
    y += ROW + 14;
    float bw = (W - 10) / 2;
    start = new Button("Start", X, y, bw, 30);
    stop = new Button("Stop", X + bw + 10, y, bw, 30);
    y += 38;
    pause = new Button("Pause", X, y, bw, 30);
    resume = new Button("Resume", X + bw + 10, y, bw, 30);
    y += 50;
    model = new TextField("file", shown(modelFile), X, y, 32, W, FIELD);
    y += ROW + 2;
    save = new Button("Save model", X, y, bw, 30);
    load = new Button("Load model", X + bw + 10, y, bw, 30);
    y += 44;
    browse = new Button("Browse the data set", X, y, W, 30);
  }

  void display(PGraphics g, float mx, float my, int frame, Progress.State state, float height) {
    boolean active = state.active();
    for (TextField f : fields.values()) {
      f.enabled = !active;
    }
    for (Choice c : choices.values()) {
      c.enabled = !active;
    }
    preset.enabled = !active;
    start.enabled = !active;
    stop.enabled = active;
    pause.enabled = state == Progress.State.RUNNING;
    resume.enabled = state == Progress.State.PAUSED;
    load.enabled = !active;
    Panel.display(g, 10, 10, WIDTH - 10, height - 20, "Glassbox studio");
    g.pushStyle();
    g.textFont(Offscreen.font(12));
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    g.fill(Palette.argb(Palette.DIM));
    g.text("Hyperparameters", X, 40);
    g.text("Model", X, model.y - 20);
    g.popStyle();
    for (TextField f : fields.values()) {
      f.display(g, frame);
    }
    model.display(g, frame);
    for (Choice c : choices.values()) {
      c.display(g, c.contains(mx, my));
    }
    for (Button b : List.of(preset, start, stop, pause, resume, save, load, browse)) {
      b.display(g, b.contains(mx, my));
    }
    statusLine(g, height);
  }

  // the status under the last button, and the room it has above the three help lines (the room
  // holds four lines of 16 px in a window of the smallest layout height, 800)
  float statusTop() {
    return browse.y + 42;
  }

  float statusRoom(float height) {
    return height - 22 - 3 * 16 - 8 - statusTop();
  }

  private void statusLine(PGraphics g, float height) {
    g.pushStyle();
    g.textFont(Offscreen.font(12));
    g.fill(statusError ? Palette.argb(Palette.WRONG) : Palette.argb(Palette.TEXT));
    g.textAlign(PConstants.LEFT, PConstants.TOP);
    g.textLeading(16);
    float y = statusTop();
    g.text(status, X, y, W, statusRoom(height));
    g.fill(Palette.argb(Palette.DIM));
    g.textAlign(PConstants.LEFT, PConstants.BOTTOM);
    g.text("space: pause · b: last or best epoch\nclick a confusion cell: its digits\n"
        + "click a digit: open it in the stepper", X, height - 22);
    g.popStyle();
  }

  /** Handles a click: focuses a field, steps a choice, or returns a button's action. */
  Action click(float mx, float my, boolean right) {
    for (TextField f : fields.values()) {
      f.focused = f.contains(mx, my);
    }
    model.focused = model.contains(mx, my);
    for (Choice c : choices.values()) {
      if (c.contains(mx, my)) {
        c.step(right);
      }
    }
    if (preset.clicked(mx, my)) {
      nextPreset();
    }
    Action a = Action.NONE;
    if (start.clicked(mx, my)) {
      a = Action.START;
    } else if (stop.clicked(mx, my)) {
      a = Action.STOP;
    } else if (pause.clicked(mx, my)) {
      a = Action.PAUSE;
    } else if (resume.clicked(mx, my)) {
      a = Action.RESUME;
    } else if (save.clicked(mx, my)) {
      a = Action.SAVE;
    } else if (load.clicked(mx, my)) {
      a = Action.LOAD;
    } else if (browse.clicked(mx, my)) {
      a = Action.BROWSE;
    }
    return a;
  }

  private void nextPreset() {
    String[] p = StudioSettings.LAYER_PRESETS;
    int i = 0;
    while (i < p.length && !p[i].equals(layers.text.replace(" ", ""))) {
      i++;
    }
    layers.text = p[(i + 1) % p.length];
  }

  /** Whether a text field has the keyboard. */
  boolean typing() {
    return model.focused || fields.values().stream().anyMatch(f -> f.focused);
  }

  /** Sends a key to the focused field. */
  void type(char key, int keyCode) {
    for (TextField f : fields.values()) {
      if (f.focused) {
        f.focused = f.type(key, keyCode);
      }
    }
    if (model.focused) {
      model.focused = model.type(key, keyCode);
    }
  }

  /** The settings the controls show now. */
  StudioSettings settings() {
    StudioSettings s = initial.copy();
    fields.forEach((h, f) -> s.set(h, f.text));
    choices.forEach((h, c) -> s.set(h, c.value()));
    s.set(Hyperparameter.LAYERS, layers.text.replace(" ", ""));
    return s;
  }

  /** Shows a loaded network's architecture in the controls. */
  void show(Network net) {
    layers.text = net.sizesString();
    if (net.layers() > 2) {
      choices.get(Hyperparameter.ACTIVATION).set(net.activation(1).id());
    }
    choices.get(Hyperparameter.COST).set(net.cost().id());
  }

  /** The values the selector of {@code h} steps through, or an empty list for a text field. */
  List<String> options(Hyperparameter h) {
    Choice c = choices.get(h);
    return c == null ? List.of() : List.of(c.options);
  }

  // a file inside the working folder as a path relative to it (out/studio.safetensors, which
  // reads back to the same file), any other as given
  static String shown(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : file.toString();
  }

  /** The model file in the field. */
  Path modelFile() {
    return Path.of(model.text.trim());
  }

  void status(String text, boolean error) {
    status = text;
    statusError = error;
  }
}
