package org.tuodi.core.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdTests {

    /** A woman born on 1954-03-12 and first registered in 临颍县 (411122). */
    private static final String WOMAN = withCheck("41112219540312002");

    @Test
    void acceptsANumberWhoseCheckCharacterMatchesTheFirstSeventeenDigits() {
        NationalId id = NationalId.parse(WOMAN);

        assertThat(id.value()).isEqualTo(WOMAN).endsWith("8");
        assertThat(id.addressCode()).isEqualTo("411122");
    }

    @Test
    void derivesTheBirthDateFromDigitsSevenToFourteen() {
        NationalId id = NationalId.parse(WOMAN);

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1954, 3, 12));
    }

    @ParameterizedTest
    @CsvSource({"001, MALE", "002, FEMALE", "013, MALE", "998, FEMALE", "999, MALE"})
    void derivesTheSexFromTheParityOfTheSeventeenthDigit(String sequence, Sex sex) {
        NationalId id = NationalId.parse(withCheck("41112219540312" + sequence));

        assertThat(id.sex()).isEqualTo(sex);
    }

    @Test
    void turnsOneYearOlderOnTheBirthdayNotTheDayBefore() {
        NationalId id = NationalId.parse(WOMAN);

        assertThat(id.ageOn(LocalDate.of(2024, 3, 11))).isEqualTo(69);
        assertThat(id.ageOn(LocalDate.of(2024, 3, 12))).isEqualTo(70);
    }

    @Test
    void acceptsALowerCaseXAsCheckCharacterAndNormalisesIt() {
        String first17 = "41112219880701003";
        assertThat(NationalId.checkCharacter(first17)).isEqualTo('X');

        NationalId id = NationalId.parse(first17 + "x");

        assertThat(id.value()).isEqualTo(first17 + "X");
        assertThat(id).isEqualTo(NationalId.parse(first17 + "X"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111221954031200", "41112219540312002", "4111221954031200281"})
    void rejectsANumberOfTheWrongLength(String text) {
        assertRejected(text, "must have 18 characters");
    }

    @Test
    void rejectsLettersAmongTheFirstSeventeenDigits() {
        assertRejected("41112219540312O028", "digits in its first 17 places");
    }

    @Test
    void rejectsALastCharacterOtherThanADigitOrX() {
        assertRejected("41112219540312002Y", "must end in a digit or X");
    }

    @Test
    void rejectsABirthDateThatDoesNotExistSuchAsTheThirtiethOfFebruary() {
        assertRejected(withCheck("41112219540230002"), "invalid birth date");
    }

    @Test
    void rejectsABirthDateBefore1880() {
        assertRejected(withCheck("41112218791231001"), "before 1880");
    }

    @Test
    void rejectsAnAddressCodeStartingWithZeroZero() {
        assertRejected(withCheck("00112219540312002"), "address code");
    }

    @Test
    void rejectsAWrongCheckDigit() {
        String wrong = "41112219540312002" + "9";

        assertRejected(wrong, "check digit is wrong");
    }

    /** The same law as {@code NationalIdProperties}, checked exhaustively for one number. */
    @Test
    void rejectsEachOfTheOneHundredAndFiftyThreeSingleDigitChangesToOneNumber() {
        int rejected = 0;

        for (int position = 0; position < 17; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != WOMAN.charAt(position)) {
                    String changed =
                            WOMAN.substring(0, position) + digit + WOMAN.substring(position + 1);
                    assertThatIllegalArgumentException()
                            .isThrownBy(() -> NationalId.parse(changed));
                    rejected++;
                }
            }
        }

        assertThat(rejected).isEqualTo(17 * 9);
    }

    @Test
    void masksTheNumberInToStringKeepingAddressCodeAndLastFour() {
        NationalId id = NationalId.parse(WOMAN);

        assertThat(id.toString()).isEqualTo("411122********0028").doesNotContain(WOMAN);
        assertThat(id.masked()).isEqualTo(id.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111221954", "41112219540", "4111221954031", "98765"})
    void neverEchoesAShortInputWholeInTheRejection(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NationalId.parse(text))
                .withMessageNotContaining(text);
    }

    @Test
    void computesTheCheckCharacterOnlyFromSeventeenDigits() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NationalId.checkCharacter("4111221954031200"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NationalId.checkCharacter("41112219540312O02"));
    }

    private static void assertRejected(String text, String reason) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NationalId.parse(text))
                .withMessageContaining(reason)
                .withMessageNotContaining(text);
    }

    private static String withCheck(String first17) {
        return first17 + NationalId.checkCharacter(first17);
    }
}
