package dev.glassbox.training;

import dev.glassbox.network.Backprop;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Workspace;

/** Runs the feedforward pass over a labelled set in large batches shared across a {@link Team}. */
public final class Evaluator {
  private static final int CHUNK = 500;
  private final Team team;
  private Workspace ws;
  private Network wsFor;

  public Evaluator(Team team) {
    this.team = team;
  }

  /** Predictions, confusion matrix and mean cost of {@code net} on {@code data}. */
  public Evaluation evaluate(Network net, Inputs data) {
    if (!data.labeled()) {
      throw new IllegalArgumentException("evaluation needs labelled data");
    }
    data.checkLabelsFit(net, "data");
    if (ws == null || wsFor == null || !java.util.Arrays.equals(wsFor.sizes(), net.sizes())) {
      ws = new Workspace(net, CHUNK, false);
      wsFor = net;
    }
    int n = data.size();
    int[] labels = new int[n];
    int[] predicted = new int[n];
    double[] cost = new double[CHUNK];
    double total = 0;
    for (int from = 0; from < n; from += CHUNK) {
      int m = Math.min(CHUNK, n - from);
      ws.load(data, null, from, m);
      int base = from;
      team.run((t, threads) -> {
        int s0 = Team.from(m, t, threads);
        int s1 = Team.from(m, t + 1, threads);
        Backprop.feedforward(net, ws, s0, s1);
        for (int s = s0; s < s1; s++) {
          predicted[base + s] = Backprop.predicted(net, ws, s);
          cost[s] = Backprop.cost(net, ws, s);
        }
      });
      for (int s = 0; s < m; s++) {
        labels[from + s] = ws.label(s);
        total += cost[s];
      }
    }
    return new Evaluation(labels, predicted, net.size(net.layers() - 1), n == 0 ? 0 : total / n);
  }
}
