package org.tuodi.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTests {

    @ParameterizedTest
    @CsvSource({
        "41,           410000000000",
        "4111,         411100000000",
        "411122,       411122000000",
        "411122101,    411122101000",
        "411122101201, 411122101201",
        "' 411122 ',   411122000000"
    })
    void padsShortCodesWithZerosToTwelveDigits(String shortCode, String padded) {
        RegionCode code = RegionCode.of(shortCode);

        assertThat(code.value()).isEqualTo(padded);
    }

    @ParameterizedTest
    @CsvSource({
        "410000000000, PROVINCE, 41",
        "411100000000, CITY,     4111",
        "411122000000, COUNTY,   411122",
        "411122101000, TOWN,     411122101",
        "411122101201, VILLAGE,  411122101201",
        "441900003000, TOWN,     441900003"
    })
    void detectsTheLevelFromTheLongestPrefixThatIsNotPadding(
            String value, RegionLevel level, String shortCode) {
        RegionCode code = RegionCode.of(value);

        assertThat(code.level()).isEqualTo(level);
        assertThat(code.shortCode()).isEqualTo(shortCode);
    }

    @Test
    void walksUpFromAVillageToItsProvinceOneLevelAtATime() {
        RegionCode village = RegionCode.of("411122101201");

        RegionCode town = village.parent().orElseThrow();
        RegionCode county = town.parent().orElseThrow();
        RegionCode city = county.parent().orElseThrow();
        RegionCode province = city.parent().orElseThrow();

        assertThat(town).isEqualTo(RegionCode.of("411122101"));
        assertThat(county).isEqualTo(RegionCode.of("411122"));
        assertThat(city).isEqualTo(RegionCode.of("4111"));
        assertThat(province).isEqualTo(RegionCode.of("41"));
        assertThat(province.parent()).isEmpty();
    }

    @Test
    void givesATownOfDongguanTheCityAsParentBecauseTheCountyPartIsZero() {
        RegionCode dongcheng = RegionCode.of("441900003");

        assertThat(dongcheng.parent()).contains(RegionCode.of("4419"));
    }

    @Test
    void containsItselfAndEverythingBelowButNotItsNeighbours() {
        RegionCode linying = RegionCode.of("411122");

        assertThat(linying.contains(linying)).isTrue();
        assertThat(linying.contains(RegionCode.of("411122101201"))).isTrue();
        assertThat(linying.contains(RegionCode.of("411121"))).isFalse();
        assertThat(linying.contains(RegionCode.of("4111"))).isFalse();
        assertThat(RegionCode.of("41").contains(linying)).isTrue();
    }

    @Test
    void findsTheAncestorAtAnyHigherOrEqualLevel() {
        RegionCode village = RegionCode.of("411122101201");

        assertThat(village.ancestorAt(RegionLevel.PROVINCE)).isEqualTo(RegionCode.of("41"));
        assertThat(village.ancestorAt(RegionLevel.CITY)).isEqualTo(RegionCode.of("4111"));
        assertThat(village.ancestorAt(RegionLevel.COUNTY)).isEqualTo(RegionCode.of("411122"));
        assertThat(village.ancestorAt(RegionLevel.TOWN)).isEqualTo(RegionCode.of("411122101"));
        assertThat(village.ancestorAt(RegionLevel.VILLAGE)).isEqualTo(village);
    }

    @Test
    void refusesAnAncestorBelowTheCodesOwnLevel() {
        RegionCode county = RegionCode.of("411122");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> county.ancestorAt(RegionLevel.TOWN))
                .withMessageContaining("411122000000");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"4", "411", "41112", "4111221", "41112210", "4111221012", "4111221012011"})
    void rejectsCodesOfTheWrongLengthNamingTheBadValue(String bad) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RegionCode.of(bad))
                .withMessageContaining("'" + bad + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4a", "41-1", "41112２", "4111221O1201", "", "  "})
    void rejectsCodesWithOtherThanAsciiDigitsNamingTheBadValue(String bad) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RegionCode.of(bad))
                .withMessageContaining("'" + bad + "'");
    }

    @Test
    void rejectsAnUnpaddedValueThatIsNotTwelveDigits() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RegionCode("411122"))
                .withMessageContaining("'411122'");
    }

    @Test
    void rejectsProvinceZeroZero() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RegionCode.of("001122"))
                .withMessageContaining("00");
    }

    @Test
    void sortsByCodeSoThatARegionComesBeforeEverythingInIt() {
        RegionCode county = RegionCode.of("411122");
        RegionCode town = RegionCode.of("411122101");
        RegionCode nextCounty = RegionCode.of("411123");

        assertThat(county).isLessThan(town);
        assertThat(town).isLessThan(nextCounty);
    }
}
