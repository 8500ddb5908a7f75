package org.tuodi.server.assessment.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuodi.core.engine.HouseholdState;
import org.tuodi.core.engine.HouseholdStateCodec;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.rules.AlertLevel;

/**
 * The engine state of each household in {@code assessment_household_state}, encoded with {@link
 * HouseholdStateCodec}. A state is read locked ({@code FOR UPDATE}) and written back with its
 * version checked, inside the transaction that stores the record that changed it.
 */
@Repository
class JdbcHouseholdStates {

    private static final byte[] EMPTY = HouseholdStateCodec.encode(HouseholdState.empty());

    private final JdbcClient jdbc;

    JdbcHouseholdStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored state with the rule set that made it and its version. */
    record Stored(HouseholdState state, String ruleSetHash, int version) {}

    /** The household's state, locked until the transaction ends; an empty one is created first. */
    Stored lock(HouseholdId household, String ruleSetHash, OffsetDateTime now) {
        jdbc.sql(
                        """
                        INSERT INTO assessment_household_state
                            (household_id, state, rule_set_hash, version, updated_at)
                        VALUES (:household, :state, :hash, 0, :now)
                        ON CONFLICT (household_id) DO NOTHING
                        """)
                .param("household", household.value())
                .param("state", EMPTY)
                .param("hash", ruleSetHash)
                .param("now", now)
                .update();
        return jdbc.sql(
                        """
                        SELECT state, rule_set_hash, version FROM assessment_household_state
                        WHERE household_id = :household FOR UPDATE
                        """)
                .param("household", household.value())
                .query(
                        (rs, n) ->
                                new Stored(
                                        HouseholdStateCodec.decode(rs.getBytes("state")),
                                        rs.getString("rule_set_hash"),
                                        rs.getInt("version")))
                .single();
    }

    /** Writes the new state; the version read by {@link #lock} must still be current. */
    void save(
            HouseholdId household,
            HouseholdState state,
            String ruleSetHash,
            int version,
            OffsetDateTime now) {
        int rows =
                jdbc.sql(
                                """
                                UPDATE assessment_household_state
                                SET state = :state, rule_set_hash = :hash, held_from = :heldFrom,
                                    assessed_through = :through, newest_seen = :newest,
                                    open_level = :openLevel, version = version + 1,
                                    updated_at = :now
                                WHERE household_id = :household AND version = :version
                                """)
                        .param("state", HouseholdStateCodec.encode(state))
                        .param("hash", ruleSetHash)
                        .param("heldFrom", heldFrom(state))
                        .param("through", day(state.finalizedThrough()))
                        .param("newest", day(state.newestSeen()))
                        .param("openLevel", openLevel(state))
                        .param("now", now)
                        .param("household", household.value())
                        .param("version", version)
                        .update();
        if (rows != 1) {
            throw new IllegalStateException(
                    "engine state of household " + household + " changed concurrently");
        }
    }

    /** Households with records held that happened on or before the date. */
    List<HouseholdId> heldThrough(LocalDate through) {
        return jdbc.sql(
                        """
                        SELECT household_id FROM assessment_household_state
                        WHERE held_from IS NOT NULL AND held_from <= :through
                        ORDER BY household_id
                        """)
                .param("through", through)
                .query((rs, n) -> new HouseholdId(rs.getString(1)))
                .list();
    }

    /** The earliest day of a contribution not yet assessed, or null when none is held. */
    static LocalDate heldFrom(HouseholdState state) {
        int earliest = Integer.MAX_VALUE;
        for (int day : state.days()) {
            if (day > state.finalizedThrough() && day < earliest) {
                earliest = day;
            }
        }
        return earliest == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(earliest);
    }

    private static LocalDate day(int epochDay) {
        return epochDay == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(epochDay);
    }

    private static String openLevel(HouseholdState state) {
        return state.hasOpenCase() ? AlertLevel.values()[state.openLevel()].name() : null;
    }
}
