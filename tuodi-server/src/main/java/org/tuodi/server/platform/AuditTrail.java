package org.tuodi.server.platform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tuodi.core.region.RegionLevel;

/**
 * 审计日志查阅: the audit trail as its readers ({@link Access#AUDIT_READERS}) see it, newest first. A
 * reader sees the entries whose actor is a platform user of its region (the user's region code
 * starts with the reader's); entries by {@code system}, by department feeds ({@code
 * department:HEALTH}) or by actors that are no platform user (a mistyped user name at sign-in) only
 * a reader at province level sees.
 */
@Component
public class AuditTrail {

    /** Dates of the filter are days in China time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The largest page. */
    public static final int MAX_SIZE = 100;

    private final JdbcClient jdbc;

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filter; empty fields filter nothing; dates are inclusive days in China time. */
    public record Filter(
            Optional<String> actor,
            Optional<String> action,
            Optional<String> subjectType,
            Optional<String> subjectId,
            Optional<LocalDate> from,
            Optional<LocalDate> to) {

        /**
         * The filter from request parameters (blank is none); throws {@link InvalidInputProblem}
         * naming the parameter at fault.
         */
        public static Filter parse(
                String actor,
                String action,
                String subjectType,
                String subjectId,
                String from,
                String to) {
            Filter filter =
                    new Filter(
                            text(actor),
                            text(action),
                            text(subjectType),
                            text(subjectId),
                            date("from", from),
                            date("to", to));
            if (filter.from().isPresent()
                    && filter.to().isPresent()
                    && filter.to().get().isBefore(filter.from().get())) {
                throw new InvalidInputProblem("to", "to " + to + " is before from " + from);
            }
            return filter;
        }

        private static Optional<String> text(String value) {
            return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
        }

        private static Optional<LocalDate> date(String name, String value) {
            Optional<String> text = text(value);
            try {
                return text.map(LocalDate::parse);
            } catch (DateTimeParseException e) {
                throw new InvalidInputProblem(
                        name, name + " is a date as yyyy-mm-dd, not '" + text.get() + "'");
            }
        }
    }

    /** A page number from 0; throws {@link InvalidInputProblem} naming {@code page}. */
    public static int page(String value) {
        return number("page", value, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
    }

    /** A page size from 1 to {@link #MAX_SIZE}; throws {@link InvalidInputProblem} naming it. */
    public static int size(String value, int fallback) {
        return number("size", value, fallback, 1, MAX_SIZE);
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputProblem(
                name,
                name + " is a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    /** An entry of the trail. */
    public record Entry(
            long id,
            long seq,
            OffsetDateTime at,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String detail) {}

    /** A page of entries and how many match in all. */
    public record Found(List<Entry> entries, int page, int size, long total) {
        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /** The entries the reader may see that match the filter, newest first. */
    public Found search(CurrentUser reader, Filter filter, int page, int size) {
        Access.requireRole(reader, Access.AUDIT_READERS, "read the audit trail");
        String where =
                """
                FROM platform_audit a LEFT JOIN platform_user u ON u.username = a.actor
                WHERE ((u.id IS NOT NULL AND u.role <> 'DEPARTMENT_FEED'
                        AND u.region_code LIKE :prefix)
                       OR (:province AND (u.id IS NULL OR u.role = 'DEPARTMENT_FEED')))
                  AND (CAST(:actor AS text) IS NULL OR a.actor = :actor)
                  AND (CAST(:action AS text) IS NULL OR a.action = :action)
                  AND (CAST(:subjectType AS text) IS NULL OR a.subject_type = :subjectType)
                  AND (CAST(:subjectId AS text) IS NULL OR a.subject_id = :subjectId)
                  AND (CAST(:from AS timestamptz) IS NULL OR a.at >= :from)
                  AND (CAST(:to AS timestamptz) IS NULL OR a.at < :to)
                """;
        long total =
                bind(jdbc.sql("SELECT count(*) " + where), reader, filter)
                        .query(Long.class)
                        .single();
        List<Entry> entries =
                bind(
                                jdbc.sql(
                                        "SELECT a.id, a.seq, a.at, a.actor, a.action,"
                                                + " a.subject_type, a.subject_id, a.detail "
                                                + where
                                                + " ORDER BY a.seq DESC, a.id DESC"
                                                + " LIMIT :limit OFFSET :offset"),
                                reader,
                                filter)
                        .param("limit", size)
                        .param("offset", (long) page * size)
                        .query(
                                (rs, n) ->
                                        new Entry(
                                                rs.getLong("id"),
                                                rs.getLong("seq"),
                                                rs.getObject("at", OffsetDateTime.class),
                                                rs.getString("actor"),
                                                rs.getString("action"),
                                                rs.getString("subject_type"),
                                                rs.getString("subject_id"),
                                                rs.getString("detail")))
                        .list();
        return new Found(entries, page, size, total);
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec sql, CurrentUser reader, Filter filter) {
        return sql.param("prefix", reader.region().shortCode() + "%")
                .param("province", reader.region().level() == RegionLevel.PROVINCE)
                .param("actor", filter.actor().orElse(null))
                .param("action", filter.action().orElse(null))
                .param("subjectType", filter.subjectType().orElse(null))
                .param("subjectId", filter.subjectId().orElse(null))
                .param(
                        "from",
                        filter.from()
                                .map(d -> d.atStartOfDay(CHINA).toOffsetDateTime())
                                .orElse(null))
                .param(
                        "to",
                        filter.to()
                                .map(d -> d.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime())
                                .orElse(null));
    }
}
