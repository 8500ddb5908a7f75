package org.tuodi.server.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuodi.core.engine.AlertDecision;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.household.Household;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.RuleSetFormat;
import org.tuodi.server.rules.RuleSetData;
import org.tuodi.server.rules.WhatIfRun;

/** The what-if's replay of a household and the counts it adds up, without a database. */
class WhatIfTallyTests {

    static final RegionCode COUNTY = RegionCode.of("411122");
    static final RiskEngine REFERENCE = RiskEngine.of(RuleSetFormat.loadReference());
    static final RiskEngine STRICTER =
            RiskEngine.of(
                    RuleSetFormat.parse(RuleSetData.stricter(LocalDate.of(2024, 10, 1)), "test"));

    @Test
    void aReplayFromAnEmptyStateRaisesOnceForRecordsThatReachTheLine() {
        Household h1 = RuleSetData.households().get(0);

        List<AlertDecision> decisions =
                Replay.decisions(REFERENCE, h1, recordsOf(h1), RuleSetData.TO);

        assertThat(decisions).hasSize(1);
        assertThat(decisions.get(0)).isInstanceOf(AlertDecision.Raise.class);
        assertThat(decisions.get(0).level()).isEqualTo(AlertLevel.GENERAL);
    }

    @Test
    void alertsAreCountedPerLevelPerTownAndPerRegionOneLevelDown() {
        Tally tally = new Tally(COUNTY);
        for (Household h : RuleSetData.households()) {
            tally.add(
                    h.region(),
                    Replay.decisions(STRICTER, h, recordsOf(h), RuleSetData.TO),
                    Replay.decisions(REFERENCE, h, recordsOf(h), RuleSetData.TO));
        }

        WhatIfRun.Result result = tally.result(code -> "name-" + code.shortCode());

        assertThat(result.current().raised()).containsEntry(AlertLevel.GENERAL, 3);
        assertThat(result.candidate().raised()).containsEntry(AlertLevel.GENERAL, 1);
        assertThat(result.current().households()).isEqualTo(4);
        assertThat(result.candidate().householdsAlerted()).isEqualTo(1);
        assertThat(result.byRegion())
                .extracting(r -> r.region().shortCode())
                .containsExactly("411122101", "411122102");
        assertThat(result.towns())
                .extracting(
                        WhatIfRun.TownRow::name,
                        WhatIfRun.TownRow::currentVisits,
                        WhatIfRun.TownRow::candidateVisits,
                        WhatIfRun.TownRow::change)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name-411122101", 2, 0, -2),
                        org.assertj.core.groups.Tuple.tuple("name-411122102", 1, 1, 0));
    }

    @Test
    void aTownsRunBreaksDownByVillage() {
        Tally tally = new Tally(RegionCode.of("411122101"));
        Household h1 = RuleSetData.households().get(0);
        List<AlertDecision> d = Replay.decisions(REFERENCE, h1, recordsOf(h1), RuleSetData.TO);

        tally.add(h1.region(), d, d);

        assertThat(tally.result(code -> "").byRegion())
                .extracting(r -> r.region().shortCode())
                .containsExactly("411122101201");
    }

    private static List<DepartmentEvent> recordsOf(Household h) {
        return RuleSetData.records().stream()
                .filter(r -> h.members().stream().anyMatch(m -> m.id().equals(r.person())))
                .toList();
    }
}
