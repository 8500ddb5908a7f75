package org.tuodi.server.registry.internal;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.data.csv.FileFormatException;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.ConflictProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.Masks;

/**
 * 导入: imports of a households file and a members file (CSV of formats.md, or XLSX with the same
 * columns in the first sheet) as background jobs, one at a time. A job reads and checks every row
 * first (progress in {@code rows_read}), stores the rejects row by row, and then writes all valid
 * households with their members in <b>one transaction</b>: if the write fails, nothing of the batch
 * is written and the job is {@code FAILED}. Re-importing a household replaces it. Audited as {@code
 * IMPORT_STARTED} and {@code IMPORT_FINISHED} with the counts.
 */
@Component
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final int PROGRESS_EVERY = 500;

    private final JdbcImportJobs jobs;
    private final JdbcHouseholds households;
    private final Registrations registrations;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ThreadPoolTaskExecutor executor;

    ImportJobs(
            JdbcImportJobs jobs,
            JdbcHouseholds households,
            Registrations registrations,
            RegionDirectory regions,
            AuditLog audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.jobs = jobs;
        this.households = households;
        this.registrations = registrations;
        this.regions = regions;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        // Not a bean: an Executor bean would replace Spring Boot's applicationTaskExecutor.
        this.executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(20);
        executor.setThreadNamePrefix("registry-import-");
        executor.initialize();
    }

    /** An uploaded file, read once. */
    public interface Upload {
        InputStream open() throws IOException;
    }

    /**
     * Stores the uploads and queues the job.
     *
     * @return the job's id
     * @throws InvalidInputProblem naming the part ({@code households}, {@code members}) that is
     *     empty or not CSV or XLSX
     * @throws ConflictProblem if too many imports are queued
     */
    public long start(CurrentUser user, Upload householdUpload, Upload memberUpload) {
        Path dir = temporaryDirectory();
        try {
            Path householdsPath = store(householdUpload, dir, "households");
            Path membersPath = store(memberUpload, dir, "members");
            long id =
                    transactions.execute(
                            tx -> {
                                long created =
                                        jobs.create(
                                                user,
                                                householdsPath.getFileName().toString(),
                                                membersPath.getFileName().toString(),
                                                OffsetDateTime.now(clock));
                                audit.record(
                                        new AuditEntry(
                                                user.username(),
                                                "IMPORT_STARTED",
                                                "import_job",
                                                Long.toString(created),
                                                "region=" + user.region()));
                                return created;
                            });
            submit(id, user, householdsPath, membersPath, dir);
            return id;
        } catch (RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    private void submit(
            long id, CurrentUser user, Path householdsPath, Path membersPath, Path dir) {
        try {
            executor.execute(
                    () -> {
                        try {
                            run(id, user, householdsPath, membersPath);
                        } finally {
                            delete(dir);
                        }
                    });
        } catch (TaskRejectedException e) {
            finish(
                    id,
                    user,
                    ImportJob.Status.FAILED,
                    ImportJob.Counts.NONE,
                    "too many imports queued");
            throw new ConflictProblem("too many imports are queued; try again later");
        }
    }

    private void run(long id, CurrentUser user, Path householdsPath, Path membersPath) {
        jobs.start(id, OffsetDateTime.now(clock));
        log.info("import_started job={} user={}", id, user.id());
        try {
            ImportFile householdFile = prepare(householdsPath);
            ImportFile memberFile = prepare(membersPath);
            long total = householdFile.dataRows() + memberFile.dataRows();
            AtomicLong read = new AtomicLong();
            jobs.progress(id, total, 0);
            ImportBatch batch =
                    new ImportReading(
                                    regions,
                                    households,
                                    user.region(),
                                    () -> {
                                        if (read.incrementAndGet() % PROGRESS_EVERY == 0) {
                                            jobs.progress(id, total, read.get());
                                        }
                                    })
                            .read(householdFile, memberFile);
            jobs.progress(id, total, read.get());
            transactions.executeWithoutResult(tx -> jobs.addRejects(id, batch.rejects()));
            write(id, user, batch);
        } catch (FileFormatException e) {
            log.info("import_failed job={} reason=file_format", id);
            finish(id, user, ImportJob.Status.FAILED, ImportJob.Counts.NONE, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("import_failed job={} error={}", id, e.getClass().getSimpleName());
            finish(
                    id,
                    user,
                    ImportJob.Status.FAILED,
                    ImportJob.Counts.NONE,
                    "the import failed and nothing was written: " + rootMessage(e));
        }
    }

    /** All valid households in one transaction, with the job's outcome and its audit entry. */
    private void write(long id, CurrentUser user, ImportBatch batch) {
        transactions.executeWithoutResult(
                tx -> {
                    Written written = registrations.register(batch.households(), user.username());
                    ImportJob.Counts counts =
                            new ImportJob.Counts(
                                    (int) batch.householdCounts().read(),
                                    (int) batch.householdCounts().accepted(),
                                    (int) batch.householdCounts().rejected(),
                                    (int) batch.memberCounts().read(),
                                    (int) batch.memberCounts().accepted(),
                                    (int) batch.memberCounts().rejected(),
                                    written.created(),
                                    written.replaced());
                    finish(id, user, ImportJob.Status.SUCCEEDED, counts, null);
                });
    }

    private void finish(
            long id,
            CurrentUser user,
            ImportJob.Status status,
            ImportJob.Counts counts,
            String error) {
        transactions.executeWithoutResult(
                tx -> {
                    jobs.finish(id, status, counts, error, OffsetDateTime.now(clock));
                    audit.record(
                            new AuditEntry(
                                    user.username(),
                                    "IMPORT_FINISHED",
                                    "import_job",
                                    Long.toString(id),
                                    "status="
                                            + status
                                            + " households_accepted="
                                            + counts.householdsAccepted()
                                            + " households_rejected="
                                            + counts.householdsRejected()
                                            + " members_accepted="
                                            + counts.membersAccepted()
                                            + " members_rejected="
                                            + counts.membersRejected()
                                            + " created="
                                            + counts.householdsCreated()
                                            + " replaced="
                                            + counts.householdsReplaced()));
                });
        log.info("import_finished job={} status={}", id, status);
    }

    /** A CSV upload as it is; an XLSX upload converted to CSV next to it. */
    private static ImportFile prepare(Path upload) {
        String name = upload.getFileName().toString();
        if (name.endsWith(".xlsx")) {
            Path csv = upload.resolveSibling(name.replace(".xlsx", ".converted.csv"));
            XlsxSheets.Converted converted = XlsxSheets.toCsv(upload, csv, name);
            return new ImportFile(csv, name, converted.dataRows(), converted::sheetRow);
        }
        return new ImportFile(upload, name, dataRows(upload), LongUnaryOperator.identity());
    }

    /** Data rows of a CSV file (records after the header; blank lines are not rows). */
    private static long dataRows(Path csv) {
        try (CsvReader<?> reader =
                        CsvReader.builder()
                                .allowExtraFields(true)
                                .allowMissingFields(true)
                                .allowExtraCharsAfterClosingQuote(true)
                                .ofCsvRecord(csv, StandardCharsets.UTF_8);
                Stream<?> records = reader.stream()) {
            return Math.max(0, records.count() - 1);
        } catch (IOException | RuntimeException e) {
            return 0; // the readers will report what is wrong with the file
        }
    }

    /** Copies an upload to {@code <part>.csv} or {@code <part>.xlsx}, by its first bytes. */
    private static Path store(Upload upload, Path dir, String part) {
        Path raw = dir.resolve(part + ".upload");
        try (InputStream in = upload.open()) {
            Files.copy(in, raw);
            byte[] head = new byte[8];
            int n;
            try (InputStream peek = Files.newInputStream(raw)) {
                n = peek.readNBytes(head, 0, head.length);
            }
            if (n == 0) {
                throw new InvalidInputProblem(part, "the file is empty");
            }
            String extension = extension(head, n, part);
            return Files.move(raw, dir.resolve(part + extension));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload", e);
        }
    }

    private static String extension(byte[] head, int n, String part) {
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ".xlsx";
        }
        if (n >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF) {
            throw new InvalidInputProblem(
                    part, "an XLS (Excel 97-2003) workbook: save it as XLSX or CSV (UTF-8)");
        }
        return ".csv";
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("tuodi-import-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("import_cleanup_failed dir={}", dir);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message =
                root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = Masks.identityNumbers(message.lines().findFirst().orElse(""));
        return message.length() > 300 ? message.substring(0, 300) : message;
    }

    /** Jobs a stopped server left behind never finish: mark them failed on startup. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedJobs() {
        int failed = jobs.failInterrupted(OffsetDateTime.now(clock));
        if (failed > 0) {
            log.warn("import_jobs_interrupted count={}", failed);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdown();
    }
}
