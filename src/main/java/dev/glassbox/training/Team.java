package dev.glassbox.training;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed team of threads that run one task together and wait for each other: the caller is
 * thread 0, daemon workers are threads 1 .. n-1. A mini-batch of 10 MNIST digits is about 30 µs
 * of arithmetic, so handing work over must cost far less than an executor's futures: workers spin
 * on a generation counter for half a millisecond (longer after {@link #wake}), then park.
 *
 * <p>Handing a 30 µs batch to another thread pays only when that thread is really free: on a busy
 * machine it can cost more than it saves. So {@link #step} runs the first steps of a round of work
 * (the first epoch) alternately alone and with the team, times both ways, keeps the faster one, and
 * looks at the other way now and then in case the load changed, in that round and the next ones.
 * Which way ran never changes a result, only the time.
 */
public final class Team implements AutoCloseable {
  /** Steps timed each way (alone, with the team) at the start of a round of work. */
  static final int CALIBRATION = 150;

  /** Work for one thread of the team. */
  @FunctionalInterface
  public interface Task {
    /** Runs thread {@code t}'s share of the work, {@code 0 <= t < n}. */
    void run(int t, int n);
  }

  private final int size;
  private final Thread[] workers;
  private volatile Task task;
  private volatile long generation;
  private final AtomicInteger pending = new AtomicInteger();
  /** Workers about to park or parked: only then does run() pay for unpark calls. */
  private final AtomicInteger sleepers = new AtomicInteger();
  /** When {@link #wake} last asked the workers to stay awake (System.nanoTime; long ago at first). */
  private volatile long wokenAt = System.nanoTime() - WAKE_SPIN_NANOS;
  private volatile boolean closed;
  private volatile Filler filler;
  private volatile Throwable failure;
  private volatile boolean aborted;
  // the two ways to run a step (see step)
  private final Runner alone = task -> task.run(0, 1);
  private final Runner shared = this::run;
  private boolean useTeam;
  // the steps of the current round timed each way, and whether the round has chosen a way
  private final int[] roundTimed = new int[2];
  private boolean calibrated;
  // how the last step ran, when it ended (System.nanoTime), and whether it went untimed
  private boolean lastTogether;
  private long lastEnd;
  private boolean lastCold;
  // the last RECENT times per unit of work of each way, [0] alone and [1] with the team. Stalls of
  // a core that the machine takes away for milliseconds come back, more often while both cores are
  // busy, so they are part of the team's cost: judged by the median of its last three runs, the
  // team won at 17 µs a batch of 784,30,10 while its mean was 45 µs, against 20-24 alone
  private static final int RECENT = 16;
  private final RecentTimes[] recent = {new RecentTimes(RECENT), new RecentTimes(RECENT)};
  // after calibration: the steps since the last look at the other way, and between looks; the
  // timed steps of the look under way still to run
  private int sinceLook;
  private int lookEvery;
  private int lookLeft;
  private int calibration = CALIBRATION;
  // for tests (see together, inTurns): the ways the steps run in, in a cycle, 'T' with the team and
  // 'a' alone; null: chosen by their times
  private String ways;
  private int stepsRun;
  // sync(): the number of times each thread t arrived in the current task, at arrivals[(t + 1) * PAD]
  // (a cache line of its own, so that one thread's writes never slow down another's reads)
  private static final int PAD = 16;
  private final long[] arrivals;
  // the nanoseconds each thread t waited at meetings in the current task, at waited[(t + 1) * PAD]
  private final long[] waited;
  private static final java.lang.invoke.VarHandle ARRIVALS =
      java.lang.invoke.MethodHandles.arrayElementVarHandle(long[].class);

  /**
   * Work that no result waits for, done in small pieces by threads of the team that would
   * otherwise wait: a worker with no task, or a thread at a {@link #sync} that the others have not
   * reached. Pieces must be safe to run on any thread, and short (a few microseconds), since a
   * thread that takes one finishes it before it looks again.
   */
  @FunctionalInterface
  public interface Filler {
    /** Does one piece of the work and returns true, or returns false when none is left. */
    boolean piece();
  }

  /** Runs a task, on the whole team or on the calling thread alone (see {@link #step}). */
  @FunctionalInterface
  public interface Runner {
    /** Runs every share of {@code task} and returns when all are done. */
    void run(Task task);
  }

  /** One step of work (a mini-batch) made of tasks run one after the other. */
  @FunctionalInterface
  public interface Step {
    /** Runs the step's tasks through {@code runner}. */
    void run(Runner runner);
  }

  /** A team of {@code size} threads (1 means the caller alone). */
  public Team(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a team needs at least one thread");
    }
    this.size = size;
    arrivals = new long[(size + 2) * PAD];
    waited = new long[(size + 2) * PAD];
    workers = new Thread[size - 1];
    for (int i = 1; i < size; i++) {
      int t = i;
      Thread w = new Thread(() -> work(t), "glassbox-worker-" + t);
      w.setDaemon(true);
      workers[i - 1] = w;
      w.start();
    }
  }

  /** A team whose {@link #step}s all run with the whole team, never alone: for tests. */
  static Team together(int size) {
    return inTurns(size, "T");
  }

  /**
   * A team whose {@link #step}s run in the ways of {@code ways} in turn, 'T' with the team and 'a'
   * alone: for tests of what a run leaves for the next.
   */
  static Team inTurns(int size, String ways) {
    Team team = new Team(size);
    team.ways = ways;
    return team;
  }

  /** Number of threads, the caller included. */
  public int size() {
    return size;
  }

  /** Runs {@code task} on every thread of the team and returns when all have finished. */
  public void run(Task task) {
    if (size == 1) {
      task.run(0, 1);
      return;
    }
    this.task = task;
    // the workers are idle: the new task's sync() counts start from zero
    java.util.Arrays.fill(arrivals, 0L);
    java.util.Arrays.fill(waited, 0L);
    pending.set(size - 1);
    generation++; // volatile write publishes task and pending
    unparkSleepers();
    Throwable mine = null;
    try {
      task.run(0, size);
    } catch (RuntimeException | Error e) {
      // release workers waiting in sync() for a share that will not come
      aborted = true;
      mine = e;
    }
    // wait for the workers even when our share failed: none may still run this task later
    int spins = 0;
    while (pending.get() != 0) {
      spins = waitTurn(spins, 2_000);
    }
    // the next task starts afresh, whatever this one did
    aborted = false;
    Throwable theirs = failure;
    failure = null;
    // the cause, not the threads that gave up waiting for it (PartnerFailed)
    Throwable cause = mine != null && !(mine instanceof PartnerFailed) ? mine
        : theirs != null && !(theirs instanceof PartnerFailed) ? theirs
        : mine != null ? mine : theirs;
    if (cause instanceof RuntimeException) {
      throw (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    if (cause != null) {
      throw new IllegalStateException(cause);
    }
  }

  /** What a thread waiting at {@link #sync} throws when another thread of the team failed. */
  static final class PartnerFailed extends IllegalStateException {
    PartnerFailed() {
      super("another thread of the team failed");
    }
  }

  /**
   * Inside a task run by {@link #run} on {@code n} threads, thread {@code t}: returns once all n
   * threads have called it as often as this one in this task (at once when n = 1), so that a task
   * can have phases that read what another thread wrote in the phase before. Each thread writes only
   * its own counter, on its own cache line, and reads the others', so a mini-batch can afford one. Every thread must call it the same number of times.
   *
   * @throws IllegalStateException when another thread of the team failed instead of arriving
   */
  public void sync(int t, int n) {
    if (n == 1) {
      return;
    }
    long mine = (long) ARRIVALS.getOpaque(arrivals, (t + 1) * PAD) + 1;
    ARRIVALS.setRelease(arrivals, (t + 1) * PAD, mine);
    long since = 0;
    for (int u = 0; u < n; u++) {
      int spins = 0;
      while ((long) ARRIVALS.getAcquire(arrivals, (u + 1) * PAD) < mine) {
        if (since == 0) {
          since = System.nanoTime(); // the clock is read only by a thread that waits
        }
        if (aborted || failure != null) {
          throw new PartnerFailed();
        }
        // on one core with the thread it waits for (the system sometimes puts them together), a
        // spin would only keep that thread from running: after 20 µs or so, yield
        spins = waitTurn(spins, 1_000);
      }
    }
    if (since != 0) {
      waited[(t + 1) * PAD] += System.nanoTime() - since;
    }
  }

  /**
   * The nanoseconds thread t spent waiting for the others at {@link #sync} in the last task that
   * {@link #run} ran (doing {@link Filler} work included), read after it returned.
   */
  public long waited(int t) {
    return waited[(t + 1) * PAD];
  }

  /** Starts a round (an epoch): the next steps calibrate again. */
  public void startRound() {
    startRound(CALIBRATION);
  }

  /**
   * Starts a round in which the first {@code calibration} timed steps of each way calibrate (see
   * {@link #step}): fewer for steps that are long (a run of mini-batches).
   */
  public void startRound(int calibration) {
    this.calibration = Math.max(1, calibration);
    recent[0].clear();
    recent[1].clear();
    roundTimed[0] = 0;
    roundTimed[1] = 0;
    calibrated = false;
    lookLeft = 0;
    useTeam = size > 1;
  }

  /**
   * Starts another round of the same work (the next epoch): it goes on with the way found faster so
   * far, and with the looks at the other as they were spaced, without calibrating again (each look
   * at a slower team costs it a start-up, see {@link #step}); a round that ended while calibrating
   * goes on calibrating, or starts again as {@link #startRound(int)} does if a way was never timed.
   */
  public void nextRound() {
    if (!calibrated && (recent[0].empty() || recent[1].empty())) {
      startRound(calibration);
    }
  }

  /**
   * Runs {@code step} with the team or alone. The first steps of a round alternate the two ways
   * (so both see the same conditions) and are timed, until each way has {@code calibration} times;
   * after them, the way with the lower mean of its last {@value #RECENT} times (the largest left
   * out) runs, and its time keeps being measured. Now and then the other way runs for
   * {@value #LOOK} timed steps (after {@value #FIRST_LOOK} steps, then twice as many each time it
   * is still slower, up to {@value #LAST_LOOK}, and again after {@value #FIRST_LOOK} once the way
   * in use turns the slower by its own times), judged by these times alone, so that a change in the
   * machine's load, another program taking a core or leaving it, turns the choice within the round,
   * and a look at a slow way costs little. (Judged with its older times, the team stayed condemned
   * by the ones of the first epoch, when its hand-over code was not compiled yet.)
   *
   * <p>A step with the team after steps alone, or after a pause, is not timed, and the team runs the
   * next step too: its workers were idle, and here the first run after a pause took ten to fifty
   * times as long as the next (the wake-up, then cores slow to pick up speed), which made every look
   * at the team find it slower than it is.
   */
  public void step(Step step) {
    step(step, 1);
  }

  /**
   * {@link #step(Step)} for a step made of {@code units} equal pieces of work (mini-batches): the
   * two ways are compared per unit, so steps of different lengths can be timed together.
   */
  public void step(Step step, int units) {
    if (size == 1) {
      step.run(alone);
      return;
    }
    if (ways != null) {
      step.run(ways.charAt(stepsRun++ % ways.length()) == 'T' ? shared : alone);
      return;
    }
    boolean calibrating = !calibrated;
    if (!calibrating && lookLeft == 0 && ++sinceLook >= lookEvery) {
      // a look: the other way's times from before are stale (the compiler was still at work in the
      // first round, or the machine's load has changed since), so the look's own times judge it
      lookLeft = LOOK;
      recent[useTeam ? 0 : 1].clear();
    }
    boolean look = lookLeft > 0;
    boolean together = calibrating ? roundTimed[1] < roundTimed[0] : useTeam != look;
    if (!together && (calibrating || lookLeft == 0 && sinceLook + 1 >= lookEvery)) {
      wake(); // the next step runs with the team: have it ready
    }
    long t0 = System.nanoTime();
    // (never two in a row: a caller that pauses before every step still gets its steps timed)
    boolean cold = together && (!lastTogether || t0 - lastEnd > SPIN_NANOS) && !lastCold;
    step.run(together ? shared : alone);
    lastEnd = System.nanoTime();
    lastTogether = together;
    lastCold = cold;
    if (cold) {
      return; // not timed; a look or calibration still due runs the team again
    }
    recent[together ? 1 : 0].record((lastEnd - t0) / (double) units);
    roundTimed[together ? 1 : 0]++;
    boolean faster = recent[1].estimate() < recent[0].estimate();
    if (calibrating) {
      if (roundTimed[0] >= calibration && roundTimed[1] >= calibration) {
        calibrated = true;
        useTeam = faster;
        sinceLook = 0;
        lookEvery = FIRST_LOOK;
      }
      return;
    }
    if (look) {
      if (--lookLeft > 0) {
        return;
      }
      // while the other way stays slower, look half as often
      sinceLook = 0;
      lookEvery = faster != useTeam ? FIRST_LOOK : Math.min(2 * lookEvery, LAST_LOOK);
    } else if (faster != useTeam) {
      // the way in use has become the slower (a few stalls in its last times can do it): look back
      // at it soon, not after as many steps as the looks had reached
      sinceLook = 0;
      lookEvery = FIRST_LOOK;
    }
    useTeam = faster;
  }

  /** Steps between looks at the other way (see {@link #step}): first, and at most after doubling. */
  static final int FIRST_LOOK = 8;
  static final int LAST_LOOK = 64;

  /** Timed steps of a look at the other way: one step right after a switch is not yet warm. */
  static final int LOOK = 3;

  /**
   * How long a worker keeps spinning for the next task after its last one: long enough for the
   * next mini-batch of a run, short enough to leave the core to other threads (augmentation makes
   * the next epoch's digits on one) when the team is not in use.
   */
  static final long SPIN_NANOS = 500_000;

  /**
   * How long a worker spins after a {@link #wake}: waking a parked thread took from 50 µs to
   * milliseconds here, more than a whole run of small mini-batches, and a timed step with that
   * wake-up in it made the team look slower than it is.
   */
  static final long WAKE_SPIN_NANOS = 3_000_000;

  private void work(int t) {
    long seen = 0;
    while (true) {
      long idleSince = System.nanoTime();
      int spins = 0;
      while (generation == seen && !closed) {
        if (fill()) {
          idleSince = System.nanoTime();
          continue;
        }
        // the clock is read now and then: it costs more than a spin
        long now = (++spins & 63) != 0 ? 0 : System.nanoTime();
        if (now == 0) {
          Thread.onSpinWait();
        } else if (now - idleSince < SPIN_NANOS || now - wokenAt < WAKE_SPIN_NANOS) {
          // now and then the system puts two threads of the team on one core: a yield lets the
          // other run, where spinning on would take the core from it for the rest of the time slice
          Thread.yield();
        } else {
          // announce the nap before re-checking, so that run() either sees it and unparks or
          // published its work before the re-check
          sleepers.incrementAndGet();
          if (generation == seen && !closed) {
            LockSupport.parkNanos(this, 200_000);
          }
          sleepers.decrementAndGet();
        }
      }
      if (closed) {
        return;
      }
      seen = generation;
      try {
        task.run(t, size);
      } catch (Throwable e) {
        if (failure == null) {
          failure = e;
        }
      }
      pending.decrementAndGet();
    }
  }

  /**
   * Has the workers spin for the next task for {@link #WAKE_SPIN_NANOS} from now, so that a step with
   * the team soon after does not wait for them to wake up.
   */
  private void wake() {
    wokenAt = System.nanoTime();
    unparkSleepers();
  }

  /**
   * Has the team's threads take up {@code work} in pieces whenever they would wait (see
   * {@link Filler}), until it has none left or another replaces it; null: none.
   */
  public void fill(Filler work) {
    filler = work;
    if (work != null) {
      unparkSleepers();
    }
  }

  // wakes the workers if any is about to park or parked (unparking costs a system call)
  private void unparkSleepers() {
    if (sleepers.get() > 0) {
      for (Thread w : workers) {
        LockSupport.unpark(w);
      }
    }
  }

  // one turn of a wait: a piece of the filler's work if there is one, else a spin, or a yield once
  // more than `limit` spins have gone by; the spins so far
  private int waitTurn(int spins, int limit) {
    if (fill()) {
      return spins;
    }
    if (++spins > limit) {
      Thread.yield();
    } else {
      Thread.onSpinWait();
    }
    return spins;
  }

  // one piece of the filler's work, if there is any
  private boolean fill() {
    Filler f = filler;
    return f != null && f.piece();
  }

  /** Range [from, to) of thread t's share of n items: {@code from = n*t/threads}. */
  public static int from(int n, int t, int threads) {
    return (int) ((long) n * t / threads);
  }

  @Override
  public void close() {
    closed = true;
    for (Thread w : workers) {
      LockSupport.unpark(w);
    }
  }
}
