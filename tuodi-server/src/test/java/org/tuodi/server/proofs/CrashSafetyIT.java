package org.tuodi.server.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuodi.core.household.NationalId;

/**
 * 断电安全: the server, a process of its own on a data folder ({@link ServerProcess}), is killed
 * (SIGKILL, its PostgreSQL left running) in the middle of a large import, and crashes (SIGKILL of
 * it and of its embedded PostgreSQL, as a power cut) in the middle of a burst of department
 * records; each time it is started again on the same folder and sent the same again. Nothing is
 * lost and nothing is counted twice: the import is all or nothing (the interrupted job is failed,
 * the re-sent one writes every household once), every record acknowledged before the crash is
 * there, records are idempotent by (source, event_id), and the audit trail is whole (its hash chain
 * checked by {@code tuodi audit verify}). Not a {@code @ServerIntegrationTest}: it needs no Spring
 * context, only the built jar. Takes a minute or two (three server starts); no timing is asserted.
 */
class CrashSafetyIT {

    static final int HOUSEHOLDS = 20_000;
    static final int BATCHES = 24;
    static final int BATCH_SIZE = 200;
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    @TempDir Path dataDir;

    @Test
    void aServerKilledDuringAnImportAndCrashedDuringARecordBurstLosesAndDoublesNothing()
            throws Exception {
        byte[] households = householdsCsv();
        byte[] members = membersCsv();
        long importId;
        String token;
        List<String> batches = batches();
        int acknowledgedBeforeTheCrash;

        // 1. a large import; the server is killed while it runs (SIGKILL of the JVM alone, as an
        // out-of-memory kill: its PostgreSQL is left running, orphaned, on the data folder)
        try (ServerProcess server = ServerProcess.start(dataDir)) {
            importId = id(startImport(server, households, members));
            awaitRunningPastHalf(server, importId);
            server.kill();
        }

        // 2. started again (the orphan is stopped first): the interrupted job failed, nothing of it
        // written; the same files again
        try (ServerProcess server = ServerProcess.start(dataDir)) {
            assertThat(Files.readString(server.log)).contains("embedded_postgres=orphaned");
            assertThat(status(server, importId)).isEqualTo("FAILED");
            assertThat(server.count("SELECT count(*) FROM registry_household WHERE id LIKE 'CR-%'"))
                    .isZero();
            long again = id(startImport(server, households, members));
            assertThat(awaitFinished(server, again)).isEqualTo("SUCCEEDED");
            assertWritten(server);

            // 3. a burst of records; the server crashes while it is being sent (SIGKILL of
            // PostgreSQL and of the JVM, as a power cut)
            HttpResponse<String> issued =
                    server.postJson(
                            "/api/v1/admin/department-tokens",
                            ServerProcess.basic(),
                            "{\"department\": \"MEDICAL_INSURANCE\", \"label\": \"crash test\"}");
            assertThat(issued.statusCode()).isEqualTo(201);
            token = match(TOKEN, issued.body());
            AtomicInteger acknowledged = new AtomicInteger();
            Thread sender =
                    new Thread(
                            () -> {
                                for (String batch : batches) {
                                    try {
                                        if (server.postJson(
                                                                "/api/v1/events",
                                                                "Bearer " + token,
                                                                batch)
                                                        .statusCode()
                                                != 200) {
                                            return;
                                        }
                                        acknowledged.incrementAndGet();
                                    } catch (Exception crashed) {
                                        return;
                                    }
                                }
                            });
            sender.start();
            awaitAtLeast(acknowledged, BATCHES / 4);
            server.crash();
            sender.join();
            acknowledgedBeforeTheCrash = acknowledged.get();
            assertThat(acknowledgedBeforeTheCrash)
                    .as("crashed before the burst ended")
                    .isLessThan(BATCHES);
        }

        // 4. started again: every acknowledged record is there; the whole burst is sent again
        try (ServerProcess server = ServerProcess.start(dataDir)) {
            long stored = server.count("SELECT count(*) FROM ingest_event");
            assertThat(
                            server.count(
                                    "SELECT count(*) FROM ingest_event WHERE event_id IN ("
                                            + eventIds(acknowledgedBeforeTheCrash * BATCH_SIZE)
                                            + ")"))
                    .as("records acknowledged before the crash")
                    .isEqualTo((long) acknowledgedBeforeTheCrash * BATCH_SIZE);
            int accepted = 0;
            int duplicates = 0;
            for (String batch : batches) {
                HttpResponse<String> sent =
                        server.postJson("/api/v1/events", "Bearer " + token, batch);
                assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
                accepted += number(sent.body(), "accepted");
                duplicates += number(sent.body(), "duplicates");
            }

            assertThat(accepted + duplicates).isEqualTo(BATCHES * BATCH_SIZE);
            assertThat((long) duplicates).isEqualTo(stored);
            assertThat(server.count("SELECT count(*) FROM ingest_event"))
                    .isEqualTo((long) BATCHES * BATCH_SIZE);
            assertThat(
                            server.count(
                                    "SELECT count(*) FROM (SELECT DISTINCT source, event_id"
                                            + " FROM ingest_event) d"))
                    .isEqualTo((long) BATCHES * BATCH_SIZE);
            assertWritten(server);
            assertAuditWhole(server, importId, again(server));
        }

        // 5. the audit trail's hash chain is whole after the kill and the crash
        assertThat(ServerProcess.verifyAudit(dataDir))
                .startsWith("exit=0")
                .contains("audit chain OK");
    }

    /** The event ids of the first n records, quoted for SQL. */
    private static String eventIds(int n) {
        StringBuilder ids = new StringBuilder("''");
        for (int i = 0; i < n; i++) {
            ids.append(",'CR-YB-").append(i).append('\'');
        }
        return ids.toString();
    }

    private static void assertWritten(ServerProcess server) throws SQLException {
        assertThat(server.count("SELECT count(*) FROM registry_household WHERE id LIKE 'CR-%'"))
                .isEqualTo(HOUSEHOLDS);
        assertThat(
                        server.count(
                                "SELECT count(*) FROM registry_member WHERE household_id LIKE 'CR-%'"))
                .isEqualTo(2L * HOUSEHOLDS);
        assertThat(
                        server.count(
                                "SELECT count(*) FROM registry_household_category"
                                        + " WHERE household_id LIKE 'CR-%'"))
                .isEqualTo(HOUSEHOLDS);
    }

    /**
     * The audit trail after two crashes: the interrupted import was started and never finished
     * successfully, the re-sent one started and finished once; the trail is still append-only.
     */
    private static void assertAuditWhole(ServerProcess server, long interrupted, long again)
            throws SQLException {
        assertThat(audited(server, "IMPORT_STARTED", interrupted)).isEqualTo(1);
        assertThat(
                        server.count(
                                "SELECT count(*) FROM platform_audit WHERE action = 'IMPORT_FINISHED'"
                                        + " AND subject_id = '"
                                        + interrupted
                                        + "' AND detail LIKE '%SUCCEEDED%'"))
                .isZero();
        assertThat(audited(server, "IMPORT_STARTED", again)).isEqualTo(1);
        assertThat(audited(server, "IMPORT_FINISHED", again)).isEqualTo(1);
        assertThat(
                        server.count(
                                "SELECT count(*) FROM platform_audit"
                                        + " WHERE at IS NULL OR actor IS NULL OR action IS NULL"))
                .isZero();
        try (Connection c = server.database();
                Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> s.executeUpdate("DELETE FROM platform_audit"))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static long audited(ServerProcess server, String action, long job) throws SQLException {
        return server.count(
                "SELECT count(*) FROM platform_audit WHERE action = '"
                        + action
                        + "' AND subject_id = '"
                        + job
                        + "'");
    }

    private static long again(ServerProcess server) throws SQLException {
        return server.count("SELECT max(id) FROM registry_import_job WHERE status = 'SUCCEEDED'");
    }

    // ---- the import

    private static HttpResponse<String> startImport(
            ServerProcess server, byte[] households, byte[] members) throws Exception {
        HttpResponse<String> started =
                server.postMultipart(
                        "/api/v1/imports",
                        List.of(
                                ServerProcess.Part.of("households", "households.csv", households),
                                ServerProcess.Part.of("members", "members.csv", members)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return started;
    }

    /** Waits until the job has read more than half of its rows, still running. */
    private static void awaitRunningPastHalf(ServerProcess server, long job) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            String body = server.get("/api/v1/imports/" + job, true).body();
            String status = match(Pattern.compile("\"status\":\"(\\w+)\""), body);
            assertThat(status)
                    .as("the import ended before it could be killed")
                    .isIn("QUEUED", "RUNNING");
            Matcher read = Pattern.compile("\"rowsRead\":(\\d+)").matcher(body);
            if (read.find() && Long.parseLong(read.group(1)) > (3L * HOUSEHOLDS) / 2) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import did not get past half");
    }

    private static String awaitFinished(ServerProcess server, long job) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            String status = status(server, job);
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return status;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + job + " did not finish");
    }

    private static String status(ServerProcess server, long job) throws Exception {
        return match(
                Pattern.compile("\"status\":\"(\\w+)\""),
                server.get("/api/v1/imports/" + job, true).body());
    }

    private static void awaitAtLeast(AtomicInteger counter, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (counter.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(counter.get()).isGreaterThanOrEqualTo(n);
    }

    // ---- the data: households CR-00000… in 营王村, two members each, persons of their own

    /** The person of a household (0 head, 1 spouse): born 1940 onwards, a sequence per day. */
    static String person(int household, int member) {
        int n = household * 2 + member;
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(n / 900);
        String first17 =
                "411122" + born.toString().replace("-", "") + "%03d".formatted(100 + n % 900);
        return first17 + NationalId.checkCharacter(first17);
    }

    private static byte[] householdsCsv() {
        StringBuilder csv =
                new StringBuilder(
                        "household_id,region_code,categories,residence,per_capita_monthly_income,address\n");
        for (int h = 0; h < HOUSEHOLDS; h++) {
            csv.append("CR-%05d,411122101201,DIBAO,RURAL,300.00,\n".formatted(h));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] membersCsv() {
        StringBuilder csv =
                new StringBuilder(
                        "household_id,id_number,name,relation,labor_capacity,disability_grade,"
                                + "disability_type,serious_illness,phone\n");
        for (int h = 0; h < HOUSEHOLDS; h++) {
            csv.append("CR-%05d,%s,户主%d,HEAD,FULL,,,false,\n".formatted(h, person(h, 0), h));
            csv.append("CR-%05d,%s,配偶%d,SPOUSE,FULL,,,false,\n".formatted(h, person(h, 1), h));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Medical settlements of the imported persons, event ids CR-YB-0 onwards, in batches. */
    private static List<String> batches() {
        List<String> batches = new ArrayList<>();
        int event = 0;
        for (int b = 0; b < BATCHES; b++) {
            StringBuilder json = new StringBuilder("{\"events\": [");
            for (int i = 0; i < BATCH_SIZE; i++, event++) {
                if (i > 0) {
                    json.append(',');
                }
                json.append(
                        """
                        {"eventId": "CR-YB-%d", "source": "MEDICAL_INSURANCE",
                         "type": "MEDICAL_SETTLEMENT", "idNumber": "%s",
                         "occurredOn": "2024-08-01", "outOfPocket": "12.00", "inpatient": false}
                        """
                                .formatted(event, person(event % HOUSEHOLDS, 0)));
            }
            batches.add(json.append("]}").toString());
        }
        return batches;
    }

    // ---- small helpers

    private static long id(HttpResponse<String> response) {
        return Long.parseLong(match(ID, response.body()));
    }

    private static int number(String body, String field) {
        return Integer.parseInt(match(Pattern.compile("\"" + field + "\":(\\d+)"), body));
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError(pattern + " not in " + text);
        }
        return m.group(1);
    }

    static byte[] readAll(InputStream in) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
