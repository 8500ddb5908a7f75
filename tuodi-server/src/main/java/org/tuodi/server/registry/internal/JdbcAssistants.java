package org.tuodi.server.registry.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tuodi.core.region.RegionCode;

/** The assistant (协理员) of each village in {@code registry_assistant}. */
@Component
public class JdbcAssistants {

    private final JdbcClient jdbc;

    JdbcAssistants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes the user the village's assistant, replacing the one before. */
    void assign(RegionCode village, long userId, String actor, OffsetDateTime now) {
        jdbc.sql(
                        """
                        INSERT INTO registry_assistant (village_code, user_id, assigned_at, assigned_by)
                        VALUES (:village, :user, :now, :actor)
                        ON CONFLICT (village_code) DO UPDATE SET
                            user_id = EXCLUDED.user_id,
                            assigned_at = EXCLUDED.assigned_at,
                            assigned_by = EXCLUDED.assigned_by
                        """)
                .param("village", village.value())
                .param("user", userId)
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    public Optional<Long> assistantOf(RegionCode village) {
        return jdbc.sql("SELECT user_id FROM registry_assistant WHERE village_code = :village")
                .param("village", village.value())
                .query(Long.class)
                .optional();
    }
}
