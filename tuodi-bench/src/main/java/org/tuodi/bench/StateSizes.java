package org.tuodi.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import org.tuodi.core.engine.HouseholdState;
import org.tuodi.core.engine.HouseholdStateCodec;

/**
 * How many bytes the engine keeps per household: the distribution of {@link
 * HouseholdStateCodec#encode} lengths (what the server's column and Flink's state hold) and the
 * mean in-heap size of a sample of states as JOL walks them (object headers, the five arrays, the
 * key strings; shared strings counted once per state).
 *
 * @param households states measured (households with at least one record)
 * @param heapSampled states whose heap size was measured (at most {@link #HEAP_SAMPLE})
 */
record StateSizes(
        int households,
        double mean,
        long median,
        long p99,
        long max,
        double meanContributions,
        int heapSampled,
        double heapMean) {

    static final int HEAP_SAMPLE = 2000;

    static {
        // JOL cannot ask Unsafe for the field offsets of a record; this makes it find them itself.
        System.setProperty("jol.magicFieldOffset", "true");
    }

    static StateSizes of(List<HouseholdState> states) {
        int n = states.size();
        if (n == 0) {
            return new StateSizes(0, 0, 0, 0, 0, 0, 0, 0);
        }
        long[] bytes = new long[n];
        long sum = 0;
        long contributions = 0;
        for (int i = 0; i < n; i++) {
            bytes[i] = HouseholdStateCodec.encode(states.get(i)).length;
            sum += bytes[i];
            contributions += states.get(i).size();
        }
        Arrays.sort(bytes);
        int step = Math.max(1, n / HEAP_SAMPLE);
        long heap = 0;
        int sampled = 0;
        for (int i = 0; i < n; i += step) {
            heap += GraphLayout.parseInstance(states.get(i)).totalSize();
            sampled++;
        }
        return new StateSizes(
                n,
                (double) sum / n,
                bytes[n / 2],
                bytes[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)],
                bytes[n - 1],
                (double) contributions / n,
                sampled,
                (double) heap / sampled);
    }

    String report(String prefix) {
        return String.format(
                Locale.ROOT,
                "%1$s.households=%2$d%n%1$s.encoded.mean=%3$.1f%n%1$s.encoded.median=%4$d%n"
                        + "%1$s.encoded.p99=%5$d%n%1$s.encoded.max=%6$d%n"
                        + "%1$s.contributions.mean=%7$.2f%n%1$s.heap.sampled=%8$d%n"
                        + "%1$s.heap.mean=%9$.1f%n",
                prefix,
                households,
                mean,
                median,
                p99,
                max,
                meanContributions,
                heapSampled,
                heapMean);
    }
}
