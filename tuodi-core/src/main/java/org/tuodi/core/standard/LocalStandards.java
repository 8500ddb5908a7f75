package org.tuodi.core.standard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tuodi.core.region.RegionCode;

/**
 * 地方标准表: all local standards with their effective dates. The one that applies to a village on a
 * date is the most specific region containing it (village, town, county, city, province) with the
 * latest effective date on or before that date.
 */
public record LocalStandards(List<LocalStandard> standards) {

    public LocalStandards {
        standards = List.copyOf(standards);
    }

    public Optional<LocalStandard> applicableTo(RegionCode region, LocalDate date) {
        return standards.stream()
                .filter(s -> s.region().contains(region))
                .filter(s -> !s.effectiveFrom().isAfter(date))
                .max(
                        Comparator.<LocalStandard>comparingInt(s -> s.region().level().ordinal())
                                .thenComparing(LocalStandard::effectiveFrom));
    }
}
