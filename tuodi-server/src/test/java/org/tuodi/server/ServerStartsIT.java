package org.tuodi.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuodi.server.platform.ServerIntegrationTest;

/** The application starts on its embedded PostgreSQL with every migration applied. */
@ServerIntegrationTest
class ServerStartsIT {

    @Autowired JdbcClient jdbc;

    @Test
    void startsOnTheEmbeddedPostgresqlWithTheSchemaMigrated() {
        String version = jdbc.sql("select version()").query(String.class).single();
        Integer migrations =
                jdbc.sql("select count(*) from flyway_schema_history where success")
                        .query(Integer.class)
                        .single();
        Integer failed =
                jdbc.sql("select count(*) from flyway_schema_history where not success")
                        .query(Integer.class)
                        .single();

        assertThat(version).startsWith("PostgreSQL 17");
        assertThat(migrations).isPositive();
        assertThat(failed).isZero();
    }
}
