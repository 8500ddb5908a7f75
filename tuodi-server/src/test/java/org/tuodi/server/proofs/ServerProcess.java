package org.tuodi.server.proofs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server as a process of its own, started from the built jar ({@code target/tuodi-server.jar
 * serve}) on a data folder that outlives it, on free ports (HTTP and the embedded PostgreSQL's),
 * with the bootstrap administrator {@code admin} (a province officer of 河南). Its output goes to
 * {@code target/test-logs/server-process-N.log}, which the log scan reads. {@link #kill()} is
 * SIGKILL: no shutdown hook runs, the embedded PostgreSQL is left behind as after a crash of the
 * server.
 */
final class ServerProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "tuodi-server.jar");
    static final String ADMIN_PASSWORD = "crash-admin-password";
    private static final AtomicInteger STARTS = new AtomicInteger();

    private static final Pattern DB_PORT = Pattern.compile("embedded_postgres=started port=(\\d+)");

    final Path dataDir;
    final int port;
    final Path log;
    private int dbPort;
    private final Process process;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServerProcess(Path dataDir, int port, Process process, Path log) {
        this.dataDir = dataDir;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the server on the data folder, as {@code tuodi serve --data-dir} does (the embedded
     * PostgreSQL on a port of its choosing), and waits (a generous deadline) until it is up.
     */
    static ServerProcess start(Path dataDir) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the package phase builds it");
        }
        int port = freePort();
        Path log =
                Path.of(
                        "target",
                        "test-logs",
                        "server-process-" + STARTS.incrementAndGet() + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-jar");
        command.add(JAR.toString());
        command.add("serve");
        command.add("--port");
        command.add(Integer.toString(port));
        command.add("--data-dir");
        command.add(dataDir.toString());
        command.add("--tuodi.bootstrap.admin-password=" + ADMIN_PASSWORD);
        command.add("--tuodi.sweep.cron=-");
        // the data keys (docs/security.md): a key file in the data folder, made at the first start
        command.add("--tuodi.crypto.create-key-file=true");
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
        ServerProcess server = new ServerProcess(dataDir, port, process, log);
        server.awaitUp();
        return server;
    }

    /**
     * {@code tuodi audit verify --data-dir DIR} on the data folder of a stopped server: its exit
     * code (0: the audit chain is whole) and its output.
     */
    static String verifyAudit(Path dataDir) throws Exception {
        Path log =
                Path.of("target", "test-logs", "audit-verify-" + STARTS.incrementAndGet() + ".log");
        Process verify =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                JAR.toString(),
                                "audit",
                                "verify",
                                "--data-dir",
                                dataDir.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
        if (!verify.waitFor(420, java.util.concurrent.TimeUnit.SECONDS)) {
            verify.destroyForcibly();
            throw new AssertionError("audit verify did not end");
        }
        return "exit=" + verify.exitValue() + " " + Files.readString(log, StandardCharsets.UTF_8);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitUp() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(420).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the server stopped with "
                                + process.exitValue()
                                + "; its log: "
                                + log.toAbsolutePath());
            }
            try {
                if (get("/actuator/health", false).statusCode() == 200) {
                    Matcher started =
                            DB_PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
                    while (started.find()) {
                        dbPort = Integer.parseInt(started.group(1));
                    }
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not come up; its log: " + log);
    }

    /**
     * SIGKILL of the server alone, and waits until it is gone: its embedded PostgreSQL is left
     * running, orphaned, on the data folder.
     */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * A crash of the machine's processes, as in a power cut: SIGKILL of the embedded PostgreSQL
     * (the postmaster of {@code postmaster.pid}; its back ends end with it) and of the server,
     * nothing shut down cleanly. (The operating system's own cache survives, unlike a power cut:
     * that part is PostgreSQL's fsync, set on by EmbeddedDatabase.)
     */
    void crash() throws Exception {
        long postmaster =
                Long.parseLong(
                        Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"))
                                .get(0)
                                .strip());
        ProcessHandle pg = ProcessHandle.of(postmaster).orElseThrow();
        pg.destroyForcibly();
        process.destroyForcibly();
        process.waitFor();
        pg.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the server as Ctrl-C would (its shutdown hooks stop the embedded PostgreSQL). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    // ---- HTTP as the administrator

    HttpResponse<String> get(String path, boolean signedIn)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (signedIn) {
            request.header("Authorization", basic());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String authorization, String body)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart POST of the parts (name, file name, content) as the administrator. */
    HttpResponse<String> postMultipart(String path, List<Part> parts)
            throws IOException, InterruptedException {
        String boundary = "----tuodi-proof-" + System.nanoTime();
        List<java.util.function.Supplier<InputStream>> streams = new ArrayList<>();
        for (Part part : parts) {
            String head =
                    "--"
                            + boundary
                            + "\r\nContent-Disposition: form-data; name=\""
                            + part.name()
                            + "\"; filename=\""
                            + part.fileName()
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
            streams.add(
                    () -> new java.io.ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)));
            streams.add(part.content());
            streams.add(
                    () ->
                            new java.io.ByteArrayInputStream(
                                    "\r\n".getBytes(StandardCharsets.UTF_8)));
        }
        streams.add(
                () ->
                        new java.io.ByteArrayInputStream(
                                ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", basic())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(
                                HttpRequest.BodyPublishers.ofInputStream(
                                        () ->
                                                new java.io.SequenceInputStream(
                                                        java.util.Collections.enumeration(
                                                                streams.stream()
                                                                        .map(
                                                                                java.util.function
                                                                                                .Supplier
                                                                                        ::get)
                                                                        .toList()))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    record Part(String name, String fileName, java.util.function.Supplier<InputStream> content) {
        static Part of(String name, String fileName, byte[] content) {
            return new Part(name, fileName, () -> new java.io.ByteArrayInputStream(content));
        }
    }

    static String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    // ---- the database, directly

    Connection database() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "");
    }

    long count(String sql) throws SQLException {
        try (Connection c = database();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
