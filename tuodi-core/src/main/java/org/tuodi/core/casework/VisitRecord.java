package org.tuodi.core.casework;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tuodi.core.assistance.VisitFindings;

/**
 * 入户核实记录: a home visit as the investigators recorded it. Each investigation team has at least 2
 * people and the home-visit form is signed by the investigators and the family present
 * (最低生活保障审核确认办法 第十六条). A visit whose form the family did not sign is still recorded (the family may
 * refuse), with {@code familySigned} false for the town office to follow up.
 *
 * @param investigators the user ids of the investigators: at least 2 distinct, none blank
 * @param remarks free text, possibly empty; it may hold personal information and never reaches
 *     {@link #toString()}
 */
public record VisitRecord(
        LocalDate visitedOn,
        List<String> investigators,
        VisitFindings findings,
        String remarks,
        boolean familySigned) {

    /** The fewest investigators a home visit may have (最低生活保障审核确认办法 第十六条). */
    public static final int MIN_INVESTIGATORS = 2;

    public VisitRecord {
        Objects.requireNonNull(visitedOn, "visitedOn");
        investigators = List.copyOf(investigators);
        Set<String> distinct = new HashSet<>();
        for (String investigator : investigators) {
            if (investigator.isBlank()) {
                throw new IllegalArgumentException("an investigator id is blank");
            }
            distinct.add(investigator.strip());
        }
        if (distinct.size() < MIN_INVESTIGATORS) {
            throw new IllegalArgumentException(
                    "a home visit needs at least 2 distinct investigators (低保审核确认办法 第十六条), has "
                            + distinct.size());
        }
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(remarks, "remarks");
    }

    /** Leaves out the findings and the remarks, which hold incomes and health information. */
    @Override
    public String toString() {
        return "VisitRecord[visitedOn="
                + visitedOn
                + ", investigators="
                + investigators.size()
                + ", familySigned="
                + familySigned
                + "]";
    }
}
