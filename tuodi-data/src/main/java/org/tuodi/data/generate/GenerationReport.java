package org.tuodi.data.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tuodi.core.event.EventType;

/**
 * 生成报告: what a generation wrote: households and people by stratum, rural households, members,
 * records by type and the regional shocks drawn. Printed as English {@code key=value} lines.
 */
public record GenerationReport(
        GenerateRequest request,
        String provinceName,
        Map<String, Long> householdsByStratum,
        Map<String, Long> peopleByStratum,
        long ruralHouseholds,
        Map<EventType, Long> recordsByType,
        int disasters,
        int townsHitByDisasters,
        int layoffs) {

    public GenerationReport {
        householdsByStratum = Map.copyOf(householdsByStratum);
        peopleByStratum = Map.copyOf(peopleByStratum);
        recordsByType = Map.copyOf(recordsByType);
    }

    public long households() {
        return householdsByStratum.values().stream().mapToLong(Long::longValue).sum();
    }

    public long members() {
        return peopleByStratum.values().stream().mapToLong(Long::longValue).sum();
    }

    public long records() {
        return recordsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The report as {@code key=value} lines, strata and types in a fixed order. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("province=" + request.province());
        lines.add("province.name=" + provinceName);
        lines.add(
                "scale="
                        + BigDecimal.valueOf(request.scale()).stripTrailingZeros().toPlainString());
        lines.add("seed=" + request.seed());
        lines.add("start=" + request.start());
        lines.add("months=" + request.months());
        lines.add("households=" + households());
        lines.add("households.rural=" + ruralHouseholds);
        lines.add("members=" + members());
        for (Stratum stratum : Stratum.values()) {
            String name = stratum.name();
            lines.add("households." + name + "=" + householdsByStratum.getOrDefault(name, 0L));
            lines.add("people." + name + "=" + peopleByStratum.getOrDefault(name, 0L));
        }
        lines.add("records=" + records());
        for (EventType type : EventType.values()) {
            lines.add("records." + type + "=" + recordsByType.getOrDefault(type, 0L));
        }
        lines.add("shocks.disasters=" + disasters);
        lines.add("shocks.towns_hit=" + townsHitByDisasters);
        lines.add("shocks.layoffs=" + layoffs);
        lines.add("output.households=" + request.householdsFile().toAbsolutePath());
        lines.add("output.members=" + request.membersFile().toAbsolutePath());
        lines.add("output.events=" + request.eventsFile().toAbsolutePath());
        return lines;
    }
}
