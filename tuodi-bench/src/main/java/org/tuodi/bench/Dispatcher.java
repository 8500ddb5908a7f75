package org.tuodi.bench;

import java.time.LocalDate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.tuodi.core.event.DepartmentEvent;

/**
 * Routes the records the reader thread parses to the partitions: inline when there is one, else in
 * batches over bounded queues to one worker thread per partition (household index modulo the
 * partition count), so each household's records stay in file order and each state has one owner.
 * Batches keep the hand-over cost per record small; bounded queues keep the reader from running far
 * ahead.
 */
final class Dispatcher {

    private static final int BATCH = 2048;

    /** A batch of records for one partition; {@code size < 0} marks the end. */
    private record Batch(int[] households, DepartmentEvent[] events, int size, LocalDate asOf) {}

    private final Partition[] partitions;
    private final RosterIndex index;
    private final BlockingQueue<Batch>[] queues;
    private final Thread[] workers;
    private final int[][] pendingHouseholds;
    private final DepartmentEvent[][] pendingEvents;
    private final int[] pending;
    private final boolean inline;
    private volatile Throwable failure;
    long unmatched;
    LocalDate newest;

    @SuppressWarnings("unchecked")
    /**
     * @param inline run the single partition in the reader thread (no worker thread)
     */
    Dispatcher(Partition[] partitions, RosterIndex index, boolean inline) {
        if (inline && partitions.length != 1) {
            throw new IllegalArgumentException("inline runs one partition");
        }
        this.inline = inline;
        this.partitions = partitions;
        this.index = index;
        int n = partitions.length;
        this.queues = new BlockingQueue[n];
        this.workers = new Thread[n];
        this.pendingHouseholds = new int[n][];
        this.pendingEvents = new DepartmentEvent[n][];
        this.pending = new int[n];
        if (!inline) {
            for (int p = 0; p < n; p++) {
                queues[p] = new ArrayBlockingQueue<>(8);
                pendingHouseholds[p] = new int[BATCH];
                pendingEvents[p] = new DepartmentEvent[BATCH];
                int which = p;
                workers[p] = new Thread(() -> work(which), "replay-partition-" + p);
                workers[p].start();
            }
        }
    }

    /** Takes one record from the reader (the line is not needed). */
    void route(long line, DepartmentEvent event) {
        if (newest == null || event.occurredOn().isAfter(newest)) {
            newest = event.occurredOn();
        }
        int h = index.householdOf(event.person());
        if (h < 0) {
            unmatched++;
            return;
        }
        if (inline) {
            partitions[0].accept(h, event);
            return;
        }
        int p = h % partitions.length;
        pendingHouseholds[p][pending[p]] = h;
        pendingEvents[p][pending[p]] = event;
        if (++pending[p] == BATCH) {
            flush(p, null);
        }
    }

    /** Ends the stream: every partition assesses its households up to the newest record's day. */
    void finish() throws InterruptedException {
        if (inline) {
            if (newest != null) {
                partitions[0].advanceAll(newest);
            }
            return;
        }
        for (int p = 0; p < partitions.length; p++) {
            flush(p, null);
            put(p, new Batch(null, null, -1, newest));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failure != null) {
            throw new IllegalStateException("a replay partition failed", failure);
        }
    }

    private void flush(int p, LocalDate asOf) {
        if (pending[p] == 0) {
            return;
        }
        put(p, new Batch(pendingHouseholds[p], pendingEvents[p], pending[p], asOf));
        pendingHouseholds[p] = new int[BATCH];
        pendingEvents[p] = new DepartmentEvent[BATCH];
        pending[p] = 0;
    }

    private void put(int p, Batch batch) {
        try {
            while (!queues[p].offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null) {
                    throw new IllegalStateException("a replay partition failed", failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dispatching", e);
        }
    }

    private void work(int p) {
        Partition partition = partitions[p];
        try {
            while (true) {
                Batch batch = queues[p].take();
                if (batch.size() < 0) {
                    if (batch.asOf() != null) {
                        partition.advanceAll(batch.asOf());
                    }
                    return;
                }
                for (int i = 0; i < batch.size(); i++) {
                    partition.accept(batch.households()[i], batch.events()[i]);
                }
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        } catch (InterruptedException e) {
            failure = e;
            Thread.currentThread().interrupt();
        }
    }
}
