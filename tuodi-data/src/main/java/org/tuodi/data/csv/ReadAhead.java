package org.tuodi.data.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Splits a file's records off the reading thread: a daemon thread runs the CSV parser (UTF-8
 * decoding, quoting, fields: about half the cost of reading a row) and hands the records over in
 * file order, in batches, through a bounded queue; the caller's thread turns them into typed
 * records. A parse error reaches the caller at the place in the file where it happened. On two
 * cores this halves the time of a large file; the queue bounds how far the parser runs ahead.
 */
final class ReadAhead implements CloseableIterator<CsvRecord> {

    private static final int BATCH = 1024;
    private static final int BATCHES_AHEAD = 16;

    /** A batch of records, the last one with {@code end} set and maybe a failure. */
    private record Batch(List<CsvRecord> records, boolean end, RuntimeException failure) {}

    private final CloseableIterator<CsvRecord> source;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private volatile boolean closed;
    private List<CsvRecord> current = List.of();
    private int next;
    private boolean ended;
    private RuntimeException failure;

    ReadAhead(CloseableIterator<CsvRecord> source, String name) {
        this.source = source;
        this.thread = new Thread(this::parse, "csv-read-ahead-" + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void parse() {
        List<CsvRecord> batch = new ArrayList<>(BATCH);
        try {
            while (!closed && source.hasNext()) {
                batch.add(source.next());
                if (batch.size() == BATCH) {
                    put(new Batch(batch, false, null));
                    batch = new ArrayList<>(BATCH);
                }
            }
            put(new Batch(batch, true, null));
        } catch (RuntimeException e) {
            putQuietly(new Batch(batch, true, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Error e) {
            putQuietly(
                    new Batch(batch, true, new IllegalStateException("reading ahead failed", e)));
            throw e;
        }
    }

    private void putQuietly(Batch last) {
        try {
            put(last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(Batch batch) throws InterruptedException {
        while (!closed) {
            if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    @Override
    public boolean hasNext() {
        while (next == current.size()) {
            if (ended) {
                if (failure != null) {
                    RuntimeException f = failure;
                    failure = null;
                    throw f;
                }
                return false;
            }
            Batch batch = take();
            current = batch.records();
            next = 0;
            ended = batch.end();
            failure = batch.failure();
        }
        return true;
    }

    private Batch take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading ahead", e);
        }
    }

    @Override
    public CsvRecord next() {
        if (!hasNext()) {
            throw new java.util.NoSuchElementException();
        }
        return current.get(next++);
    }

    /** Stops the parser thread; the caller closes the reader it parses. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        thread.interrupt();
    }
}
