package org.tuodi.core.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 区划目录: the statistical divisions as a tree, to look a code up, walk to its province, list its
 * children and name it in full (河南省漯河市临颍县繁城回族镇). Immutable once built.
 *
 * <p>{@link #load()} gives the bundled 2023 edition of the National Bureau of Statistics' 统计用区划代码
 * (see PROVENANCE.md next to the data): every province, city, county and town, and the villages of
 * Henan and of Ningbo. A code published at two levels (东莞市 441900 as city and county, town
 * 350527000 金门县 equal to its county) is kept once, at the higher level, and the children of the
 * lower duplicate hang under it.
 */
public final class RegionDirectory {

    private final NavigableMap<RegionCode, Region> regions;
    private final Map<RegionCode, List<Region>> children;
    private final List<Region> provinces;

    private RegionDirectory(NavigableMap<RegionCode, Region> regions) {
        this.regions = Collections.unmodifiableNavigableMap(regions);
        Map<RegionCode, List<Region>> byParent = new HashMap<>();
        List<Region> tops = new ArrayList<>();
        for (Region region : regions.values()) {
            Optional<RegionCode> parent = region.parent();
            if (parent.isPresent()) {
                byParent.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(region);
            } else {
                tops.add(region);
            }
        }
        byParent.replaceAll((parent, list) -> List.copyOf(list));
        this.children = Map.copyOf(byParent);
        this.provinces = List.copyOf(tops);
    }

    /**
     * Reads the bundled division data from the classpath (about 100,000 regions). Each call reads
     * the files again, so load once and share the directory.
     */
    public static RegionDirectory load() {
        return of(RegionData.read());
    }

    /**
     * A directory of the given regions; the first of several with the same code is kept (a region's
     * level follows from its code, so duplicates never disagree on level). Every region's parent
     * must be among them.
     *
     * @throws IllegalArgumentException naming a region whose parent is missing
     */
    public static RegionDirectory of(Collection<Region> regions) {
        NavigableMap<RegionCode, Region> byCode = new TreeMap<>();
        for (Region region : regions) {
            byCode.putIfAbsent(region.code(), region);
        }
        for (Region region : byCode.values()) {
            Optional<RegionCode> parent = region.parent();
            if (parent.isPresent() && !byCode.containsKey(parent.get())) {
                throw new IllegalArgumentException(
                        "region " + region.code() + " has parent " + parent.get() + " missing");
            }
        }
        return new RegionDirectory(byCode);
    }

    /** The region with this code; a lower-level duplicate (441900 as county) finds the city. */
    public Optional<Region> find(RegionCode code) {
        return Optional.ofNullable(regions.get(Objects.requireNonNull(code, "code")));
    }

    /** The provinces (省级), sorted by code. */
    public List<Region> provinces() {
        return provinces;
    }

    /** The regions directly below, sorted by code; empty for a village or an unknown code. */
    public List<Region> children(RegionCode code) {
        return children.getOrDefault(code, List.of());
    }

    /** From the province down to the region itself; empty for an unknown code. */
    public List<Region> path(RegionCode code) {
        List<Region> path = new ArrayList<>(5);
        Optional<Region> region = find(code);
        while (region.isPresent()) {
            path.add(region.get());
            region = region.get().parent().map(regions::get);
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    /**
     * The official full name, the names along the path without groupings such as 市辖区:
     * 河南省漯河市临颍县繁城回族镇, 北京市东城区.
     *
     * @throws NoSuchElementException if the code is not in the directory
     */
    public String fullName(RegionCode code) {
        List<Region> path = path(code);
        if (path.isEmpty()) {
            throw new NoSuchElementException("no region with code " + code);
        }
        return path.stream()
                .filter(region -> !region.isGrouping())
                .map(Region::name)
                .collect(Collectors.joining());
    }

    /** Whether the code is a village (村/社区) in the directory. */
    public boolean isKnownVillage(RegionCode code) {
        return find(code).filter(region -> region.level() == RegionLevel.VILLAGE).isPresent();
    }

    /** The villages within the region (the region itself if it is one), sorted by code. */
    public Stream<Region> villagesIn(RegionCode code) {
        String prefix = code.shortCode();
        RegionCode last = new RegionCode(prefix + "9".repeat(12 - prefix.length()));
        return regions.subMap(code, true, last, true).values().stream()
                .filter(region -> region.level() == RegionLevel.VILLAGE);
    }

    /** How many regions, at all levels. */
    public int size() {
        return regions.size();
    }
}
