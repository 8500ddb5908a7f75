package org.tuodi.server.proofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tuodi.core.event.Source;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * 恶意输入: generated hostile bodies (jqwik) for the department feed and the import. An events.csv file
 * stores exactly the records it accepts (its bad rows are rejected one by one, formats.md). A JSON
 * batch with one bad record among good ones, or one that is not a batch at all, is refused whole
 * with a 4xx problem+json and stores nothing; an import of malformed or hostile CSV or XLSX (a zip
 * bomb, a truncated workbook, formulas, NUL bytes, broken quoting) is refused with a 4xx
 * problem+json or ends as a failed job, writes nothing, and never answers 500.
 *
 * <p>A jqwik class (jqwik runs {@code @Property}), on the shared {@link ServerIntegrationTest}
 * context, which Spring's {@link TestContextManager} injects before each property as the JUnit
 * extension does for the other tests.
 */
@ServerIntegrationTest
class HostileInputFuzzIT {

    static final String VALID_ID = "411122193102031005";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired CaseFixtures fixtures;

    String token;
    CurrentUser officer;

    @BeforeProperty
    void theSharedContextInjectsThisClass() throws Exception {
        new TestContextManager(HostileInputFuzzIT.class).prepareTestInstance(this);
        token = fixtures.tokenFor(Source.MEDICAL_INSURANCE);
        officer = fixtures.user("fuzz-town", Role.TOWN_OFFICER, CaseFixtures.TOWN);
    }

    // ---- the feed

    @Property(tries = 80)
    void aBatchWithOneHostileRecordIsRefusedWholeAndStoresNothing(
            @ForAll("batchesWithOneHostileRecord") String body) throws Exception {
        assertRefusedAndNothingStored(body);
    }

    @Property(tries = 60)
    void aBodyThatIsNotABatchIsRefusedAndStoresNothing(@ForAll("notBatches") String body)
            throws Exception {
        assertRefusedAndNothingStored(body);
    }

    private void assertRefusedAndNothingStored(String body) throws Exception {
        Map<String, Long> before = TableCounts.of(jdbc);

        MvcResult result =
                mvc.perform(
                                post("/api/v1/events")
                                        .with(TestUsers.bearer(token))
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(body.getBytes(StandardCharsets.UTF_8)))
                        .andReturn();

        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isIn(400, 403, 413);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(result.getResponse().getContentAsString()).get("detail"))
                .isNotNull();
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
    }

    @Provide
    Arbitrary<String> batchesWithOneHostileRecord() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 4),
                        hostileRecords())
                .as(
                        (good, at, hostile) -> {
                            List<String> records = new ArrayList<>();
                            for (int i = 0; i < good; i++) {
                                records.add(record("FUZZ-OK-" + i, "\"outOfPocket\": \"10.00\""));
                            }
                            records.add(Math.min(at, records.size()), hostile);
                            return "{\"events\": [" + String.join(",", records) + "]}";
                        });
    }

    /** A medical settlement with one field missing, of a wrong kind or a hostile value. */
    Arbitrary<String> hostileRecords() {
        Arbitrary<String> field =
                Arbitraries.of(
                        "eventId", "source", "type", "idNumber", "occurredOn", "outOfPocket");
        Arbitrary<String> value =
                Arbitraries.oneOf(
                        Arbitraries.of(
                                "null",
                                "true",
                                "[]",
                                "{}",
                                "[\"MEDICAL_INSURANCE\"]",
                                "{\"$gt\": \"\"}",
                                "\"\"",
                                "\"   \"",
                                "1e400",
                                "-1e400",
                                "-1",
                                "\"-0.01\"",
                                "\"NaN\"",
                                "\"Infinity\"",
                                "\"0x10\"",
                                "\"1,000.00\"",
                                "\"１０.００\"",
                                "\"10.001\"",
                                "123456789012345678901234567890.5",
                                "\"99999999999999999999999999999999999999\"",
                                "\"2024-02-30\"",
                                "\"2024-13-01\"",
                                "\"+99999-01-01\"",
                                "\"2024-1-1\"",
                                "\"411122193102031006\"",
                                "\"41112219310203100\"",
                                "\"4111221931020310055\"",
                                "\"41112219311303100X\"",
                                "\"' OR '1'='1\"",
                                "\"<script>alert(1)</script>\"",
                                "\"\\u0000\"",
                                "\"HEALTH\"",
                                "\"DEATH_REGISTERED\"",
                                "\"medical_settlement\""),
                        Arbitraries.strings()
                                .ofMinLength(129)
                                .ofMaxLength(5000)
                                .alpha()
                                .map(s -> "\"" + s + "\""),
                        Arbitraries.strings()
                                .all()
                                .ofMaxLength(40)
                                .map(HostileInputFuzzIT::quoted));
        Arbitrary<String> eventId =
                Arbitraries.oneOf(
                        Arbitraries.of("null", "\"\"", "\"  \"", "[]", "{}", "[\"FUZZ\"]"),
                        Arbitraries.strings()
                                .ofMinLength(129)
                                .ofMaxLength(5000)
                                .alpha()
                                .map(s -> "\"" + s + "\""));
        Arbitrary<String> otherField =
                Arbitraries.of("source", "type", "idNumber", "occurredOn", "outOfPocket");
        return Arbitraries.oneOf(
                field.map(f -> recordWithout(f)),
                eventId.map(v -> recordWith("eventId", v)),
                Combinators.combine(otherField, value).as(HostileInputFuzzIT::recordWith),
                Arbitraries.of(
                        "null",
                        "\"a record\"",
                        "42",
                        "[]",
                        "[" + record("FUZZ-NESTED", "\"outOfPocket\": \"1.00\"") + "]",
                        record("FUZZ-X", "\"outOfPocket\": \"1.00\", \"disabilityGrade\": \"2\""),
                        record("FUZZ-X", "\"outOfPocket\": \"1.00\", \"stage\": \"PRIMARY\""),
                        record("FUZZ-X", "\"outOfPocket\": \"1.00\", \"inpatient\": \"yes\"")));
    }

    /**
     * The valid record with one field's value replaced. Any text is a valid event id, so event ids
     * get values of their own (missing, blank, not text, too long); every other generated value is
     * one that no other field accepts.
     */
    static String recordWith(String field, String value) {
        Map<String, String> fields = validFields();
        fields.put(field, value);
        return object(fields);
    }

    static String recordWithout(String field) {
        Map<String, String> fields = validFields();
        fields.remove(field);
        return object(fields);
    }

    static Map<String, String> validFields() {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("eventId", "\"FUZZ-1\"");
        fields.put("source", "\"MEDICAL_INSURANCE\"");
        fields.put("type", "\"MEDICAL_SETTLEMENT\"");
        fields.put("idNumber", "\"" + VALID_ID + "\"");
        fields.put("occurredOn", "\"2024-08-01\"");
        fields.put("outOfPocket", "\"10.00\"");
        return fields;
    }

    static String object(Map<String, String> fields) {
        List<String> members = new ArrayList<>();
        fields.forEach((k, v) -> members.add("\"" + k + "\": " + v));
        return "{" + String.join(", ", members) + "}";
    }

    static String record(String eventId, String extra) {
        return """
                {"eventId": "%s", "source": "MEDICAL_INSURANCE", "type": "MEDICAL_SETTLEMENT",
                 "idNumber": "%s", "occurredOn": "2024-08-01", %s}
                """
                .formatted(eventId, VALID_ID, extra);
    }

    static String quoted(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20) {
                s.append("\\u%04x".formatted((int) c));
            } else {
                s.append(c);
            }
        }
        String value = s.append('"').toString();
        // a quoted text is hostile in every field only if it cannot be a valid value of it
        return value.matches("\"[0-9.]*\"") ? "\"x" + value.substring(1) : value;
    }

    @Provide
    Arbitrary<String> notBatches() {
        String valid = "{\"events\": [" + record("FUZZ-T", "\"outOfPocket\": \"1.00\"") + "]}";
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.integers()
                        .between(1, valid.length() - 1)
                        .map(n -> valid.substring(0, n)),
                Arbitraries.integers()
                        .between(1, 30)
                        .map(
                                n ->
                                        "{\"events\": "
                                                + "[".repeat(n * 100)
                                                + "]".repeat(n * 100)
                                                + "}"),
                Arbitraries.of(
                        "",
                        "null",
                        "[]",
                        "\"events\"",
                        "{}",
                        "{\"events\": null}",
                        "{\"events\": {}}",
                        "{\"events\": \"[]\"}",
                        "{\"events\": [], \"events\": 1}",
                        "{\"Events\": []}",
                        "\uFEFF{\"events\": [1]}",
                        "{\"events\": [" + "1,".repeat(10_000) + "1]}"));
    }

    /**
     * events.csv (formats.md) takes its good rows and rejects the bad ones one by one; hostile
     * files are answered 200 with the rejects, or 400 problem+json when the file as a whole is not
     * events.csv, never 500; exactly the accepted records are stored.
     */
    @Property(tries = 50)
    void aHostileEventsFileStoresExactlyWhatItAccepts(@ForAll("hostileEventFiles") String file)
            throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM ingest_event").query(Long.class).single();

        MvcResult result =
                mvc.perform(
                                multipart("/api/v1/events/files")
                                        .file(
                                                new MockMultipartFile(
                                                        "file",
                                                        "events.csv",
                                                        "text/csv",
                                                        file.getBytes(StandardCharsets.UTF_8)))
                                        .with(TestUsers.bearer(token)))
                        .andReturn();

        int status = result.getResponse().getStatus();
        assertThat(status).as(result.getResponse().getContentAsString()).isIn(200, 400, 403);
        long stored = jdbc.sql("SELECT count(*) FROM ingest_event").query(Long.class).single();
        if (status == 200) {
            long accepted =
                    json.readTree(result.getResponse().getContentAsString())
                            .get("accepted")
                            .asLong();
            assertThat(stored - before).isEqualTo(accepted);
        } else {
            assertThat(result.getResponse().getContentType())
                    .startsWith("application/problem+json");
            assertThat(stored).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<String> hostileEventFiles() {
        String header = "event_id,source,type,id_number,occurred_on,out_of_pocket,inpatient\n";
        Arbitrary<String> cell =
                Arbitraries.oneOf(
                        Arbitraries.of(
                                "",
                                "\"\"",
                                "\"unclosed",
                                "=cmd|' /C calc'!A0",
                                "' OR '1'='1",
                                "<script>alert(1)</script>",
                                "MEDICAL_INSURANCE",
                                "HEALTH",
                                "MEDICAL_SETTLEMENT",
                                VALID_ID,
                                "411122193102031006",
                                "2024-08-01",
                                "2024-02-30",
                                "10.00",
                                "-1",
                                "1e400",
                                "true",
                                "\u0000"),
                        Arbitraries.strings().all().ofMaxLength(30).map(c -> c.replace("\n", "")));
        Arbitrary<String> row = cell.list().ofMinSize(1).ofMaxSize(9).map(c -> String.join(",", c));
        return Arbitraries.oneOf(
                row.list().ofMaxSize(8).map(rows -> header + String.join("\n", rows) + "\n"),
                Arbitraries.strings().all().ofMaxLength(300),
                row.list().ofMinSize(1).ofMaxSize(4).map(rows -> String.join("\n", rows)));
    }

    // ---- the import

    @Property(tries = 50)
    void aHostileImportIsRefusedOrFailsAndWritesNothing(@ForAll("hostileImports") byte[][] files)
            throws Exception {
        Map<String, Long> before = TableCounts.of(jdbc);

        MvcResult result =
                mvc.perform(
                                multipart("/api/v1/imports")
                                        .file(new MockMultipartFile("households", files[0]))
                                        .file(new MockMultipartFile("members", files[1]))
                                        .with(CaseFixtures.as(officer)))
                        .andReturn();

        int status = result.getResponse().getStatus();
        assertThat(status).as(result.getResponse().getContentAsString()).isIn(202, 400, 413);
        if (status == 202) {
            String location = result.getResponse().getHeader("Location");
            long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            Map<String, Object> job = awaitJob(id);
            assertThat(job.get("status")).as(String.valueOf(job.get("error"))).isEqualTo("FAILED");
            assertThat(String.valueOf(job.get("error"))).isNotBlank();
        } else {
            assertThat(result.getResponse().getContentType())
                    .startsWith("application/problem+json");
        }
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
    }

    @Provide
    Arbitrary<byte[][]> hostileImports() {
        Arbitrary<byte[]> hostile =
                Arbitraries.oneOf(
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(2000),
                        Arbitraries.strings()
                                .all()
                                .ofMaxLength(500)
                                .map(s -> s.getBytes(StandardCharsets.UTF_8)),
                        Arbitraries.of(
                                        "",
                                        "\u0000\u0000\u0000",
                                        "household_id\n",
                                        "household_id,household_id,region_code\nA,B,C\n",
                                        "\"household_id,region_code\nA,411122101201\n",
                                        "=cmd|' /C calc'!A0,@SUM(1+1),+1,-1\n",
                                        "\uFEFF\uFEFFhousehold_id;region_code;categories\n",
                                        "household_id\tregion_code\tcategories\n")
                                .map(s -> s.getBytes(StandardCharsets.UTF_8)),
                        Arbitraries.of(zipBomb(), truncatedWorkbook(), notAWorkbook(), xls()));
        return Combinators.combine(hostile, Arbitraries.integers().between(0, 2))
                .as(
                        (bad, which) ->
                                switch (which) {
                                    case 0 -> new byte[][] {bad, members()};
                                    case 1 -> new byte[][] {households(), bad};
                                    default -> new byte[][] {bad, bad};
                                });
    }

    private Map<String, Object> awaitJob(long id) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> job =
                    jdbc.sql("SELECT status, error FROM registry_import_job WHERE id = :id")
                            .param("id", id)
                            .query()
                            .singleRow();
            if (job.get("status").equals("SUCCEEDED") || job.get("status").equals("FAILED")) {
                return job;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    /** A households file with the header only: valid, but no household (the other file is bad). */
    static byte[] households() {
        return "household_id,region_code,categories,residence,per_capita_monthly_income,address\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] members() {
        return ("household_id,id_number,name,relation,labor_capacity,disability_grade,"
                        + "disability_type,serious_illness,phone\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A zip (an XLSX's first bytes) whose sheet inflates to 64 MB of zeros from a few kB. */
    static byte[] zipBomb() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                                    + "package/2006/content-types\"/>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The first half of a real workbook. */
    static byte[] truncatedWorkbook() {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
                        new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = workbook.createSheet("data").createRow(0);
            row.createCell(0).setCellValue("household_id");
            row.createCell(1).setCellFormula("1/0");
            workbook.write(out);
            byte[] whole = out.toByteArray();
            return java.util.Arrays.copyOf(whole, whole.length / 2);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Starts as a zip, is not one. */
    static byte[] notAWorkbook() {
        byte[] bytes = new byte[600];
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        return bytes;
    }

    /** The first bytes of an Excel 97-2003 file. */
    static byte[] xls() {
        byte[] bytes = new byte[512];
        bytes[0] = (byte) 0xD0;
        bytes[1] = (byte) 0xCF;
        bytes[2] = 0x11;
        bytes[3] = (byte) 0xE0;
        return bytes;
    }
}
