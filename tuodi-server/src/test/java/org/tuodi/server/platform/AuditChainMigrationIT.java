package org.tuodi.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuodi.server.platform.AuditChain.Verification;

/**
 * V80 on a database that already has an audit trail (a demo or installation from before the chain):
 * the entries written before are chained in the order they were written, and appends after the
 * migration continue the chain. Runs the migrations on a database of its own in the tests'
 * PostgreSQL, which it drops afterwards.
 */
@ServerIntegrationTest
class AuditChainMigrationIT {

    @Autowired EmbeddedPostgres postgres;
    @Autowired JdbcClient jdbc;

    @Test
    void entriesWrittenBeforeTheChainAreChainedInTheirOrderAndNewOnesFollow() {
        String database = "chain_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("CREATE DATABASE " + database).update();
        try {
            DataSource source = postgres.getDatabase("postgres", database);
            String beforeTheChain =
                    java.util.Arrays.stream(
                                    Flyway.configure()
                                            .dataSource(source)
                                            .locations("classpath:db/migration")
                                            .load()
                                            .info()
                                            .all())
                            .map(m -> m.getVersion())
                            .filter(v -> v.isNewerThan("0") && !v.isAtLeast("80"))
                            .max(Comparable::compareTo)
                            .orElseThrow()
                            .getVersion();
            Flyway.configure()
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .target(beforeTheChain)
                    .load()
                    .migrate();
            JdbcClient old = JdbcClient.create(source);
            for (int i = 1; i <= 3; i++) {
                old.sql(
                                """
                                INSERT INTO platform_audit (at, actor, action, subject_type, subject_id, detail)
                                VALUES (now() - make_interval(days => :ago), 'before', 'TESTED', 'thing', :n, '旧记录')
                                """)
                        .param("ago", 10 - i)
                        .param("n", Integer.toString(i))
                        .update();
            }

            Flyway.configure()
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            old.sql(
                            """
                            INSERT INTO platform_audit (at, actor, action, subject_type, subject_id, detail)
                            VALUES (now(), 'after', 'TESTED', 'thing', '4', '')
                            """)
                    .update();
            Verification verification = new AuditChain(old).verify();

            assertThat(verification.brokenLink()).isEmpty();
            assertThat(verification.checked()).isEqualTo(4);
            assertThat(
                            old.sql("SELECT subject_id FROM platform_audit ORDER BY seq")
                                    .query(String.class)
                                    .list())
                    .containsExactly("1", "2", "3", "4");
        } finally {
            jdbc.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :db")
                    .param("db", database)
                    .query()
                    .listOfRows();
            jdbc.sql("DROP DATABASE IF EXISTS " + database).update();
        }
    }
}
