package org.tuodi.core.region;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 行政区划: one statistical division (province, city, county, town or village) with its Chinese name,
 * as published in the National Bureau of Statistics' 统计用区划代码.
 *
 * <p>The level is the level its code shows ({@link RegionCode#level()}), and the parent is empty
 * for a province and otherwise a region that strictly contains this one. That keeps the directory a
 * tree even where the published data lists one code at two levels (东莞市 441900 is both a city and a
 * county).
 */
public record Region(RegionCode code, String name, RegionLevel level, Optional<RegionCode> parent) {

    /**
     * City-level entries that only group counties (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划) rather than name
     * a prefecture.
     */
    private static final Set<String> GROUPINGS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parent, "parent");
        if (name.isBlank()) {
            throw new IllegalArgumentException("region " + code + " has a blank name");
        }
        if (level != code.level()) {
            throw new IllegalArgumentException(
                    "region " + code + " is at level " + code.level() + ", not " + level);
        }
        if (parent.isEmpty() != (level == RegionLevel.PROVINCE)) {
            throw new IllegalArgumentException(
                    "region " + code + " must have a parent unless it is a province");
        }
        if (parent.isPresent() && (parent.get().equals(code) || !parent.get().contains(code))) {
            throw new IllegalArgumentException(
                    "region " + code + " does not lie within its parent " + parent.get());
        }
    }

    /** A region whose level and parent follow from its code: 临颍县 411122 lies in 漯河市 4111. */
    public static Region of(RegionCode code, String name) {
        return new Region(code, name, code.level(), code.parent());
    }

    /**
     * Whether this is a statistical grouping such as 市辖区 or 省直辖县级行政区划 rather than a real
     * prefecture; {@link RegionDirectory#fullName} leaves groupings out (北京市东城区).
     */
    public boolean isGrouping() {
        return level == RegionLevel.CITY && GROUPINGS.contains(name);
    }
}
