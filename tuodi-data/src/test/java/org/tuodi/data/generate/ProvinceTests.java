package org.tuodi.data.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuodi.core.household.Residence;

@DisplayName("省份底图: real villages, rural or urban by their names")
class ProvinceTests {

    @ParameterizedTest
    @CsvSource({
        "营王村村民委员会, RURAL",
        "桐安村民委员会, RURAL",
        "碧沙岗社区居委会, URBAN",
        "河南工大社区居民委员会, URBAN",
        "某某居委会, URBAN",
    })
    void readsTheResidenceFromTheVillagesName(String name, Residence residence) {
        assertThat(VillageNames.residenceOf(name)).isEqualTo(residence);
    }

    @ParameterizedTest
    @CsvSource({"虚拟生活区", "虚拟村村委会虚拟社区", "黄泛区农场分场生活区"})
    void leavesOutVirtualAndOtherEntries(String name) {
        assertThat(VillageNames.residenceOf(name)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "营王村村民委员会, 营王村",
        "桐安村民委员会, 桐安村",
        "寇村村委会, 寇村",
        "碧沙岗社区居委会, 碧沙岗社区",
        "河南工大社区居民委员会, 河南工大社区",
    })
    void shortensTheNameForAddresses(String name, String shortName) {
        assertThat(VillageNames.shortName(name)).isEqualTo(shortName);
    }

    @Test
    void supportsOnlyHenanWhoseEveryVillageIsBundled() {
        assertThat(Province.supported(TinyProvince.REGIONS)).containsExactly("41");
    }

    @Test
    void loadsHenansVillagesMostlyRural() {
        Province henan = Province.load(TinyProvince.REGIONS, "41");

        assertThat(henan.name()).isEqualTo("河南省");
        assertThat(henan.ruralVillages()).isGreaterThan(40_000);
        assertThat(henan.urbanVillages()).isGreaterThan(7_000);
        assertThat(henan.towns()).isBetween(2_500, 2_586);
    }

    @Test
    void refusesAProvinceWithoutBundledVillagesNamingTheSupportedOnes() {
        assertThatThrownBy(() -> Province.load(TinyProvince.REGIONS, "11"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("province 11")
                .hasMessageEndingWith("only for 41");
    }
}
