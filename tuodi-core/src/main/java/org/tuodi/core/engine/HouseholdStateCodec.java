package org.tuodi.core.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.Source;

/**
 * 状态编码: a compact binary form of {@link HouseholdState} for storage (the server's database column,
 * Flink state) and for measuring the bytes the engine needs per household.
 *
 * <p>Layout (version 1): a version byte; zig-zag varints for the finalized and newest days (as
 * differences from the finalized day) and the open level; the contribution count; then per
 * contribution the day as a varint difference from the previous one, one byte holding the indicator
 * (6 bits) and the case flag (2 bits), the amount in fen as a varint, and the record key as a
 * varint length, the source's ordinal and the event id in UTF-8, or a 0 length when it repeats the
 * previous key (a record that hit several indicators). An empty household takes 5 bytes.
 */
public final class HouseholdStateCodec {

    private static final int VERSION = 1;
    private static final Source[] SOURCES = Source.values();

    private HouseholdStateCodec() {}

    public static byte[] encode(HouseholdState state) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + state.size() * 24);
        out.write(VERSION);
        int base = base(state.finalizedThrough(), state.newestSeen());
        writeDay(out, state.finalizedThrough(), 0);
        writeDay(out, state.newestSeen(), base);
        writeSigned(out, state.openLevel());
        writeUnsigned(out, state.size());
        int previousDay = base;
        String previousKey = null;
        for (int i = 0; i < state.size(); i++) {
            writeSigned(out, (long) state.days()[i] - previousDay);
            previousDay = state.days()[i];
            out.write((state.indicators()[i] << 2) | state.flags()[i]);
            writeSigned(out, state.amounts()[i]);
            String key = state.keys()[i];
            if (key.equals(previousKey)) {
                writeUnsigned(out, 0);
            } else {
                EventKey parsed = EventKey.parse(key);
                byte[] utf8 = parsed.eventId().getBytes(StandardCharsets.UTF_8);
                writeUnsigned(out, utf8.length + 1);
                out.write(parsed.source().ordinal());
                out.write(utf8, 0, utf8.length);
            }
            previousKey = key;
        }
        return out.toByteArray();
    }

    /**
     * @throws IllegalArgumentException if the bytes are not a state of a known version
     */
    public static HouseholdState decode(byte[] bytes) {
        Reader in = new Reader(bytes);
        int version = in.next();
        if (version != VERSION) {
            throw new IllegalArgumentException("unknown household state version " + version);
        }
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

        String text(int length) {
            if (at + length > bytes.length) {
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
