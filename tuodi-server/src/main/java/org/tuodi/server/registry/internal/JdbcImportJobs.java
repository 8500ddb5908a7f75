package org.tuodi.server.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tuodi.core.region.RegionCode;
import org.tuodi.data.csv.Reject;
import org.tuodi.server.platform.CurrentUser;

/**
 * Import jobs and their rejects in {@code registry_import_job} and {@code registry_import_reject}:
 * the job's lifecycle (queued, running with progress, finished with counts), the rejects written in
 * one batch and read by page or streamed whole. Its length is SQL text and row mapping.
 */
@Component
public class JdbcImportJobs {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcImportJobs(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long create(CurrentUser user, String householdsFile, String membersFile, OffsetDateTime now) {
        return jdbc.sql(
                        """
                        INSERT INTO registry_import_job (status, user_id, username, region_code,
                            households_file, members_file, created_at)
                        VALUES ('QUEUED', :userId, :username, :region, :households, :members, :now)
                        RETURNING id
                        """)
                .param("userId", user.id())
                .param("username", user.username())
                .param("region", user.region().value())
                .param("households", householdsFile)
                .param("members", membersFile)
                .param("now", now)
                .query(Long.class)
                .single();
    }

    void start(long id, OffsetDateTime now) {
        jdbc.sql(
                        "UPDATE registry_import_job SET status = 'RUNNING', started_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", now)
                .update();
    }

    void progress(long id, Long rowsTotal, long rowsRead) {
        jdbc.sql(
                        """
                        UPDATE registry_import_job SET rows_total = :total, rows_read = :read
                        WHERE id = :id
                        """)
                .param("id", id)
                .param("total", new SqlParameterValue(Types.BIGINT, rowsTotal))
                .param("read", rowsRead)
                .update();
    }

    void finish(
            long id,
            ImportJob.Status status,
            ImportJob.Counts counts,
            String error,
            OffsetDateTime now) {
        jdbc.sql(
                        """
                        UPDATE registry_import_job SET status = :status, finished_at = :now,
                            error = :error,
                            households_read = :hRead, households_accepted = :hAccepted,
                            households_rejected = :hRejected, members_read = :mRead,
                            members_accepted = :mAccepted, members_rejected = :mRejected,
                            households_created = :created, households_replaced = :replaced
                        WHERE id = :id
                        """)
                .param("id", id)
                .param("status", status.name())
                .param("now", now)
                .param("error", error)
                .param("hRead", counts.householdsRead())
                .param("hAccepted", counts.householdsAccepted())
                .param("hRejected", counts.householdsRejected())
                .param("mRead", counts.membersRead())
                .param("mAccepted", counts.membersAccepted())
                .param("mRejected", counts.membersRejected())
                .param("created", counts.householdsCreated())
                .param("replaced", counts.householdsReplaced())
                .update();
    }

    /** Jobs left queued or running by a stopped server are failed; returns how many. */
    int failInterrupted(OffsetDateTime now) {
        return jdbc.sql(
                        """
                        UPDATE registry_import_job SET status = 'FAILED', finished_at = :now,
                            error = 'interrupted by a restart of the server; nothing was written'
                        WHERE status IN ('QUEUED', 'RUNNING')
                        """)
                .param("now", now)
                .update();
    }

    void addRejects(long id, List<Reject> rejects) {
        List<SqlParameterSource> rows = new ArrayList<>(rejects.size());
        for (int i = 0; i < rejects.size(); i++) {
            Reject r = rejects.get(i);
            rows.add(
                    new MapSqlParameterSource()
                            .addValue("job", id)
                            .addValue("seq", i)
                            .addValue("file", r.file())
                            .addValue("row", r.row())
                            .addValue("column", r.column())
                            .addValue("reason", r.reason()));
        }
        batch.batchUpdate(
                """
                INSERT INTO registry_import_reject (job_id, seq, file, row_number, column_name, reason)
                VALUES (:job, :seq, :file, :row, :column, :reason)
                """,
                rows.toArray(SqlParameterSource[]::new));
    }

    public Optional<ImportJob> find(long id) {
        return jdbc.sql("SELECT * FROM registry_import_job WHERE id = :id")
                .param("id", id)
                .query(JdbcImportJobs::job)
                .optional();
    }

    /** The latest jobs of regions within the region, newest first. */
    public List<ImportJob> recent(RegionCode within, int limit) {
        return jdbc.sql(
                        """
                        SELECT * FROM registry_import_job WHERE region_code LIKE :prefix
                        ORDER BY id DESC LIMIT :limit
                        """)
                .param("prefix", within.shortCode() + "%")
                .param("limit", limit)
                .query(JdbcImportJobs::job)
                .list();
    }

    public Page<Reject> rejects(long id, int page, int size) {
        long total =
                jdbc.sql("SELECT count(*) FROM registry_import_reject WHERE job_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single();
        List<Reject> items =
                jdbc.sql(
                                """
                                SELECT file, row_number, column_name, reason
                                FROM registry_import_reject WHERE job_id = :id
                                ORDER BY seq LIMIT :limit OFFSET :offset
                                """)
                        .param("id", id)
                        .param("limit", size)
                        .param("offset", (long) page * size)
                        .query(JdbcImportJobs::reject)
                        .list();
        return new Page<>(items, page, size, total);
    }

    /** Every reject of the job in order, one at a time (for the CSV download). */
    public void eachReject(long id, Consumer<Reject> consumer) {
        jdbc.sql(
                        """
                        SELECT file, row_number, column_name, reason
                        FROM registry_import_reject WHERE job_id = :id ORDER BY seq
                        """)
                .param("id", id)
                .query(
                        rs -> {
                            consumer.accept(reject(rs, 0));
                        });
    }

    private static Reject reject(ResultSet rs, int rowNum) throws SQLException {
        return new Reject(
                rs.getString("file"),
                rs.getLong("row_number"),
                rs.getString("column_name"),
                rs.getString("reason"));
    }

    private static ImportJob job(ResultSet rs, int rowNum) throws SQLException {
        return new ImportJob(
                rs.getLong("id"),
                ImportJob.Status.valueOf(rs.getString("status")),
                rs.getLong("user_id"),
                rs.getString("username"),
                new RegionCode(rs.getString("region_code")),
                rs.getString("households_file"),
                rs.getString("members_file"),
                rs.getObject("rows_total", Long.class),
                rs.getLong("rows_read"),
                new ImportJob.Counts(
                        rs.getInt("households_read"),
                        rs.getInt("households_accepted"),
                        rs.getInt("households_rejected"),
                        rs.getInt("members_read"),
                        rs.getInt("members_accepted"),
                        rs.getInt("members_rejected"),
                        rs.getInt("households_created"),
                        rs.getInt("households_replaced")),
                rs.getString("error"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }
}
