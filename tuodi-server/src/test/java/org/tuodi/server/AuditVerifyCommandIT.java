package org.tuodi.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.ServerIntegrationTest;

/**
 * {@code tuodi audit verify} run as the command line runs it, against the tests' database given as
 * an external PostgreSQL: it says OK with the entries checked, and after an attacker changed an
 * entry in SQL it names that entry and exits 1. The tampered entry is put back afterwards.
 */
@ServerIntegrationTest
class AuditVerifyCommandIT {

    @Autowired EmbeddedPostgres postgres;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anIntactTrailIsReportedOkWithTheEntriesChecked() {
        audit.record(new AuditEntry("verify-command", "TESTED", "thing", "1", ""));
        long entries = jdbc.sql("SELECT count(*) FROM platform_audit").query(Long.class).single();

        int code = verify();

        assertThat(code).as(stderr()).isZero();
        assertThat(stdout())
                .startsWith("audit chain OK: " + entries + " entries checked, head seq ");
    }

    @Test
    void aTamperedEntryIsNamedAndTheCommandFails() {
        audit.record(new AuditEntry("verify-command", "TESTED", "thing", "2", "k=v"));
        long seq = jdbc.sql("SELECT max(seq) FROM platform_audit").query(Long.class).single();
        try {
            jdbc.sql("ALTER TABLE platform_audit DISABLE TRIGGER platform_audit_append_only")
                    .update();
            jdbc.sql("UPDATE platform_audit SET detail = 'k=forged' WHERE seq = :seq")
                    .param("seq", seq)
                    .update();

            int code = verify();

            assertThat(code).isEqualTo(1);
            assertThat(stderr())
                    .startsWith(
                            "audit chain BROKEN after " + (seq - 1) + " intact entries: seq " + seq)
                    .contains("the entry was changed");
        } finally {
            jdbc.sql("UPDATE platform_audit SET detail = 'k=v' WHERE seq = :seq")
                    .param("seq", seq)
                    .update();
            jdbc.sql("ALTER TABLE platform_audit ENABLE TRIGGER platform_audit_append_only")
                    .update();
        }
    }

    @Test
    void anAnchorThatNoLongerMatchesFailsTheCheck() {
        int code = verify("--anchor", "1:" + "f".repeat(64));

        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("seq 1 (id ").contains("is not the anchored");
    }

    @Test
    void aMalformedAnchorIsAUsageError() {
        int code = verify("--anchor", "first");

        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("an anchor is SEQ:HASH");
    }

    private int verify(String... more) {
        String[] base = {
            "audit",
            "verify",
            "--tuodi.db.embedded=false",
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres")
        };
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return TuodiCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                (profile, springArgs) -> {
                    throw new AssertionError("no server is started by audit verify");
                });
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
