package org.tuodi.server.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 上传大小上限: an upload larger than {@code spring.servlet.multipart.max-file-size} (100 MB,
 * application.properties) is refused by the server with 413 and a problem+json body, and starts
 * nothing. On a real server ({@link ServerProcess}): MockMvc does not parse multipart requests as
 * the servlet container does. The file is streamed, never held in memory.
 */
class UploadLimitsIT {

    static final long LIMIT = 100L * 1024 * 1024;

    @TempDir Path dataDir;

    @Test
    void anImportFileOverTheLimitIsRefusedWith413AndStartsNothing() throws Exception {
        try (ServerProcess server = ServerProcess.start(dataDir)) {
            long jobs = server.count("SELECT count(*) FROM registry_import_job");

            HttpResponse<String> refused =
                    server.postMultipart(
                            "/api/v1/imports",
                            List.of(
                                    new ServerProcess.Part(
                                            "households", "households.csv", () -> csv(LIMIT + 1)),
                                    ServerProcess.Part.of(
                                            "members",
                                            "members.csv",
                                            "household_id,id_number,name,relation\n"
                                                    .getBytes(StandardCharsets.UTF_8))));

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
            assertThat(refused.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/problem+json");
            assertThat(refused.body()).contains("urn:tuodi:problem:content-too-large");
            assertThat(server.count("SELECT count(*) FROM registry_import_job")).isEqualTo(jobs);
            assertThat(server.get("/actuator/health", false).statusCode()).isEqualTo(200);
        }
    }

    /** A households.csv header and then lines of one household over and over, of the size. */
    static InputStream csv(long size) {
        byte[] header =
                "household_id,region_code,categories,residence,per_capita_monthly_income,address\n"
                        .getBytes(StandardCharsets.UTF_8);
        byte[] line = "H0,411122101201,DIBAO,RURAL,300.00,\n".getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                long p = position++;
                return p < header.length
                        ? header[(int) p]
                        : line[(int) ((p - header.length) % line.length)];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - position);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) read();
                }
                return n;
            }
        };
    }
}
