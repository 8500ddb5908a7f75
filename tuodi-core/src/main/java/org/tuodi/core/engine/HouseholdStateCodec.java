package org.tuodi.core.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tuodi.core.event.Source;

/**
 * 状态编码: a compact binary form of {@link HouseholdState} for storage (the server's database column,
 * Flink state) and for measuring the bytes the engine needs per household.
 *
 * <p>Layout (version 2): a version byte; zig-zag varints for the finalized and newest days (as
 * differences from the finalized day) and the open level; the number of <em>records</em> held; then
 * per record (its contributions are adjacent: they share the day and the key):
 *
 * <ul>
 *   <li>the day as a zig-zag varint difference from the previous record's;
 *   <li>the key as a varint <em>shape</em>: 0 introduces a new shape (the source's ordinal, the
 *       event id's text before its trailing digits as a varint length and UTF-8, and the number of
 *       trailing digits, 0 when the id does not end in at most 18 digits); {@code k > 0} reuses the
 *       k-th shape introduced in this state. An id with trailing digits then gives their number as
 *       a varint ({@code YB-000000001}: shape, then 1), so a household's records of one department
 *       share their prefix;
 *   <li>the number of groups, and per group of the record's contributions that share amount and
 *       case flag (the two out-of-pocket sums of a settlement): a varint of the first indicator
 *       shifted left by 2 with the flag, a varint bit set of the further indicators (bit j is the
 *       first indicator + 1 + j) and the amount in fen as a zig-zag varint.
 * </ul>
 *
 * An empty household takes 5 bytes. Version 1 (one entry per contribution with the whole key text)
 * is still read.
 */
public final class HouseholdStateCodec {

    private static final int VERSION = 2;
    private static final int VERSION_1 = 1;

    /** Trailing digits an id may have to be stored as a number (fits a long). */
    private static final int MAX_DIGITS = 18;

    private static final Source[] SOURCES = Source.values();

    private HouseholdStateCodec() {}

    public static byte[] encode(HouseholdState state) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + state.size() * 8);
        out.write(VERSION);
        int base = base(state.finalizedThrough(), state.newestSeen());
        writeDay(out, state.finalizedThrough(), 0);
        writeDay(out, state.newestSeen(), base);
        writeSigned(out, state.openLevel());
        int n = state.size();
        int[] days = state.days();
        byte[] indicators = state.indicators();
        long[] amounts = state.amounts();
        String[] keys = state.keys();
        byte[] flags = state.flags();
        int records = 0;
        for (int i = 0; i < n; i++) {
            if (indicators[i] < 0 || indicators[i] > 63) {
                throw new IllegalArgumentException(
                        "indicator index " + indicators[i] + " does not fit the state encoding");
            }
            if (i == 0 || !sameRecord(i - 1, i, days, indicators, keys)) {
                records++;
            }
        }
        writeUnsigned(out, records);
        int previousDay = base;
        List<String> shapes = new ArrayList<>();
        boolean[] done = new boolean[n];
        int i = 0;
        while (i < n) {
            int end = i + 1;
            while (end < n && sameRecord(end - 1, end, days, indicators, keys)) {
                end++;
            }
            writeSigned(out, (long) days[i] - previousDay);
            previousDay = days[i];
            writeKey(out, keys[i], shapes);
            int groups = 0;
            for (int a = i; a < end; a++) {
                if (firstOfGroup(a, i, amounts, flags)) {
                    groups++;
                }
            }
            writeUnsigned(out, groups);
            for (int a = i; a < end; a++) {
                if (!firstOfGroup(a, i, amounts, flags)) {
                    continue;
                }
                long further = 0;
                for (int b = a + 1; b < end; b++) {
                    if (amounts[b] == amounts[a] && flags[b] == flags[a]) {
                        further |= 1L << (indicators[b] - indicators[a] - 1);
                    }
                }
                writeUnsigned(out, ((long) indicators[a] << 2) | flags[a]);
                writeUnsigned(out, further);
                writeSigned(out, amounts[a]);
            }
            i = end;
        }
        return out.toByteArray();
    }

    /**
     * Whether contribution {@code b} continues the record of {@code a} (the one before it): same
     * key and day, a higher indicator not too far for the bit set.
     */
    private static boolean sameRecord(int a, int b, int[] days, byte[] indicators, String[] keys) {
        return days[a] == days[b]
                && indicators[b] > indicators[a]
                && indicators[b] - indicators[a] <= 63
                && keys[a].equals(keys[b]);
    }

    /** Whether contribution {@code a} is the first of the record's with its amount and flag. */
    private static boolean firstOfGroup(int a, int from, long[] amounts, byte[] flags) {
        for (int b = from; b < a; b++) {
            if (amounts[b] == amounts[a] && flags[b] == flags[a]) {
                return false;
            }
        }
        return true;
    }

    private static void writeKey(ByteArrayOutputStream out, String key, List<String> shapes) {
        int colon = key.indexOf(':');
        Source source = Source.valueOf(key.substring(0, colon));
        String id = key.substring(colon + 1);
        int digits = 0;
        while (digits < id.length()) {
            char c = id.charAt(id.length() - 1 - digits);
            if (c < '0' || c > '9') {
                break;
            }
            digits++;
        }
        if (digits > MAX_DIGITS) {
            digits = 0;
        }
        String prefix = id.substring(0, id.length() - digits);
        String shape = source.ordinal() + ":" + digits + ":" + prefix;
        int known = shapes.indexOf(shape);
        if (known >= 0) {
            writeUnsigned(out, known + 1);
        } else {
            shapes.add(shape);
            writeUnsigned(out, 0);
            out.write(source.ordinal());
            byte[] utf8 = prefix.getBytes(StandardCharsets.UTF_8);
            writeUnsigned(out, utf8.length);
            out.write(utf8, 0, utf8.length);
            writeUnsigned(out, digits);
        }
        if (digits > 0) {
            writeUnsigned(out, Long.parseLong(id.substring(prefix.length())));
        }
    }

    /**
     * @throws IllegalArgumentException if the bytes are not a state of a known version
     */
    public static HouseholdState decode(byte[] bytes) {
        Reader in = new Reader(bytes);
        int version = in.next();
        if (version == VERSION_1) {
            return decodeVersion1(in);
        }
        if (version != VERSION) {
            throw new IllegalArgumentException("unknown household state version " + version);
        }
        int finalized = in.day(0);
        int newest = in.day(finalized == Integer.MIN_VALUE ? 0 : finalized);
        int openLevel = (int) in.signed();
        int records = (int) in.unsigned();
        int[] days = new int[Math.min(records, 1 << 15) * 2];
        byte[] indicators = new byte[days.length];
        long[] amounts = new long[days.length];
        String[] keys = new String[days.length];
        byte[] flags = new byte[days.length];
        int n = 0;
        int previousDay = base(finalized, newest);
        List<Shape> shapes = new ArrayList<>();
        for (int r = 0; r < records; r++) {
            int day = (int) (previousDay + in.signed());
            previousDay = day;
            String key = in.key(shapes);
            int groups = (int) in.unsigned();
            int from = n;
            for (int g = 0; g < groups; g++) {
                long head = in.unsigned();
                long further = in.unsigned();
                long amount = in.signed();
                int first = (int) (head >>> 2);
                byte flag = (byte) (head & 3);
                if (flag > HouseholdState.CONSUMED || first > 127) {
                    throw new IllegalArgumentException("household state has a malformed entry");
                }
                for (int bit = -1; bit < 63; bit++) {
                    if (bit >= 0 && (further & (1L << bit)) == 0) {
                        continue;
                    }
                    int indicator = first + 1 + bit;
                    if (indicator > 127) {
                        throw new IllegalArgumentException("household state has a malformed entry");
                    }
                    if (n == days.length) {
                        int capacity = days.length * 2 + 4;
                        days = Arrays.copyOf(days, capacity);
                        indicators = Arrays.copyOf(indicators, capacity);
                        amounts = Arrays.copyOf(amounts, capacity);
                        keys = Arrays.copyOf(keys, capacity);
                        flags = Arrays.copyOf(flags, capacity);
                    }
                    days[n] = day;
                    indicators[n] = (byte) indicator;
                    amounts[n] = amount;
                    keys[n] = key;
                    flags[n] = flag;
                    n++;
                }
            }
            sortByIndicator(from, n, indicators, amounts, flags);
        }
        in.requireEnd();
        keys = Arrays.copyOf(keys, n);
        return new HouseholdState(
                finalized,
                newest,
                openLevel,
                Arrays.copyOf(days, n),
                Arrays.copyOf(indicators, n),
                Arrays.copyOf(amounts, n),
                keys,
                Arrays.copyOf(flags, n),
                HouseholdState.hashesOf(keys));
    }

    /** A record's contributions in indicator order (insertion sort: a record has few). */
    private static void sortByIndicator(
            int from, int to, byte[] indicators, long[] amounts, byte[] flags) {
        for (int i = from + 1; i < to; i++) {
            byte indicator = indicators[i];
            long amount = amounts[i];
            byte flag = flags[i];
            int j = i - 1;
            while (j >= from && indicators[j] > indicator) {
                indicators[j + 1] = indicators[j];
                amounts[j + 1] = amounts[j];
                flags[j + 1] = flags[j];
                j--;
            }
            indicators[j + 1] = indicator;
            amounts[j + 1] = amount;
            flags[j + 1] = flag;
        }
    }

    private static HouseholdState decodeVersion1(Reader in) {
        int finalized = in.day(0);
        int newest = in.day(finalized == Integer.MIN_VALUE ? 0 : finalized);
        int openLevel = (int) in.signed();
        int n = (int) in.unsigned();
        int[] days = new int[n];
        byte[] indicators = new byte[n];
        long[] amounts = new long[n];
        String[] keys = new String[n];
        byte[] flags = new byte[n];
        int previousDay = base(finalized, newest);
        for (int i = 0; i < n; i++) {
            days[i] = (int) (previousDay + in.signed());
            previousDay = days[i];
            int packed = in.next();
            indicators[i] = (byte) (packed >>> 2);
            flags[i] = (byte) (packed & 3);
            amounts[i] = in.signed();
            int length = (int) in.unsigned();
            if (length == 0 && i == 0) {
                throw new IllegalArgumentException("household state has a malformed key");
            }
            keys[i] = length == 0 ? keys[i - 1] : in.key(length - 1);
        }
        in.requireEnd();
        return new HouseholdState(
                finalized,
                newest,
                openLevel,
                days,
                indicators,
                amounts,
                keys,
                flags,
                HouseholdState.hashesOf(keys));
    }

    /** Days are relative to the last assessed day, or the newest seen before any assessment. */
    private static int base(int finalized, int newest) {
        if (finalized != Integer.MIN_VALUE) {
            return finalized;
        }
        return newest != Integer.MIN_VALUE ? newest : 0;
    }

    /** A day relative to {@code base}; 0 stands for "none yet" ({@link Integer#MIN_VALUE}). */
    private static void writeDay(ByteArrayOutputStream out, int day, int base) {
        if (day == Integer.MIN_VALUE) {
            writeUnsigned(out, 0);
        } else {
            long delta = (long) day - base;
            writeUnsigned(out, ((delta << 1) ^ (delta >> 63)) + 1);
        }
    }

    private static void writeSigned(ByteArrayOutputStream out, long value) {
        writeUnsigned(out, (value << 1) ^ (value >> 63));
    }

    private static void writeUnsigned(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    /** A key's source and id text before its trailing digits, and how many digits follow. */
    private record Shape(String text, int digits) {}

    /** Reads the varints back, failing clearly on truncated input. */
    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int next() {
            if (at >= bytes.length) {
                throw new IllegalArgumentException("household state is truncated at byte " + at);
            }
            return bytes[at++] & 0xFF;
        }

        long unsigned() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = next();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("household state has a malformed number");
        }

        int day(int base) {
            long raw = unsigned();
            if (raw == 0) {
                return Integer.MIN_VALUE;
            }
            raw--;
            return (int) (base + ((raw >>> 1) ^ -(raw & 1)));
        }

        long signed() {
            long raw = unsigned();
            return (raw >>> 1) ^ -(raw & 1);
        }

        String key(int idLength) {
            int source = next();
            if (source >= SOURCES.length) {
                throw new IllegalArgumentException(
                        "household state has an unknown source " + source);
            }
            return SOURCES[source].name() + ":" + text(idLength);
        }

        /** A version 2 key: a shape (new or known) and, for ids ending in digits, the number. */
        String key(List<Shape> shapes) {
            int k = (int) unsigned();
            Shape shape;
            if (k == 0) {
                int source = next();
                if (source >= SOURCES.length) {
                    throw new IllegalArgumentException(
                            "household state has an unknown source " + source);
                }
                String prefix = text((int) unsigned());
                int digits = (int) unsigned();
                if (digits > MAX_DIGITS) {
                    throw new IllegalArgumentException("household state has a malformed key");
                }
                shape = new Shape(SOURCES[source].name() + ":" + prefix, digits);
                shapes.add(shape);
            } else if (k <= shapes.size()) {
                shape = shapes.get(k - 1);
            } else {
                throw new IllegalArgumentException("household state refers to an unknown key");
            }
            if (shape.digits() == 0) {
                return shape.text();
            }
            String number = Long.toString(unsigned());
            if (number.length() > shape.digits()) {
                throw new IllegalArgumentException("household state has a malformed key");
            }
            return shape.text() + "0".repeat(shape.digits() - number.length()) + number;
        }

        String text(int length) {
            if (length < 0 || at + length > bytes.length) {
                throw new IllegalArgumentException("household state is truncated at byte " + at);
            }
            String s = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }

        void requireEnd() {
            if (at != bytes.length) {
                throw new IllegalArgumentException("household state has trailing bytes");
            }
        }
    }
}
