package dev.glassbox.training;

import dev.glassbox.network.EpochRows;
import dev.glassbox.network.Inputs;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The next epoch's rows ({@link EpochRows}), copied during this epoch in small pieces by threads of
 * the team that would otherwise wait: a worker idle while thread 0 trains alone, or a thread that
 * reached a meeting first. Copying them at the start of the epoch kept both cores waiting for one
 * (15-20 ms of a 0.11 s epoch of 784,30,10). One per epoch: a thread still holding the last one
 * finds it used up, so it never copies into rows being planned anew.
 */
final class RowsAhead implements Team.Filler {
  /** Positions per piece: a few microseconds, so a thread that takes one is soon back. */
  static final int PIECE = 8;

  private final EpochRows rows;
  private final int positions;
  private final int pieces;
  private final AtomicInteger claimed = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();

  /** Lays out the rows of {@code source} in {@code order} in {@code rows}, to be copied piece by piece. */
  RowsAhead(EpochRows rows, Inputs source, int[] order) {
    rows.plan(source, order);
    this.rows = rows;
    positions = order.length;
    pieces = (positions + PIECE - 1) / PIECE;
  }

  @Override
  public boolean piece() {
    // read before claiming: threads that wait call this in a loop, and must not count up forever
    if (allTaken()) {
      return false;
    }
    int p = claimed.getAndIncrement();
    if (p >= pieces) {
      return false;
    }
    rows.copy(p * PIECE, Math.min(positions, (p + 1) * PIECE));
    done.incrementAndGet(); // publishes the copied piece to the thread that finishes
    return true;
  }

  /** Copies what no thread has taken yet, waits for the pieces under way, and returns the rows. */
  EpochRows finish() {
    while (piece()) {
      // taking the pieces left
    }
    while (done.get() < pieces) {
      Thread.onSpinWait();
    }
    return rows;
  }

  /** Whether every piece has been taken (some may still be under way). */
  boolean allTaken() {
    return claimed.get() >= pieces;
  }
}
