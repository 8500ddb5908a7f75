package org.tuodi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any state decodes to what was encoded: keys with and without numbers, records that share day and
 * key or not, amounts and flags that repeat within a record or not, in any order.
 */
class HouseholdStateCodecProperties {

    record Entry(int day, int indicator, long amount, String key, int flag) {}

    @Property(tries = 500)
    void decodesWhatItEncodes(@ForAll("entries") List<Entry> entries) {
        int n = entries.size();
        int[] days = new int[n];
        byte[] indicators = new byte[n];
        long[] amounts = new long[n];
        String[] keys = new String[n];
        byte[] flags = new byte[n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            days[i] = e.day();
            indicators[i] = (byte) e.indicator();
            amounts[i] = e.amount();
            keys[i] = e.key();
            flags[i] = (byte) e.flag();
        }
        HouseholdState state =
                new HouseholdState(
                        n == 0 ? Integer.MIN_VALUE : 19_100,
                        n == 0 ? Integer.MIN_VALUE : 19_120,
                        n % 4 - 1,
                        days,
                        indicators,
                        amounts,
                        keys,
                        flags,
                        HouseholdState.hashesOf(keys));

        assertThat(HouseholdStateCodec.decode(HouseholdStateCodec.encode(state))).isEqualTo(state);
    }

    @Provide
    Arbitrary<List<Entry>> entries() {
        Arbitrary<String> ids =
                Arbitraries.oneOf(
                        Arbitraries.integers()
                                .between(0, 50)
                                .map(i -> "YB-" + "0".repeat(i % 7) + i),
                        Arbitraries.strings().ofMinLength(1).ofMaxLength(25),
                        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(22));
        Arbitrary<String> keys =
                Combinators.combine(Arbitraries.of(org.tuodi.core.event.Source.class), ids)
                        .as((source, id) -> source.name() + ":" + id);
        Arbitrary<Entry> entry =
                Combinators.combine(
                                Arbitraries.integers().between(19_000, 19_400),
                                Arbitraries.integers().between(0, 63),
                                Arbitraries.of(0L, 50_000L, 123_456_789L, -7L),
                                keys,
                                Arbitraries.integers().between(0, 2))
                        .as(Entry::new);
        // runs of one record: same day and key, rising indicators
        return entry.list()
                .ofMaxSize(30)
                .map(
                        list -> {
                            var out = new java.util.ArrayList<Entry>();
                            for (Entry e : list) {
                                out.add(e);
                                if (e.indicator() < 60 && e.amount() != -7L) {
                                    out.add(
                                            new Entry(
                                                    e.day(),
                                                    e.indicator() + 1 + e.flag(),
                                                    e.flag() == 1 ? e.amount() : 0,
                                                    e.key(),
                                                    e.flag()));
                                }
                            }
                            return out;
                        });
    }
}
