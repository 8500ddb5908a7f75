package org.tuodi.data.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuodi.core.event.SchoolStage;

@DisplayName("入学: the stage follows the age reached that year and the school track")
class SchoolingTests {

    @ParameterizedTest(name = "age {0}, track {1}: {2}")
    @CsvSource({
        "2, 0.1, ",
        "4, 0.1, PRESCHOOL",
        "4, 0.9, ",
        "6, 0.9, PRIMARY",
        "11, 0.5, PRIMARY",
        "13, 0.5, JUNIOR",
        "16, 0.2, SENIOR",
        "16, 0.6, VOCATIONAL",
        "16, 0.95, ",
        "19, 0.2, UNDERGRADUATE",
        "19, 0.6, UNDERGRADUATE",
        "19, 0.4, ",
        "19, 0.8, ",
        "23, 0.1, ",
    })
    void enrolsByAgeAndTrack(int age, double track, SchoolStage stage) {
        assertThat(Schooling.stage(age, track)).isEqualTo(stage);
    }
}
