package org.tuodi.server.rules.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.household.Household;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.server.assessment.RuleSetVersions;
import org.tuodi.server.assessment.RuleSetVersions.RuleSetVersion;
import org.tuodi.server.ingest.StoredRecords;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.ConflictProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.registry.HouseholdRegistry;
import org.tuodi.server.rules.WhatIfRun;
import org.tuodi.server.rules.WhatIfRuns;

/**
 * Runs what-ifs on one background thread. A run reads the stored records of the period household by
 * household, replays each household under both rule sets and counts; its progress is the households
 * replayed. Runs are kept in memory, the last {@value #KEPT}.
 */
@Service
class BackgroundWhatIfRuns implements WhatIfRuns, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWhatIfRuns.class);
    static final int KEPT = 50;

    private final RuleSetVersions versions;
    private final StoredRecords records;
    private final HouseholdRegistry registry;
    private final RegionDirectory regions;
    private final Clock clock;
    private final ThreadPoolTaskExecutor executor;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Job> jobs =
            new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Job> eldest) {
                    return size() > KEPT;
                }
            };

    BackgroundWhatIfRuns(
            RuleSetVersions versions,
            StoredRecords records,
            HouseholdRegistry registry,
            RegionDirectory regions,
            Clock clock) {
        this.versions = versions;
        this.records = records;
        this.registry = registry;
        this.regions = regions;
        this.clock = clock;
        // Not a bean: an Executor bean would replace Spring Boot's applicationTaskExecutor.
        this.executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(5);
        executor.setThreadNamePrefix("rules-what-if-");
        executor.initialize();
    }

    @Override
    public WhatIfRun start(CurrentUser user, long versionId, LocalDate from, LocalDate to) {
        Access.requireRole(user, Access.COUNTY_OFFICERS_AND_ABOVE, "run what-ifs");
        checkPeriod(from, to);
        RuleSetVersion candidate =
                versions.find(versionId)
                        .orElseThrow(() -> new NotFoundProblem("rule set", versionId));
        RuleSetVersion current = versions.inForce(LocalDate.now(clock));
        Job job =
                new Job(
                        ids.incrementAndGet(),
                        user,
                        rules(candidate),
                        rules(current),
                        from,
                        to,
                        OffsetDateTime.now(clock));
        synchronized (jobs) {
            jobs.put(job.id, job);
        }
        try {
            executor.execute(() -> run(job, candidate, current));
        } catch (TaskRejectedException e) {
            synchronized (jobs) {
                jobs.remove(job.id);
            }
            throw new ConflictProblem("too many what-if runs are queued; try again later");
        }
        log.info(
                "what_if=queued id={} by={} version={} from={} to={}",
                job.id,
                user.username(),
                candidate.version(),
                from,
                to);
        return job.view();
    }

    @Override
    public WhatIfRun find(CurrentUser user, long id) {
        Access.requireRole(user, Access.COUNTY_OFFICERS_AND_ABOVE, "read what-ifs");
        Job job;
        synchronized (jobs) {
            job = jobs.get(id);
        }
        if (job == null || !user.covers(job.user.region())) {
            throw new NotFoundProblem("what-if", id);
        }
        return job.view();
    }

    private void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInputProblem(
                    from == null ? "from" : "to", "the period's first and last day are required");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputProblem("to", "the period ends (" + to + ") before it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputProblem("to", "a what-if covers at most " + MAX_DAYS + " days");
        }
        LocalDate today = LocalDate.now(clock);
        if (to.isAfter(today)) {
            throw new InvalidInputProblem(
                    "to", "the period ends after today (" + today + "): no records yet");
        }
    }

    private void run(Job job, RuleSetVersion candidate, RuleSetVersion current) {
        job.status = WhatIfRun.Status.RUNNING;
        try {
            RiskEngine candidateEngine = versions.engine(candidate);
            RiskEngine currentEngine = versions.engine(current);
            job.total = records.householdCount(job.from, job.to);
            Tally tally = new Tally(job.user.region());
            records.eachHousehold(
                    job.from,
                    job.to,
                    (id, householdRecords) -> {
                        Optional<Household> household = registry.find(id);
                        if (household.isPresent() && job.user.covers(household.get().region())) {
                            Household h = household.get();
                            tally.add(
                                    h.region(),
                                    Replay.decisions(candidateEngine, h, householdRecords, job.to),
                                    Replay.decisions(currentEngine, h, householdRecords, job.to));
                        }
                        job.done++;
                    });
            job.result = tally.result(code -> regions.find(code).map(r -> r.name()).orElse(""));
            job.status = WhatIfRun.Status.SUCCEEDED;
            log.info(
                    "what_if=done id={} households={} raised_candidate={} raised_current={}",
                    job.id,
                    job.done,
                    job.result.candidate().raisedTotal(),
                    job.result.current().raisedTotal());
        } catch (RuntimeException e) {
            log.error("what_if=failed id={}", job.id, e);
            job.error = e.getClass().getSimpleName() + ": " + e.getMessage();
            job.status = WhatIfRun.Status.FAILED;
        } finally {
            job.finishedAt = OffsetDateTime.now(clock);
        }
    }

    private static WhatIfRun.Rules rules(RuleSetVersion v) {
        return new WhatIfRun.Rules(v.id(), v.ruleSetId(), v.version(), v.contentHash());
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }

    /** A run as its job sees it; the view is a snapshot. */
    private static final class Job {
        final long id;
        final CurrentUser user;
        final WhatIfRun.Rules candidate;
        final WhatIfRun.Rules current;
        final LocalDate from;
        final LocalDate to;
        final OffsetDateTime createdAt;
        volatile WhatIfRun.Status status = WhatIfRun.Status.QUEUED;
        volatile int done;
        volatile int total;
        volatile WhatIfRun.Result result;
        volatile String error;
        volatile OffsetDateTime finishedAt;

        Job(
                long id,
                CurrentUser user,
                WhatIfRun.Rules candidate,
                WhatIfRun.Rules current,
                LocalDate from,
                LocalDate to,
                OffsetDateTime createdAt) {
            this.id = id;
            this.user = user;
            this.candidate = candidate;
            this.current = current;
            this.from = from;
            this.to = to;
            this.createdAt = createdAt;
        }

        WhatIfRun view() {
            return new WhatIfRun(
                    id,
                    user.username(),
                    user.region(),
                    candidate,
                    current,
                    from,
                    to,
                    status,
                    done,
                    total,
                    Optional.ofNullable(result),
                    error,
                    createdAt,
                    finishedAt);
        }
    }
}
