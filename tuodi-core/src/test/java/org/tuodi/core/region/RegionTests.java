package org.tuodi.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionTests {

    private static final RegionCode LINYING = RegionCode.of("411122");

    @Test
    void takesItsLevelAndParentFromItsCode() {
        Region linying = Region.of(LINYING, "临颍县");

        assertThat(linying.level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(linying.parent()).contains(RegionCode.of("4111"));
    }

    @Test
    void refusesALevelOtherThanTheOneItsCodeShows() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                new Region(
                                        RegionCode.of("441900"),
                                        "东莞市",
                                        RegionLevel.COUNTY,
                                        Optional.of(RegionCode.of("4419"))))
                .withMessageContaining("441900000000")
                .withMessageContaining("CITY");
    }

    @Test
    void refusesAParentThatDoesNotContainIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                new Region(
                                        LINYING,
                                        "临颍县",
                                        RegionLevel.COUNTY,
                                        Optional.of(RegionCode.of("4112"))))
                .withMessageContaining("411200000000");
    }

    @Test
    void refusesAProvinceWithAParentAndAnythingElseWithout() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                new Region(
                                        RegionCode.of("41"),
                                        "河南省",
                                        RegionLevel.PROVINCE,
                                        Optional.of(RegionCode.of("41"))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Region(LINYING, "临颍县", RegionLevel.COUNTY, Optional.empty()));
    }

    @Test
    void refusesABlankName() {
        assertThatIllegalArgumentException().isThrownBy(() -> Region.of(LINYING, " "));
    }

    @Test
    void recognisesCityLevelGroupingsThatAreNotPrefectures() {
        List<Region> groupings =
                List.of(
                        Region.of(RegionCode.of("1101"), "市辖区"),
                        Region.of(RegionCode.of("5002"), "县"),
                        Region.of(RegionCode.of("4190"), "省直辖县级行政区划"),
                        Region.of(RegionCode.of("6590"), "自治区直辖县级行政区划"));

        assertThat(groupings).allMatch(Region::isGrouping);
        assertThat(Region.of(RegionCode.of("4111"), "漯河市").isGrouping()).isFalse();
        assertThat(Region.of(RegionCode.of("500229"), "县").isGrouping()).isFalse();
    }
}
