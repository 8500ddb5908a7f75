package org.tuodi.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionDirectoryTests {

    /** Loaded once: the directory is immutable, and loading reads about 100,000 rows. */
    private static final RegionDirectory DIRECTORY = RegionDirectory.load();

    @Test
    void findsLinyingCountyWithItsPathFromHenan() {
        RegionCode linying = RegionCode.of("411122");

        Region county = DIRECTORY.find(linying).orElseThrow();

        assertThat(county.name()).isEqualTo("临颍县");
        assertThat(county.level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(DIRECTORY.path(linying))
                .extracting(Region::name)
                .containsExactly("河南省", "漯河市", "临颍县");
        assertThat(DIRECTORY.fullName(linying)).isEqualTo("河南省漯河市临颍县");
    }

    @Test
    void findsTheThirtyTwoVillagesOfFanchengTown() {
        RegionCode fancheng = RegionCode.of("411122101");
        List<RegionCode> expected =
                IntStream.rangeClosed(201, 232)
                        .mapToObj(n -> RegionCode.of("411122101" + n))
                        .toList();

        List<Region> villages = DIRECTORY.children(fancheng);

        assertThat(DIRECTORY.fullName(fancheng)).isEqualTo("河南省漯河市临颍县繁城回族镇");
        assertThat(villages).extracting(Region::code).containsExactlyElementsOf(expected);
        assertThat(villages).allMatch(village -> village.level() == RegionLevel.VILLAGE);
        assertThat(DIRECTORY.villagesIn(fancheng)).containsExactlyElementsOf(villages);
    }

    @Test
    void countsTheTownsAndVillagesOfHenan() {
        RegionCode henan = RegionCode.of("41");

        long towns = below(henan).filter(r -> r.level() == RegionLevel.TOWN).count();

        assertThat(towns).isEqualTo(2_586);
        assertThat(DIRECTORY.villagesIn(henan).count()).isEqualTo(52_378);
    }

    @Test
    void countsTheTownsAndVillagesOfYinzhouDistrictInNingbo() {
        RegionCode yinzhou = RegionCode.of("330212");

        assertThat(DIRECTORY.fullName(yinzhou)).isEqualTo("浙江省宁波市鄞州区");
        assertThat(DIRECTORY.children(yinzhou)).hasSize(25);
        assertThat(DIRECTORY.villagesIn(yinzhou).count()).isEqualTo(407);
    }

    @Test
    void listsThirtyOneProvincesEachWithAtLeastOneTown() {
        List<Region> provinces = DIRECTORY.provinces();

        assertThat(provinces).hasSize(31);
        assertThat(provinces)
                .allSatisfy(
                        province ->
                                assertThat(below(province.code()))
                                        .as(province.name())
                                        .anyMatch(r -> r.level() == RegionLevel.TOWN));
    }

    @Test
    void hangsEveryVillageUnderATownThatExists() {
        Stream<Region> villages =
                DIRECTORY.provinces().stream().flatMap(p -> DIRECTORY.villagesIn(p.code()));

        assertThat(villages)
                .hasSize(52_378 + 3_042)
                .allSatisfy(
                        village ->
                                assertThat(DIRECTORY.find(village.parent().orElseThrow()))
                                        .map(Region::level)
                                        .contains(RegionLevel.TOWN));
    }

    @ParameterizedTest
    @CsvSource({
        "4419, 东莞市, 441900003, 广东省东莞市东城街道",
        "4420, 中山市, 442000001, 广东省中山市石岐街道",
        "4604, 儋州市, 460400100, 海南省儋州市那大镇"
    })
    void keepsACityThatIsAlsoItsOwnCountyOnceWithTheTownsDirectlyBelow(
            String city, String name, String town, String townFullName) {
        RegionCode code = RegionCode.of(city);

        Region region = DIRECTORY.find(RegionCode.of(city + "00")).orElseThrow();

        assertThat(region).isEqualTo(DIRECTORY.find(code).orElseThrow());
        assertThat(region.name()).isEqualTo(name);
        assertThat(region.level()).isEqualTo(RegionLevel.CITY);
        assertThat(DIRECTORY.children(code))
                .isNotEmpty()
                .allMatch(r -> r.level() == RegionLevel.TOWN)
                .extracting(Region::code)
                .contains(RegionCode.of(town))
                .doesNotHaveDuplicates();
        assertThat(DIRECTORY.path(RegionCode.of(town))).hasSize(3);
        assertThat(DIRECTORY.fullName(RegionCode.of(town))).isEqualTo(townFullName);
    }

    @Test
    void keepsJinmenAsACountyAlthoughItIsAlsoListedAsATownWithCodeZero() {
        RegionCode jinmenTown = RegionCode.of("350527000");

        Region jinmen = DIRECTORY.find(jinmenTown).orElseThrow();

        assertThat(jinmen.level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(DIRECTORY.fullName(jinmenTown)).isEqualTo("福建省泉州市金门县");
        assertThat(DIRECTORY.children(jinmenTown)).isEmpty();
    }

    @Test
    void holdsEveryPublishedCodeOnce() {
        int rows = 31 + 342 + 2_978 + 41_352 + 52_378 + 3_042;
        int codesAtTwoLevels = 4; // 441900, 442000, 460400, 350527000

        assertThat(DIRECTORY.size()).isEqualTo(rows - codesAtTwoLevels);
    }

    @ParameterizedTest
    @CsvSource({"110101, 北京市东城区", "500229, 重庆市城口县", "419001, 河南省济源市", "659001, 新疆维吾尔自治区石河子市"})
    void leavesStatisticalGroupingsOutOfTheFullName(String code, String fullName) {
        assertThat(DIRECTORY.fullName(RegionCode.of(code))).isEqualTo(fullName);
    }

    @Test
    void knowsVillagesOnlyWhereTheVillageDataIsBundled() {
        assertThat(DIRECTORY.isKnownVillage(RegionCode.of("411122101201"))).isTrue();
        assertThat(DIRECTORY.isKnownVillage(RegionCode.of("330212001005"))).isTrue();
        assertThat(DIRECTORY.isKnownVillage(RegionCode.of("411122101"))).isFalse();
        assertThat(DIRECTORY.isKnownVillage(RegionCode.of("411122101999"))).isFalse();
        assertThat(DIRECTORY.isKnownVillage(RegionCode.of("110101001001"))).isFalse();
    }

    @Test
    void answersAnUnknownCodeWithNothingButRefusesToNameIt() {
        RegionCode unknown = RegionCode.of("419999");

        assertThat(DIRECTORY.find(unknown)).isEmpty();
        assertThat(DIRECTORY.path(unknown)).isEmpty();
        assertThat(DIRECTORY.children(unknown)).isEmpty();
        assertThatThrownBy(() -> DIRECTORY.fullName(unknown))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("419999000000");
    }

    @Test
    void buildsASmallDirectorySortingChildrenWhateverTheInputOrder() {
        RegionDirectory small =
                RegionDirectory.of(
                        List.of(
                                Region.of(RegionCode.of("411122102"), "王岗镇"),
                                Region.of(RegionCode.of("411122101"), "繁城回族镇"),
                                Region.of(RegionCode.of("411122"), "临颍县"),
                                Region.of(RegionCode.of("4111"), "漯河市"),
                                Region.of(RegionCode.of("41"), "河南省"),
                                Region.of(RegionCode.of("411122"), "临颍县 (duplicate)")));

        assertThat(small.size()).isEqualTo(5);
        assertThat(small.find(RegionCode.of("411122"))).map(Region::name).contains("临颍县");
        assertThat(small.children(RegionCode.of("411122")))
                .extracting(Region::name)
                .containsExactly("繁城回族镇", "王岗镇");
    }

    @Test
    void refusesARegionWhoseParentIsMissing() {
        List<Region> orphan =
                List.of(
                        Region.of(RegionCode.of("41"), "河南省"),
                        Region.of(RegionCode.of("411122"), "临颍县"));

        assertThatThrownBy(() -> RegionDirectory.of(orphan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("411122000000")
                .hasMessageContaining("411100000000");
    }

    private static Stream<Region> below(RegionCode code) {
        return DIRECTORY.children(code).stream()
                .flatMap(child -> Stream.concat(Stream.of(child), below(child.code())));
    }
}
