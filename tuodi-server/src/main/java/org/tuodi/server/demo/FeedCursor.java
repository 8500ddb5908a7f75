package org.tuodi.server.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.data.generate.ScheduledRecord;
import org.tuodi.data.generate.SyntheticCounty;

/**
 * 模拟数据流: the demo county's scheduled department records one after another, month after month of the
 * generated period; after its last month the period starts again as a new cycle. A record is sent
 * as of today (the engine reasons in event time, so its lateness rules see a live feed) with an id
 * that says where it stands in the stream, {@code SIM-C<cycle>-M<month>-<index>}: the same place
 * always gives the same id, so a record sent again is a duplicate the intake drops.
 */
final class FeedCursor {

    private final SyntheticCounty county;
    private int cycle;
    private int month;
    private int index;
    private List<ScheduledRecord> records;

    FeedCursor(SyntheticCounty county) {
        this.county = county;
    }

    /** The next records, at most {@code count} (fewer only if the schedule has none at all). */
    List<DepartmentEvent> next(int count, LocalDate today) {
        List<DepartmentEvent> events = new ArrayList<>(count);
        int emptyMonths = 0;
        while (events.size() < count && emptyMonths <= county.months()) {
            if (records == null) {
                records = county.recordsIn(month);
            }
            if (index < records.size()) {
                events.add(records.get(index).toEvent(id(), today));
                index++;
                emptyMonths = 0;
            } else {
                emptyMonths += records.isEmpty() ? 1 : 0;
                nextMonth();
            }
        }
        return events;
    }

    private void nextMonth() {
        records = null;
        index = 0;
        month++;
        if (month == county.months()) {
            month = 0;
            cycle++;
        }
    }

    private String id() {
        return "SIM-C" + cycle + "-M" + pad(month, 2) + "-" + pad(index, 6);
    }

    /** The generated month the stream is in, e.g. 2023-10. */
    YearMonth month() {
        return county.month(month);
    }

    static String pad(long number, int width) {
        String digits = Long.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
