package org.tuodi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A damaged rule set file fails only with a {@link RuleSetFormatException} that names a line: never
 * with another exception escaping from the core (a null, a class cast, an unwrapped constructor
 * error).
 */
class RuleSetFormatProperties {

    static final String VALID = RuleSetFormatTests.VALID;

    @Property(tries = 3000)
    void failsOnADamagedFileOnlyWithAFormatError(
            @ForAll @IntRange(max = 10_000) int at,
            @ForAll("fragments") String fragment,
            @ForAll @IntRange(max = 8) int cut) {
        int i = at % VALID.length();
        String damaged =
                VALID.substring(0, i)
                        + fragment
                        + VALID.substring(Math.min(VALID.length(), i + cut));

        try {
            RuleSet ruleSet = RuleSetFormat.parse(damaged, "damaged.json");
            assertThat(RuleSetFormat.parse(RuleSetFormat.canonical(ruleSet), "c"))
                    .isEqualTo(ruleSet);
        } catch (RuleSetFormatException e) {
            assertThat(e.line()).isPositive();
            assertThat(e.getMessage()).startsWith("damaged.json line ");
        }
    }

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        "0",
                        "-1",
                        "\"\"",
                        "null",
                        "true",
                        "[]",
                        "{}",
                        "\"X\"",
                        "\"IN\"",
                        "\"EQ\"",
                        "\"MEMBERS\"",
                        "\"HOUSEHOLD\"",
                        "\"DEATH_REGISTERED\"",
                        "\"1M\"",
                        "99999999999",
                        "\"5000.001\"",
                        "1.5",
                        ",",
                        "\"values\": [\"A\"]",
                        "\"minMembers\": 2,"),
                Arbitraries.strings().withChars("0123456789\"{}[],:-.MDEQ ").ofMaxLength(4));
    }
}
