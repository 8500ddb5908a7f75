package org.tuodi.server.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** 统计周期: the periods of a trend. Weeks run Monday to Sunday (ISO 8601), months by the calendar. */
public enum Granularity {
    /** 按日. */
    DAY,
    /** 按周. */
    WEEK,
    /** 按月. */
    MONTH;

    /** The first day of the period holding the date. */
    public LocalDate startOf(LocalDate date) {
        switch (this) {
            case WEEK:
                return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH:
                return date.withDayOfMonth(1);
            default:
                return date;
        }
    }

    /** The last day of the period starting on {@code start}. */
    public LocalDate endOf(LocalDate start) {
        switch (this) {
            case WEEK:
                return start.plusDays(6);
            case MONTH:
                return start.with(TemporalAdjusters.lastDayOfMonth());
            default:
                return start;
        }
    }

    /** The first day of the next period. */
    public LocalDate next(LocalDate start) {
        return endOf(start).plusDays(1);
    }

    /**
     * How many periods from the one starting on {@code first} to the one starting on {@code last}.
     */
    public long periodsFrom(LocalDate first, LocalDate last) {
        switch (this) {
            case WEEK:
                return ChronoUnit.WEEKS.between(first, last) + 1;
            case MONTH:
                return ChronoUnit.MONTHS.between(first, last) + 1;
            default:
                return ChronoUnit.DAYS.between(first, last) + 1;
        }
    }
}
