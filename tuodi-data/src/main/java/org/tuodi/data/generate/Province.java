package org.tuodi.data.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tuodi.core.household.Residence;
import org.tuodi.core.region.Region;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.core.region.RegionLevel;

/**
 * 省份底图: the real villages and communities of a province from the bundled 2023 division codes, each
 * with its town and county, sorted as rural (村民委员会) or urban (社区, 居民委员会) by its name. Virtual
 * entries (虚拟社区, 虚拟生活区) and names that are neither (农场生活区) are left out.
 *
 * <p>Only provinces whose every town has its villages bundled can be generated: a household must
 * sit in a village the readers know. Memory is a few arrays over the province's villages, whatever
 * the scale.
 */
final class Province {

    private final RegionCode code;
    private final String name;
    private final String[] villageCodes;
    private final String[] villageNames;
    private final int[] villageTown;
    private final String[] townNames;
    private final int[] townCounty;
    private final String[] countyCodes;
    private final int[] rural;
    private final int[] urban;

    private Province(RegionCode code, String name, List<Region> villages, RegionDirectory dir) {
        this.code = code;
        this.name = name;
        Map<RegionCode, Integer> towns = new HashMap<>();
        Map<String, Integer> counties = new HashMap<>();
        List<String> townNameList = new ArrayList<>();
        List<Integer> townCountyList = new ArrayList<>();
        List<Integer> ruralList = new ArrayList<>();
        List<Integer> urbanList = new ArrayList<>();
        int n = villages.size();
        villageCodes = new String[n];
        villageNames = new String[n];
        villageTown = new int[n];
        for (int v = 0; v < n; v++) {
            Region village = villages.get(v);
            RegionCode town = village.code().ancestorAt(RegionLevel.TOWN);
            String county = town.value().substring(0, 6);
            int countyIndex = counties.computeIfAbsent(county, c -> counties.size());
            villageTown[v] =
                    towns.computeIfAbsent(
                            town,
                            t -> {
                                townNameList.add(dir.find(t).map(Region::name).orElse(""));
                                townCountyList.add(countyIndex);
                                return townNameList.size() - 1;
                            });
            villageCodes[v] = village.code().value();
            villageNames[v] = VillageNames.shortName(village.name());
            (VillageNames.residenceOf(village.name()) == Residence.RURAL ? ruralList : urbanList)
                    .add(v);
        }
        townNames = townNameList.toArray(String[]::new);
        townCounty = townCountyList.stream().mapToInt(Integer::intValue).toArray();
        countyCodes = new String[counties.size()];
        counties.forEach((county, index) -> countyCodes[index] = county);
        rural = ruralList.stream().mapToInt(Integer::intValue).toArray();
        urban = urbanList.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The province with this 2-digit code.
     *
     * @throws IllegalArgumentException naming the supported provinces if its villages are not all
     *     bundled
     */
    static Province load(RegionDirectory dir, String provinceCode) {
        List<String> supported = supported(dir);
        if (!supported.contains(provinceCode)) {
            throw new IllegalArgumentException(
                    "province "
                            + provinceCode
                            + " cannot be generated: households must sit in real villages and the"
                            + " bundled division data has every village only for "
                            + String.join(", ", supported));
        }
        RegionCode code = RegionCode.of(provinceCode);
        List<Region> villages =
                dir.villagesIn(code)
                        .filter(v -> VillageNames.residenceOf(v.name()) != null)
                        .toList();
        return new Province(code, dir.find(code).orElseThrow().name(), villages, dir);
    }

    /** The 2-digit codes of the provinces whose every town has bundled villages, e.g. [41]. */
    static List<String> supported(RegionDirectory dir) {
        List<String> codes = new ArrayList<>();
        for (Region province : dir.provinces()) {
            boolean any = false;
            boolean all = true;
            for (Region city : dir.children(province.code())) {
                for (Region county : dir.children(city.code())) {
                    for (Region town : dir.children(county.code())) {
                        boolean has = !dir.children(town.code()).isEmpty();
                        any |= has;
                        all &= has;
                    }
                }
            }
            if (any && all) {
                codes.add(province.code().shortCode());
            }
        }
        return codes;
    }

    RegionCode code() {
        return code;
    }

    String name() {
        return name;
    }

    /** A village of the residence, uniformly: returns its index. */
    int pickVillage(SplittableRandom rng, Residence residence) {
        int[] pool = residence == Residence.RURAL || urban.length == 0 ? rural : urban;
        return pool[rng.nextInt(pool.length)];
    }

    String villageCode(int village) {
        return villageCodes[village];
    }

    int townOf(int village) {
        return villageTown[village];
    }

    int countyOf(int village) {
        return townCounty[villageTown[village]];
    }

    String countyCode(int county) {
        return countyCodes[county];
    }

    int towns() {
        return townNames.length;
    }

    int counties() {
        return countyCodes.length;
    }

    int ruralVillages() {
        return rural.length;
    }

    int urbanVillages() {
        return urban.length;
    }

    /** A plausible address: town, village and 组 (rural) or building (urban). */
    String address(int village, Residence residence, int number) {
        String place = townNames[villageTown[village]] + villageNames[village];
        return residence == Residence.RURAL ? place + number + "组" : place + number + "号楼";
    }
}
