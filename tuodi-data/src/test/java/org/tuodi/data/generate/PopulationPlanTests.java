package org.tuodi.data.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("人口规划: at scale 1.0 the people match Henan's published figures")
class PopulationPlanTests {

    private final PopulationPlan plan = new PopulationPlan();

    @Test
    @DisplayName("河南现有低保对象306.3万人，特困人员48.3万人")
    void countsHenansDibaoAndTekunPeopleAtFullScale() {
        long dibao = Stratum.DIBAO.people() + Stratum.DIBAO_RELAPSE.people();

        assertThat(dibao).isEqualTo(3_063_000);
        assertThat(Stratum.TEKUN.people()).isEqualTo(483_000);
    }

    @Test
    @DisplayName("40.5万监测对象通过社会救助进行兜底保障，占监测对象总量的49%")
    void coversFortyNinePercentOfTheMonitoredPeopleWithSocialAssistance() {
        double covered = Stratum.DIBAO_RELAPSE.people();
        double monitored = covered + Stratum.RELAPSE_MONITORED.people();

        assertThat(covered / monitored).isCloseTo(0.49, within(0.005));
    }

    @Test
    void keepsDibaoHouseholdsNearTwoPeopleAndTekunNearOne() {
        double dibaoPeople = Stratum.DIBAO.people() + Stratum.DIBAO_RELAPSE.people();
        double dibaoHouseholds = Stratum.DIBAO.households() + Stratum.DIBAO_RELAPSE.households();

        assertThat(dibaoPeople / dibaoHouseholds).isCloseTo(1.9, within(0.05));
        assertThat(Stratum.TEKUN.meanSize()).isCloseTo(1.07, within(0.01));
        assertThat(Stratum.DIBAO_EDGE.meanSize()).isCloseTo(2.8, within(0.1));
        assertThat(Stratum.RELAPSE_MONITORED.meanSize()).isCloseTo(3.2, within(0.1));
    }

    @Test
    void scalesTheHouseholdsAndKeepsAtLeastOne() {
        long full = plan.householdsAtFullScale();

        assertThat(plan.households(1.0)).isEqualTo(full);
        assertThat(plan.households(0.5)).isEqualTo(Math.round(full * 0.5));
        assertThat(plan.households(1e-9)).isEqualTo(1);
    }

    @Test
    void interleavesTheStrataInThePlannedProportionsAtAnyScale() {
        Map<Stratum, Long> counts = new EnumMap<>(Stratum.class);
        int n = 1_000;

        for (int i = 0; i < n; i++) {
            counts.merge(plan.stratumOf(3, i), 1L, Long::sum);
        }

        for (Stratum s : Stratum.values()) {
            double planned = (double) s.households() / plan.householdsAtFullScale();
            assertThat((double) counts.getOrDefault(s, 0L) / n)
                    .as(s.name())
                    .isCloseTo(planned, within(0.003));
        }
    }
}
