package org.tuodi.server.registry.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
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
 * IMPORT_STARTED} and {@code IMPORT_FINISHED} with the counts. Longer than most classes: the job's
 * steps, its transactions and its outcomes read best in one place; file handling is in {@link
 * ImportUploads}.
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

    /**
     * Stores the uploads and queues the job.
     *
     * @return the job's id
     * @throws InvalidInputProblem naming the part ({@code households}, {@code members}) that is
     *     empty or not CSV or XLSX
     * @throws ConflictProblem if too many imports are queued
     */
    public long start(
            CurrentUser user,
            ImportUploads.Upload householdUpload,
            ImportUploads.Upload memberUpload) {
        Path dir = ImportUploads.temporaryDirectory();
        try {
            Path householdsPath = ImportUploads.store(householdUpload, dir, "households");
            Path membersPath = ImportUploads.store(memberUpload, dir, "members");
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
            ImportUploads.delete(dir);
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
                            ImportUploads.delete(dir);
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
            ImportFile householdFile = ImportUploads.prepare(householdsPath);
            ImportFile memberFile = ImportUploads.prepare(membersPath);
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
