package dev.glassbox.training;

/**
 * Where a run is: its state, the epoch and batch, throughput and the time still to go.
 *
 * @param state what the run is doing
 * @param epoch the epoch under way, 1-based (0 before the first)
 * @param epochs the epochs asked for
 * @param batch mini-batches done in this epoch
 * @param batches mini-batches per epoch
 * @param samplesPerSecond training throughput (pauses and evaluations excluded; NaN if unknown)
 * @param etaSeconds estimated seconds to the end, evaluations included (NaN if unknown), from
 *     {@link RunClock}
 * @param etaAtMost whether early stopping may end the run sooner, so that the estimate is an upper
 *     bound
 * @param message a line for the user: the error of a failed run, else empty
 */
public record Progress(
    State state, int epoch, int epochs, int batch, int batches, double samplesPerSecond,
    double etaSeconds, boolean etaAtMost, String message) {

  /** What a run is doing. */
  public enum State {
    /** Nothing started yet. */
    IDLE,
    /** Converting the data before the first epoch. */
    PREPARING,
    /** Training. */
    RUNNING,
    /** Paused between two mini-batches. */
    PAUSED,
    /** Ran all its epochs. */
    FINISHED,
    /** Stopped early on request. */
    STOPPED,
    /** Ended by early stopping: the validation accuracy stopped improving for its patience. */
    STOPPED_EARLY,
    /** Ended with an error (see the message). */
    FAILED,
    /** Showing a loaded model or history, not training. */
    LOADED;

    /** The state as the progress line shows it: "RUNNING", "STOPPED EARLY". */
    public String word() {
      return name().replace('_', ' ');
    }

    /** Whether a training thread is at work (or paused). */
    public boolean active() {
      return this == PREPARING || this == RUNNING || this == PAUSED;
    }
  }

  /** No run yet. */
  public static Progress idle() {
    return new Progress(State.IDLE, 0, 0, 0, 0, Double.NaN, Double.NaN, false, "");
  }

  /** Fraction of the whole run done, in [0, 1]. */
  public double fraction() {
    if (epochs <= 0 || batches <= 0 || epoch <= 0) {
      return state == State.FINISHED ? 1 : 0;
    }
    return Math.min(1, ((epoch - 1) + (double) batch / batches) / epochs);
  }

  /** A copy in another state, with a message. */
  public Progress with(State newState, String newMessage) {
    return new Progress(newState, epoch, epochs, batch, batches, samplesPerSecond,
        newState.active() ? etaSeconds : Double.NaN, etaAtMost, newMessage);
  }
}
