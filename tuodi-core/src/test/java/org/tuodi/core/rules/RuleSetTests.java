package org.tuodi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tuodi.core.region.RegionCode;

class RuleSetTests {

    static final RuleSet REFERENCE = RuleSetFormat.loadReference();

    static RuleSet withOverrides(RegionOverride... overrides) {
        return new RuleSet(
                REFERENCE.id(),
                REFERENCE.version(),
                REFERENCE.name(),
                REFERENCE.effectiveFrom(),
                REFERENCE.latenessDays(),
                REFERENCE.alertLines(),
                REFERENCE.deadlines(),
                REFERENCE.indicators(),
                List.of(overrides));
    }

    static final Map<String, IndicatorOverride> LOWER_MEDICAL =
            Map.of(
                    "MEDICAL_OOP_12M_5000",
                    new IndicatorOverride(Optional.empty(), Optional.of("4000.00"), false));

    @Test
    void acceptsARegionOverrideWithoutAlertLines() {
        RegionOverride override =
                new RegionOverride(RegionCode.of("411122"), LOWER_MEDICAL, Map.of());

        RuleSet ruleSet = withOverrides(override);

        assertThat(ruleSet.overrideFor(RegionCode.of("411122101001"))).contains(override);
    }

    @Test
    void rejectsTwoOverridesOfOneRegion() {
        RegionOverride first = new RegionOverride(RegionCode.of("411122"), LOWER_MEDICAL, Map.of());
        RegionOverride second =
                new RegionOverride(
                        RegionCode.of("411122000000"), Map.of(), Map.of(AlertLevel.GENERAL, 50));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> withOverrides(first, second))
                .withMessage("region 411122000000 has more than one override");
    }

    @Test
    void rejectsRegionalAlertLinesThatDoNotRiseWithTheRuleSetsLines() {
        RegionOverride override =
                new RegionOverride(
                        RegionCode.of("411122"), Map.of(), Map.of(AlertLevel.GENERAL, 120));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> withOverrides(override))
                .withMessageContaining("override for 411122000000: alert lines must be positive");
    }
}
