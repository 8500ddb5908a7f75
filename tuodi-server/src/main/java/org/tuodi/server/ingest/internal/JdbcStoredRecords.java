package org.tuodi.server.ingest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.server.ingest.StoredRecords;
import org.tuodi.server.ingest.web.EventJsonReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code ingest_event} back: the stored payload is the JSON form of formats.md, read with the
 * same reader as a batch.
 */
@Repository
class JdbcStoredRecords implements StoredRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcStoredRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public int householdCount(LocalDate from, LocalDate to) {
        return jdbc.sql(
                        """
                        SELECT count(DISTINCT household_id) FROM ingest_event
                        WHERE household_id IS NOT NULL AND occurred_on BETWEEN :from AND :to
                        """)
                .param("from", from)
                .param("to", to)
                .query(Integer.class)
                .single();
    }

    @Override
    public void eachHousehold(
            LocalDate from, LocalDate to, BiConsumer<HouseholdId, List<DepartmentEvent>> action) {
        List<DepartmentEvent> records = new ArrayList<>();
        String[] current = {null};
        jdbc.sql(
                        """
                        SELECT household_id, payload FROM ingest_event
                        WHERE household_id IS NOT NULL AND occurred_on BETWEEN :from AND :to
                        ORDER BY household_id, id
                        """)
                .param("from", from)
                .param("to", to)
                .query(
                        rs -> {
                            String household = rs.getString("household_id");
                            if (current[0] != null && !current[0].equals(household)) {
                                action.accept(new HouseholdId(current[0]), List.copyOf(records));
                                records.clear();
                            }
                            current[0] = household;
                            records.add(
                                    EventJsonReader.event(json.readTree(rs.getString("payload"))));
                        });
        if (current[0] != null) {
            action.accept(new HouseholdId(current[0]), List.copyOf(records));
        }
    }
}
