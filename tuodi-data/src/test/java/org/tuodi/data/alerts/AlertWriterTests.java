package org.tuodi.data.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tuodi.core.engine.AlertDecision;
import org.tuodi.core.engine.DecisionReceipt;
import org.tuodi.core.engine.IndicatorHit;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.Source;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.Dimension;

class AlertWriterTests {

    static final RegionCode VILLAGE = RegionCode.of("411122101201");

    static DecisionReceipt receipt() {
        return new DecisionReceipt(
                "henan-reference",
                "2024.1",
                "sha256:abc",
                LocalDate.of(2024, 7, 18),
                AlertLevel.URGENT,
                110,
                List.of(
                        hit("MEDICAL_OOP_12M_5000", 60, "YB-2", "YB-1"),
                        hit("MEDICAL_OOP_12M_20000", 40, "YB-2", "YB-1"),
                        hit("ELDERLY_MEMBER_70", 10)));
    }

    static IndicatorHit hit(String code, int score, String... evidence) {
        return new IndicatorHit(
                code,
                code,
                Dimension.MEDICAL,
                "1",
                "1",
                score,
                Optional.empty(),
                java.util.Arrays.stream(evidence)
                        .map(id -> new EventKey(Source.MEDICAL_INSURANCE, id))
                        .toList());
    }

    @Test
    void writesExactlyTheColumnsOfFormatsMdInTheirOrder() throws Exception {
        StringWriter out = new StringWriter();

        try (AlertWriter writer = new AlertWriter(out)) {
            writer.write(new AlertDecision.Raise(new HouseholdId("FC0001"), receipt()), VILLAGE);
        }

        assertThat(out.toString())
                .isEqualTo(
                        "household_id,region_code,level,score,decision,indicators,"
                                + "evidence_event_ids,rule_set_version,rule_set_hash,as_of\r\n"
                                + "FC0001,411122101201,URGENT,110,RAISE,"
                                + "MEDICAL_OOP_12M_5000;MEDICAL_OOP_12M_20000;ELDERLY_MEMBER_70,"
                                + "MEDICAL_INSURANCE:YB-1;MEDICAL_INSURANCE:YB-2,2024.1,sha256:abc,"
                                + "2024-07-18\r\n");
    }

    @Test
    void writesAnEscalation() throws Exception {
        StringWriter out = new StringWriter();

        try (AlertWriter writer = new AlertWriter(out)) {
            writer.write(
                    new AlertDecision.Escalate(
                            new HouseholdId("FC0008"), AlertLevel.GENERAL, receipt()),
                    VILLAGE);
        }

        assertThat(out.toString().split("\r\n")[1])
                .startsWith("FC0008,411122101201,URGENT,110,ESCALATE,");
    }

    @Test
    void refusesToWriteAddedEvidenceAsAnAlert() {
        AlertWriter writer = new AlertWriter(new StringWriter());

        assertThatThrownBy(
                        () ->
                                writer.write(
                                        new AlertDecision.AddEvidence(
                                                new HouseholdId("FC0001"), receipt()),
                                        VILLAGE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
