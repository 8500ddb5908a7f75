package org.tuodi.core.rules;

/**
 * 处置时限: for one alert level, the calendar days from the alert to the home visit (入户核实) and to the
 * disposal (处置). Local practice varies (Guizhou: support within 15 days), so these are data.
 */
public record Deadline(int visitDays, int disposalDays) {

    public Deadline {
        if (visitDays < 1) {
            throw new IllegalArgumentException("visit deadline is at least 1 day");
        }
        if (disposalDays < visitDays) {
            throw new IllegalArgumentException("disposal deadline comes after the visit deadline");
        }
    }
}
