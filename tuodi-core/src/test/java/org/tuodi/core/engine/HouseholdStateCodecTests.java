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
                        List.of(medical("m1", START, "30", true)),
                        START);

        byte[] bytes = HouseholdStateCodec.encode(one.state());

        assertThat(one.state().size()).isEqualTo(3);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text.split("m1", -1)).hasSize(2);
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
}
