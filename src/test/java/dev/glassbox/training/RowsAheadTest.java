package dev.glassbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.data.Mnist;
import dev.glassbox.network.Activation;
import dev.glassbox.network.Cost;
import dev.glassbox.network.EpochRows;
import dev.glassbox.network.Inputs;
import dev.glassbox.network.Network;
import dev.glassbox.network.Workspace;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The next epoch's rows copied in pieces by the team's idle threads: every piece is taken once,
 * the rows are those copied at once, and a used-up one stays used up.
 */
class RowsAheadTest {
  @Test
  void rowsCopiedAheadByTheTeamAreTheRowsCopiedAtOnce() throws Exception {
    Inputs in = Datasets.inputs(Mnist.train().subset(0, 1003));
    int[] order = new int[in.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = 389 * i % order.length;
    }
    EpochRows atOnce = new EpochRows();
    atOnce.arrange(in, order);
    try (Team team = new Team(2)) {
      RowsAhead ahead = new RowsAhead(new EpochRows(), in, order);
      team.fill(ahead);
      // the idle worker takes every piece, with no task given it
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!ahead.allTaken() && System.nanoTime() < until) {
        Thread.sleep(1);
      }
      assertTrue(ahead.allTaken(), "the worker took every piece");
      EpochRows made = ahead.finish();
      assertSame(in, made.source());
      assertFalse(ahead.piece(), "every piece was taken");
      Network net = new Network(new int[] {784, 3, 10}, Activation.SIGMOID, Activation.SIGMOID, Cost.QUADRATIC);
      Workspace a = new Workspace(net, 10);
      Workspace b = new Workspace(net, 10);
      for (int from = 0; from < in.size(); from += 10) {
        int m = Math.min(10, in.size() - from);
        a.load(atOnce, from, m);
        b.load(made, from, m);
        for (int s = 0; s < m; s++) {
          assertEquals(a.label(s), b.label(s));
          assertArrayEquals(a.copy(Workspace.Quantity.ACTIVATION, 0, s), b.copy(Workspace.Quantity.ACTIVATION, 0, s),
              0.0, "position " + (from + s));
        }
      }
    }
  }

  @Test
  void aTeamDoesEveryPieceOfItsFillerOnceWhileIdle() throws Exception {
    int pieces = 5000;
    AtomicInteger next = new AtomicInteger();
    boolean[] done = new boolean[pieces];
    AtomicInteger twice = new AtomicInteger();
    try (Team team = new Team(3)) {
      team.fill(() -> {
        int p = next.getAndIncrement();
        if (p >= pieces) {
          return false;
        }
        synchronized (done) {
          if (done[p]) {
            twice.incrementAndGet();
          }
          done[p] = true;
        }
        return true;
      });
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (next.get() < pieces && System.nanoTime() < until) {
        Thread.sleep(1);
      }
      // and a task run meanwhile still runs on every thread
      AtomicInteger ran = new AtomicInteger();
      team.run((t, n) -> ran.incrementAndGet());
      assertEquals(3, ran.get());
    }
    assertTrue(next.get() >= pieces, "the workers took every piece without being given a task");
    synchronized (done) {
      for (int p = 0; p < pieces; p++) {
        assertTrue(done[p], "piece " + p);
      }
    }
    assertEquals(0, twice.get());
  }
}
