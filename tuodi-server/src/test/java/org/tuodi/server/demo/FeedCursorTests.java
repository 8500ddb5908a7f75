package org.tuodi.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.data.generate.SyntheticCounty;

class FeedCursorTests {

    static final LocalDate TODAY = LocalDate.of(2024, 9, 2);

    static SyntheticCounty county;
    static int firstMonth;
    static int secondMonth;

    @BeforeAll
    static void derive() {
        county =
                SyntheticCounty.derive(
                        RegionDirectory.load(),
                        DemoCounty.LINYING,
                        0.01,
                        2,
                        2023,
                        DemoCounty.START);
        firstMonth = county.recordsIn(0).size();
        secondMonth = county.recordsIn(1).size();
    }

    @Test
    void sendsTheScheduleMonthAfterMonthThenStartsANewCycle() {
        FeedCursor cursor = new FeedCursor(county);

        List<DepartmentEvent> all = cursor.next(firstMonth + secondMonth + 1, TODAY);

        assertThat(all).hasSize(firstMonth + secondMonth + 1);
        assertThat(all.get(0).key().eventId()).isEqualTo("SIM-C0-M00-000000");
        assertThat(all.get(firstMonth).key().eventId()).isEqualTo("SIM-C0-M01-000000");
        assertThat(all.get(firstMonth + secondMonth).key().eventId())
                .isEqualTo("SIM-C1-M00-000000");
        assertThat(all).allMatch(e -> e.occurredOn().equals(TODAY));
        assertThat(cursor.month()).isEqualTo(county.month(0));
    }

    @Test
    void givesTheSamePlaceInTheStreamTheSameRecordWhateverTheBatchSizes() {
        FeedCursor byOne = new FeedCursor(county);
        FeedCursor inBulk = new FeedCursor(county);

        List<DepartmentEvent> bulk = inBulk.next(40, TODAY);
        for (int i = 0; i < 40; i++) {
            assertThat(byOne.next(1, TODAY)).containsExactly(bulk.get(i));
        }
    }
}
