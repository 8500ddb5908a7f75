package org.tuodi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tuodi.core.engine.EngineScenario.START;
import static org.tuodi.core.engine.EngineScenario.medical;
import static org.tuodi.core.engine.EngineScenario.unemployed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuodi.core.household.LowIncomeCategory;

class HouseholdStateCodecTests {

    private final RiskEngine engine = EngineScenario.engine(31);

    @Test
    void encodesAnEmptyHouseholdInFiveBytes() {
        assertThat(HouseholdStateCodec.encode(HouseholdState.empty())).hasSize(5);
    }

    @Test
    void decodesWhatItEncodes() {
        var run =
                EngineScenario.feed(
                        engine,
                        EngineScenario.household(LowIncomeCategory.DIBAO),
                        List.of(
                                medical("m1", START, "5000", true),
                                medical("m2", START.plusDays(3), "12.34", true),
                                unemployed("u1", START.plusDays(40))),
                        START.plusDays(40));

        byte[] bytes = HouseholdStateCodec.encode(run.state());

        assertThat(HouseholdStateCodec.decode(bytes)).isEqualTo(run.state());
        assertThat(run.state().size()).isEqualTo(7);
    }

    @Test
    void storesARecordThatHitSeveralIndicatorsWithItsKeyOnce() {
        var one =
                EngineScenario.feed(
                        engine,
                        EngineScenario.household(LowIncomeCategory.DIBAO),
                        List.of(medical("m-one", START, "30", true)),
                        START);

        byte[] bytes = HouseholdStateCodec.encode(one.state());

        assertThat(one.state().size()).isEqualTo(3);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text.split("m-one", -1)).hasSize(2);
        assertThat(text).doesNotContain("MEDICAL_INSURANCE");
    }

    @Test
    void rejectsTruncatedBytesWithAClearReason() {
        byte[] bytes =
                HouseholdStateCodec.encode(
                        EngineScenario.feed(
                                        engine,
                                        EngineScenario.household(LowIncomeCategory.DIBAO),
                                        List.of(medical("m1", START, "30")),
                                        START)
                                .state());

        assertThatThrownBy(
                        () ->
                                HouseholdStateCodec.decode(
                                        java.util.Arrays.copyOf(bytes, bytes.length - 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void storesADepartmentsNumberedIdsAsOnePrefixAndNumbers() {
        var run =
                EngineScenario.feed(
                        engine,
                        EngineScenario.household(LowIncomeCategory.DIBAO),
                        List.of(
                                medical("YB-000000017", START, "120.50"),
                                medical("YB-000000018", START.plusDays(2), "80", true),
                                medical("YB-004000019", START.plusDays(9), "80")),
                        START.plusDays(9));

        byte[] bytes = HouseholdStateCodec.encode(run.state());

        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text.split("YB-", -1)).hasSize(2);
        assertThat(text).doesNotContain("0000");
        assertThat(HouseholdStateCodec.decode(bytes)).isEqualTo(run.state());
        assertThat(HouseholdStateCodec.decode(bytes).keys())
                .contains("MEDICAL_INSURANCE:YB-000000017", "MEDICAL_INSURANCE:YB-004000019");
    }

    @Test
    void storesASettlementsTwoOutOfPocketSumsAsOneEntry() {
        var one =
                EngineScenario.feed(
                        engine,
                        EngineScenario.household(LowIncomeCategory.DIBAO),
                        List.of(medical("YB-1", START, "30")),
                        START);
        var two =
                EngineScenario.feed(
                        engine,
                        EngineScenario.household(LowIncomeCategory.DIBAO),
                        List.of(medical("YB-1", START, "30"), medical("YB-2", START, "40")),
                        START);

        int first = HouseholdStateCodec.encode(one.state()).length;
        int second = HouseholdStateCodec.encode(two.state()).length;

        assertThat(one.state().size()).isEqualTo(2);
        // day, shape, number, one group: first indicator with flag, further indicators, and
        // the amount (4,000 fen, two bytes)
        assertThat(second - first).isEqualTo(1 + 1 + 1 + 1 + 1 + 1 + 2);
    }

    @Test
    void keepsIdsThatAreNotANumberOfAtMostEighteenDigitsAsText() {
        String[] keys = {
            "HEALTH:0042",
            "HEALTH:42",
            "HEALTH:",
            "HOUSING:房-12",
            "HOUSING:x12y",
            "EDUCATION:1234567890123456789012",
            "EDUCATION:999999999999999999",
            "EDUCATION:a999999999999999999"
        };
        int n = keys.length;
        int[] days = new int[n];
        byte[] indicators = new byte[n];
        long[] amounts = new long[n];
        byte[] flags = new byte[n];
        for (int i = 0; i < n; i++) {
            days[i] = 19_000 + i;
            indicators[i] = (byte) (i % 3);
            amounts[i] = i * 1000L - 3000;
            flags[i] = (byte) (i % 3);
        }
        HouseholdState state =
                new HouseholdState(
                        19_003,
                        19_010,
                        1,
                        days,
                        indicators,
                        amounts,
                        keys,
                        flags,
                        HouseholdState.hashesOf(keys));

        assertThat(HouseholdStateCodec.decode(HouseholdStateCodec.encode(state))).isEqualTo(state);
    }

    @Test
    void stillReadsStatesStoredInVersionOne() {
        // encoded by version 1 (the whole key text per record)
        byte[] version1 = {
            1, -95, -78, 2, 21, 0, 3, -57, 1, 1, -64, -124, 61, 13, 0, 89, 66, 45, 48, 48, 48, 48,
            48, 48, 48, 48, 49, 0, 5, -64, -124, 61, 0, -56, 1, 12, 0, 3, 3, 117, 49
        };
        String[] keys = {
            "MEDICAL_INSURANCE:YB-000000001", "MEDICAL_INSURANCE:YB-000000001", "HUMAN_RESOURCES:u1"
        };
        HouseholdState expected =
                new HouseholdState(
                        19_600,
                        19_610,
                        0,
                        new int[] {19_500, 19_500, 19_600},
                        new byte[] {0, 1, 3},
                        new long[] {500_000, 500_000, 0},
                        keys,
                        new byte[] {1, 1, 0},
                        HouseholdState.hashesOf(keys));

        HouseholdState decoded = HouseholdStateCodec.decode(version1);

        assertThat(decoded).isEqualTo(expected);
        assertThat(HouseholdStateCodec.decode(HouseholdStateCodec.encode(decoded)))
                .isEqualTo(expected);
    }

    @Test
    void rejectsAReferenceToAKeyItHasNotSeen() {
        byte[] bytes = HouseholdStateCodec.encode(HouseholdState.empty());
        byte[] bad = {2, bytes[1], bytes[2], bytes[3], 1, 0, 5, 1, 0, 0, 0};

        assertThatThrownBy(() -> HouseholdStateCodec.decode(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown key");
    }
}
