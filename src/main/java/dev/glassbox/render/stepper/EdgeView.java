package dev.glassbox.render.stepper;

import dev.glassbox.render.shared.Palette;
import dev.glassbox.trace.ParameterView;
import dev.glassbox.trace.Trace;
import dev.glassbox.trace.explain.Phase;
import dev.glassbox.trace.explain.Step;
import dev.glassbox.trace.explain.StepKind;

/**
 * The edges of the network view, drawn readable rather than as a hairball: per layer only the
 * strongest few of the quantity the cursor is about (forward |w a|, backward |w δ|, gradients, the
 * update's changes), and for the pinned neuron all of its incoming weights. Every edge is coloured
 * by the sign of the quantity it shows, in the palette's pair (orange +, blue −): forward edges by
 * the weight w, sized by |w|; backward edges by what they carry back, w δ; gradient edges by ∂C/∂w;
 * the update's by the change Δw. Edges of the current step carry moving dots in the phase's colour.
 */
final class EdgeView {
  private static final int PULSES = 40;

  private EdgeView() {}

  /** Draws every visible edge of {@code s} into {@code g}. */
  static void display(processing.core.PGraphics g, StepperState s, NetworkLayout lay) {
    Trace tr = s.trace();
    Step cur = s.stepper().current();
    int cursor = s.cursor();
    StepIndex idx = s.index();
    ParameterView w = s.stepper().weightsAtCursor();
    float t = s.progress();
    for (int l = 1; l < tr.layers(); l++) {
      boolean currentLayer = cur.layer() == l;
      // forward: what each edge adds to z, while the forward pass is on or just done
      if (idx.reached(StepKind.WEIGHTED_INPUT, l, 0, cursor) && !neuronForward(cur, l)) {
        boolean now = currentLayer && cur.phase() == Phase.FORWARD;
        float alpha = now ? 220 : cur.phase() == Phase.FORWARD || cur.phase() == Phase.COST ? 90 : 28;
        drawSigned(g, lay, l, s.edges().get(EdgeSets.Kind.FORWARD, l), w, alpha, now ? t : -1, false);
      }
      // backward: what each edge carries back into δ^{l-1} (BP2)
      if (l >= 2 && idx.reached(StepKind.BACKPROP_DELTA, l - 1, 0, cursor)) {
        boolean now = cur.kind() == StepKind.BACKPROP_DELTA && cur.layer() == l - 1;
        float alpha = now ? 220 : cur.phase() == Phase.BACKWARD ? 80 : 25;
        int layer = l;
        drawRanked(g, lay, l, s.edges().get(EdgeSets.Kind.BACKWARD, l),
            (j, k) -> tr.before().weight(layer, j, k) * tr.delta(layer, j), alpha, now ? t : -1);
      }
      // BP4: the largest gradients of the layer, while its gradient step is on
      if (cur.kind() == StepKind.WEIGHT_GRADIENT && currentLayer && cur.wholeLayer()) {
        int layer = l;
        drawRanked(g, lay, l, s.edges().get(EdgeSets.Kind.GRADIENT, l), (j, k) -> tr.nablaW(layer, j, k), 200, -1);
      }
      // the update: the largest changes, coloured by the sign of the change
      if (idx.reached(StepKind.UPDATE, l, 0, cursor)) {
        boolean now = cur.kind() == StepKind.UPDATE && currentLayer;
        drawChanges(g, lay, l, s.edges().get(EdgeSets.Kind.UPDATE, l), tr, now ? 230 : 90);
      }
    }
    // one neuron's step (per-neuron granularity): its own incoming edges
    if (!cur.wholeLayer() && cur.layer() >= 1 && !s.pinned()) {
      drawIncoming(g, lay, cur.layer(), cur.neuron(), w, tr, cur.phase() == Phase.FORWARD ? t : -1, 60);
    }
    if (s.pinned()) {
      drawIncoming(g, lay, s.pinLayer(), s.pinNeuron(), w, tr, -1, s.pinLayer() == 1 ? 80 : Integer.MAX_VALUE);
    }
  }

  // a per-neuron forward step of layer l draws its own edges instead of the layer's
  private static boolean neuronForward(Step cur, int l) {
    return !cur.wholeLayer() && cur.layer() == l && cur.phase() == Phase.FORWARD;
  }

  // edges coloured by the sign of w and sized by |w|; dots run forward when pulse >= 0
  private static void drawSigned(processing.core.PGraphics g, NetworkLayout lay, int l, EdgeSets.Edges e,
      ParameterView w, float alpha, float pulse, boolean all) {
    double max = 1e-12;
    for (int i = 0; i < e.size(); i++) {
      max = Math.max(max, Math.abs(w.weight(l, e.j()[i], e.k()[i])));
    }
    for (int i = e.size() - 1; i >= 0; i--) {
      int j = e.j()[i];
      int k = e.k()[i];
      double v = w.weight(l, j, k);
      float m = (float) (Math.abs(v) / max);
      // stronger edges are more opaque and thicker
      Palette.stroke(g, Palette.sign(v), alpha * (0.35f + 0.65f * m));
      g.strokeWeight(0.6f + 2.4f * m);
      g.line(lay.x(l - 1, k), lay.y(l - 1, k), lay.x(l, j), lay.y(l, j));
    }
    if (pulse >= 0) {
      pulses(g, lay, l, e, Palette.FORWARD, pulse);
    }
  }

  // the signed value an edge (j in layer l, k in layer l-1) shows
  private interface EdgeValue {
    double at(int j, int k);
  }

  // edges coloured by the sign of their value, opacity and width falling with rank; dots run
  // backward when pulse >= 0
  private static void drawRanked(processing.core.PGraphics g, NetworkLayout lay, int l, EdgeSets.Edges e,
      EdgeValue value, float alpha, float pulse) {
    int n = e.size();
    for (int i = n - 1; i >= 0; i--) {
      float rank = 1f - (float) i / Math.max(1, n);
      Palette.stroke(g, Palette.sign(value.at(e.j()[i], e.k()[i])), alpha * (0.25f + 0.75f * rank));
      g.strokeWeight(0.6f + 1.8f * rank);
      g.line(lay.x(l - 1, e.k()[i]), lay.y(l - 1, e.k()[i]), lay.x(l, e.j()[i]), lay.y(l, e.j()[i]));
    }
    if (pulse >= 0) {
      pulses(g, lay, l, e, Palette.BACKWARD, 1f - pulse);
    }
  }

  // the update's changes w_after - w_before, coloured by the sign of the change
  private static void drawChanges(processing.core.PGraphics g, NetworkLayout lay, int l, EdgeSets.Edges e,
      Trace tr, float alpha) {
    ParameterView before = tr.before();
    ParameterView after = tr.after();
    int n = e.size();
    for (int i = n - 1; i >= 0; i--) {
      int j = e.j()[i];
      int k = e.k()[i];
      double change = after.weight(l, j, k) - before.weight(l, j, k);
      float rank = 1f - (float) i / Math.max(1, n);
      Palette.stroke(g, Palette.sign(change), alpha * (0.3f + 0.7f * rank));
      g.strokeWeight(0.6f + 2f * rank);
      g.line(lay.x(l - 1, k), lay.y(l - 1, k), lay.x(l, j), lay.y(l, j));
    }
  }

  // all incoming weights of neuron j (the largest `limit` by |w| for the 784 pixels)
  private static void drawIncoming(processing.core.PGraphics g, NetworkLayout lay, int l, int j,
      ParameterView w, Trace tr, float pulse, int limit) {
    int[] ks = EdgeSets.topIncoming(w, l, j, limit);
    double max = 1e-12;
    for (int k : ks) {
      max = Math.max(max, Math.abs(w.weight(l, j, k)));
    }
    for (int i = ks.length - 1; i >= 0; i--) {
      double v = w.weight(l, j, ks[i]);
      float m = (float) (Math.abs(v) / max);
      Palette.stroke(g, Palette.sign(v), 60 + 190 * m);
      g.strokeWeight(0.5f + 2.5f * m);
      g.line(lay.x(l - 1, ks[i]), lay.y(l - 1, ks[i]), lay.x(l, j), lay.y(l, j));
    }
    if (pulse >= 0) {
      g.noStroke();
      Palette.fill(g, Palette.FORWARD, 230);
      float e = ease(pulse);
      for (int i = 0; i < Math.min(PULSES, ks.length); i++) {
        float x = lay.x(l - 1, ks[i]) + (lay.x(l, j) - lay.x(l - 1, ks[i])) * e;
        float y = lay.y(l - 1, ks[i]) + (lay.y(l, j) - lay.y(l - 1, ks[i])) * e;
        g.ellipse(x, y, 5, 5);
      }
    }
  }

  // dots a fraction f of the way along the strongest edges (f = 0 at layer l-1, 1 at layer l)
  private static void pulses(processing.core.PGraphics g, NetworkLayout lay, int l, EdgeSets.Edges e, int rgb,
      float f) {
    g.noStroke();
    Palette.fill(g, rgb, 235);
    float p = ease(f);
    for (int i = 0; i < Math.min(PULSES, e.size()); i++) {
      float x0 = lay.x(l - 1, e.k()[i]);
      float y0 = lay.y(l - 1, e.k()[i]);
      g.ellipse(x0 + (lay.x(l, e.j()[i]) - x0) * p, y0 + (lay.y(l, e.j()[i]) - y0) * p, 5, 5);
    }
  }

  /** Smooth start and stop: 3t² - 2t³. */
  static float ease(float t) {
    float c = Math.max(0f, Math.min(1f, t));
    return c * c * (3 - 2 * c);
  }
}
