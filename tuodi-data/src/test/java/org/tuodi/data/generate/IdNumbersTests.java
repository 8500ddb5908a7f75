package org.tuodi.data.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.household.Sex;

@DisplayName("身份号码分配: unique, valid numbers that carry county, birth date and sex")
class IdNumbersTests {

    @Test
    void givesDifferentValidNumbersToManyPeopleOfTheSameCountyYearAndSex() {
        IdNumbers ids = new IdNumbers(42, 2);
        Set<String> numbers = new HashSet<>();

        for (int n = 0; n < 5_000; n++) {
            IdNumbers.Person person = ids.next(1, "411122", 1954, false);
            NationalId id = NationalId.parse(person.idNumber());
            assertThat(id.addressCode()).isEqualTo("411122");
            assertThat(id.birthDate()).isEqualTo(person.birthDate());
            assertThat(id.birthDate().getYear()).isEqualTo(1954);
            assertThat(id.sex()).isEqualTo(Sex.FEMALE);
            numbers.add(person.idNumber());
        }

        assertThat(numbers).hasSize(5_000);
    }

    @Test
    void spreadsTheFirstPeopleOfACellOverDifferentDays() {
        IdNumbers ids = new IdNumbers(1, 1);
        Set<Object> days = new HashSet<>();

        for (int n = 0; n < 366; n++) {
            days.add(ids.next(0, "410102", 2000, true).birthDate());
        }

        assertThat(days).hasSize(366);
    }

    @Test
    void startsAgainAfterAResetSoEveryPassGivesTheSameNumbers() {
        IdNumbers ids = new IdNumbers(9, 3);
        String first = ids.next(2, "410305", 1980, true).idNumber();
        ids.next(2, "410305", 1980, true);

        ids.reset();

        assertThat(ids.next(2, "410305", 1980, true).idNumber()).isEqualTo(first);
    }

    @Test
    void marksMenWithAnOddSequenceNumber() {
        IdNumbers ids = new IdNumbers(5, 1);

        String man = ids.next(0, "410102", 1970, true).idNumber();
        String woman = ids.next(0, "410102", 1970, false).idNumber();

        assertThat((man.charAt(16) - '0') % 2).isEqualTo(1);
        assertThat((woman.charAt(16) - '0') % 2).isZero();
    }
}
