package org.tuodi.core.rules;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tuodi.core.region.RegionCode;

/**
 * 地区差异化设置: how a region (and everything within it) departs from the rule set: indicator changes by
 * code and other alert lines. The most specific region containing a household applies; overrides do
 * not add indicators, so every region is explained by the same indicator list.
 */
public record RegionOverride(
        RegionCode region,
        Map<String, IndicatorOverride> indicators,
        Map<AlertLevel, Integer> alertLines) {

    public RegionOverride {
        Objects.requireNonNull(region, "region");
        indicators = java.util.Collections.unmodifiableMap(new TreeMap<>(indicators));
        // EnumMap's copy constructor refuses an empty map that is not an EnumMap (Map.of())
        java.util.EnumMap<AlertLevel, Integer> lines = new java.util.EnumMap<>(AlertLevel.class);
        lines.putAll(alertLines);
        alertLines = java.util.Collections.unmodifiableMap(lines);
    }
}
