package org.tuodi.data.generate;

import java.util.List;
import org.tuodi.core.household.Residence;

/**
 * 村居名称: what a village's name in the division codes says. A village committee (村民委员会, 村委会) is
 * rural; a community (社区, 居民委员会, 居委会) is urban; virtual entries (虚拟社区, 虚拟生活区) and the living
 * quarters of state farms (农场生活区) are neither and get no households.
 */
final class VillageNames {

    private VillageNames() {}

    /** RURAL for a village committee, URBAN for a community, null for anything else. */
    static Residence residenceOf(String villageName) {
        if (villageName.contains("虚拟")) {
            return null;
        }
        if (villageName.contains("社区")
                || villageName.contains("居委会")
                || villageName.contains("居民委员会")) {
            return Residence.URBAN;
        }
        return villageName.contains("村") ? Residence.RURAL : null;
    }

    /** 营王村村民委员会 and 桐安村民委员会 → 营王村, 桐安村; 碧沙岗社区居委会 → 碧沙岗社区. */
    static String shortName(String name) {
        String shorter = name;
        if (name.endsWith("村民委员会")) {
            shorter = name.substring(0, name.length() - 4);
        } else if (name.endsWith("村委会")) {
            shorter = name.substring(0, name.length() - 2);
        } else {
            for (String suffix : List.of("居民委员会", "居委会", "委员会")) {
                if (name.endsWith(suffix)) {
                    shorter = name.substring(0, name.length() - suffix.length());
                    break;
                }
            }
        }
        if (shorter.endsWith("村村")) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter.isEmpty() ? name : shorter;
    }
}
