package org.tuodi.server.proofs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row counts of the tables that hold the platform's data, to prove that a refused or hostile
 * request changed nothing: take {@link #of} before and compare after. The audit trail and the
 * import jobs are left out: recording an attempt is what they are for.
 */
final class TableCounts {

    static final List<String> DATA_TABLES =
            List.of(
                    "platform_user",
                    "registry_household",
                    "registry_member",
                    "registry_household_category",
                    "registry_local_standard",
                    "registry_assistant",
                    "ingest_department_token",
                    "ingest_event",
                    "assessment_household_state",
                    "alerting_case",
                    "alerting_case_history",
                    "alerting_decision",
                    "alerting_visit",
                    "alerting_visit_photo",
                    "alerting_measure",
                    "alerting_referral_feedback");

    private TableCounts() {}

    static Map<String, Long> of(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : DATA_TABLES) {
            counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }
}
