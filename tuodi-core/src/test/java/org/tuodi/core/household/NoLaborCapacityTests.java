package org.tuodi.core.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuodi.core.fixtures.Members;

@DisplayName("特困人员认定办法 第五条: 无劳动能力")
class NoLaborCapacityTests {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    @ParameterizedTest(name = "aged {0}: no labour capacity = {1}")
    @CsvSource({"15, true", "16, false", "59, false", "60, true"})
    void countsTheYoungAndTheOldAsWithoutLaborCapacity(int age, boolean none) {
        Member member = Members.aMember().aged(age, DAY).build();

        assertThat(member.hasNoLaborCapacityOn(DAY)).isEqualTo(none);
    }

    @ParameterizedTest(name = "grade {0} {1}: no labour capacity = {2}")
    @CsvSource({
        "3, INTELLECTUAL, true",
        "4, INTELLECTUAL, false",
        "3, MENTAL, true",
        "2, PHYSICAL, true",
        "3, PHYSICAL, false",
        "1, VISUAL, true",
        "2, VISUAL, false",
        "1, HEARING, false"
    })
    @DisplayName("第五条(三): 一至三级智力、精神残疾，一、二级肢体残疾，一级视力残疾")
    void countsTheListedDisabilityGradesAsWithoutLaborCapacity(
            int grade, DisabilityType type, boolean none) {
        Member member = Members.aMember().aged(40, DAY).withDisability(grade, type).build();

        assertThat(member.hasNoLaborCapacityOn(DAY)).isEqualTo(none);
    }

    @Test
    void trustsARecordedLackOfLaborCapacity() {
        Member member =
                Members.aMember().aged(40, DAY).withLaborCapacity(LaborCapacity.NONE).build();

        assertThat(member.hasNoLaborCapacityOn(DAY)).isTrue();
    }
}
