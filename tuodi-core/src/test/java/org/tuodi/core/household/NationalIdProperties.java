package org.tuodi.core.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NationalIdProperties {

    @Property
    void parsesEveryWellFormedNumberBackToItself(@ForAll("validNumbers") String number) {
        NationalId id = NationalId.parse(number);

        assertThat(id.value()).isEqualTo(number);
        assertThat(id.toString()).doesNotContain(number);
    }

    /** MOD 11-2 weights are non-zero modulo the prime 11, so every single-digit change shows. */
    @Property
    void rejectsEveryChangeOfOneDigitAmongTheFirstSeventeen(
            @ForAll("validNumbers") String number,
            @ForAll @IntRange(min = 0, max = 16) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        char original = number.charAt(position);
        char changed = (char) ('0' + (original - '0' + shift) % 10);
        String mutated = number.substring(0, position) + changed + number.substring(position + 1);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> NationalId.parse(mutated))
                .withMessageNotContaining(mutated);
    }

    @Provide
    Arbitrary<String> validNumbers() {
        Arbitrary<String> counties =
                Arbitraries.of("411122", "110101", "330212", "441900", "650102", "540102");
        Arbitrary<LocalDate> births =
                Arbitraries.longs()
                        .between(
                                LocalDate.of(1900, 1, 1).toEpochDay(),
                                LocalDate.of(2025, 12, 31).toEpochDay())
                        .map(LocalDate::ofEpochDay);
        Arbitrary<Integer> sequences = Arbitraries.integers().between(0, 999);
        return Combinators.combine(counties, births, sequences)
                .as(
                        (county, birth, sequence) -> {
                            String first17 =
                                    county
                                            + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                                            + String.format("%03d", sequence);
                            return first17 + NationalId.checkCharacter(first17);
                        });
    }
}
