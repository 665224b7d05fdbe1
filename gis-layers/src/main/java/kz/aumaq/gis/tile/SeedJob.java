package kz.aumaq.gis.tile;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Progress of one seeding run, readable while it runs. */
public final class SeedJob {

    public enum State { QUEUED, RUNNING, DONE, CANCELLED, FAILED }

    private final String id;
    private final String layer;
    private final long total;
    private final AtomicLong done = new AtomicLong();
    private final AtomicReference<State> state = new AtomicReference<>(State.QUEUED);
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final Instant created = Instant.now();
    private volatile String error;

    SeedJob(String id, String layer, long total) {
        this.id = id;
        this.layer = layer;
        this.total = total;
    }

    public String id() {
        return id;
    }

    public String layer() {
        return layer;
    }

    /** Tiles the job covers. */
    public long total() {
        return total;
    }

    public long done() {
        return done.get();
    }

    public State state() {
        return state.get();
    }

    public String error() {
        return error;
    }

    public Instant created() {
        return created;
    }

    public void cancel() {
        cancelRequested.set(true);
    }

    boolean cancelRequested() {
        return cancelRequested.get();
    }

    void advance(long tiles) {
        done.addAndGet(tiles);
    }

    void state(State s) {
        state.set(s);
    }

    void fail(String message) {
        error = message;
        state.set(State.FAILED);
    }
}
