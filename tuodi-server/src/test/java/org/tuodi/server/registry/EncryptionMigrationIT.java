package org.tuodi.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V70 encrypts identity and phone numbers at rest with keys the database never sees, so it cannot
 * convert plaintext rows: on a database that holds some it refuses, saying why and what to do, and
 * changes nothing. Runs Flyway by itself on a PostgreSQL of its own (no Spring context).
 */
@DisplayName("V70: a database with plaintext numbers is refused, not half-converted")
class EncryptionMigrationIT {

    EmbeddedPostgres pg;
    DataSource db;
    JdbcClient jdbc;

    @BeforeEach
    void aDatabaseMigratedToBeforeTheEncryption() throws IOException {
        pg = EmbeddedPostgres.builder().start();
        db = pg.getPostgresDatabase();
        jdbc = JdbcClient.create(db);
        flyway("40").migrate();
    }

    @AfterEach
    void stop() throws IOException {
        pg.close();
    }

    private Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    @Test
    void plaintextMembersMakeTheMigrationStopWithAClearMessageAndNothingChanged() {
        jdbc.sql(
                        """
                        INSERT INTO registry_household (id, region_code, residence,
                            per_capita_monthly_income, registered_at, updated_at)
                        VALUES ('OLD-1', '411122101201', 'RURAL', 300, now(), now())
                        """)
                .update();
        jdbc.sql(
                        """
                        INSERT INTO registry_member (household_id, position, id_number, name, relation,
                            phone)
                        VALUES ('OLD-1', 0, '411122195008081445', '旧户主', 'HEAD', '13800000000')
                        """)
                .update();

        assertThatThrownBy(() -> flyway("latest").migrate())
                .hasStackTraceContaining("V70 (encrypting identity and phone numbers at rest)")
                .hasStackTraceContaining("cannot convert existing plaintext rows");

        assertThat(columnsOf("registry_member"))
                .contains("id_number", "phone")
                .doesNotContain("id_number_cipher");
        assertThat(jdbc.sql("SELECT id_number FROM registry_member").query(String.class).single())
                .isEqualTo("411122195008081445");
        assertThat(
                        jdbc.sql(
                                        "SELECT count(*) FROM flyway_schema_history"
                                                + " WHERE version = '70' AND success")
                                .query(Long.class)
                                .single())
                .isZero();
    }

    @Test
    void anEmptyDatabaseIsConvertedToCiphertextColumns() {
        flyway("latest").migrate();

        assertThat(columnsOf("registry_member"))
                .contains(
                        "id_number_cipher",
                        "id_number_hash",
                        "id_number_masked",
                        "phone_cipher",
                        "phone_hash")
                .doesNotContain("id_number", "phone");
        assertThat(columnsOf("ingest_event"))
                .contains("id_number_cipher", "id_number_hash", "id_number_masked")
                .doesNotContain("id_number");
    }

    private List<String> columnsOf(String table) {
        return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = :t")
                .param("t", table)
                .query(String.class)
                .list();
    }
}
