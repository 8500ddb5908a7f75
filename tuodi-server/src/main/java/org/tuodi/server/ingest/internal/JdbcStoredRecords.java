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
import org.tuodi.server.platform.PersonalDataCipher;
import org.tuodi.server.platform.PersonalDataCipher.Field;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads {@code ingest_event} back: the stored payload is the JSON form of formats.md, read with the
 * same reader as a batch.
 */
@Repository
class JdbcStoredRecords implements StoredRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonalDataCipher cipher;

    JdbcStoredRecords(JdbcClient jdbc, JsonMapper json, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.json = json;
        this.cipher = cipher;
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
                        SELECT household_id, id_number_cipher, payload FROM ingest_event
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
                                    EventJsonReader.event(
                                            withIdNumber(
                                                    rs.getString("payload"),
                                                    rs.getString("id_number_cipher"))));
                        });
        if (current[0] != null) {
            action.accept(new HouseholdId(current[0]), List.copyOf(records));
        }
    }

    /**
     * The stored payload with the person's identity number put back (the payload leaves it out: it
     * is stored encrypted in its own column), as the reader of a batch expects it.
     */
    private JsonNode withIdNumber(String payload, String idNumberCipher) {
        ObjectNode tree = (ObjectNode) json.readTree(payload);
        tree.put("idNumber", cipher.open(Field.IDENTITY_NUMBER, idNumberCipher));
        return tree;
    }
}
