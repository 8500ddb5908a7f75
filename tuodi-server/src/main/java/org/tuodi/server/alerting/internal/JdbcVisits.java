package org.tuodi.server.alerting.internal;

import java.sql.Array;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tuodi.core.casework.VisitRecord;

/** Home visits in {@code alerting_visit} and their photos in {@code alerting_visit_photo}. */
@Repository
public class JdbcVisits {

    private final JdbcClient jdbc;
    private final CaseDocuments documents;

    JdbcVisits(JdbcClient jdbc, CaseDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    void insert(long caseId, VisitRecord visit, String actor, OffsetDateTime now) {
        jdbc.sql(
                        """
                        INSERT INTO alerting_visit (case_id, visited_on, investigators, findings,
                            remarks, family_signed, recorded_by, recorded_at)
                        VALUES (:caseId, :visitedOn, :investigators, CAST(:findings AS jsonb),
                            :remarks, :familySigned, :actor, :now)
                        """)
                .param("caseId", caseId)
                .param("visitedOn", visit.visitedOn())
                .param("investigators", visit.investigators().toArray(new String[0]))
                .param("findings", documents.findings(visit.findings()))
                .param("remarks", visit.remarks())
                .param("familySigned", visit.familySigned())
                .param("actor", actor)
                .param("now", now)
                .update();
    }

    /** The visit as stored, with its findings document as text. */
    public record VisitLine(
            LocalDate visitedOn,
            List<String> investigators,
            String findings,
            String remarks,
            boolean familySigned,
            String recordedBy) {}

    public Optional<VisitLine> find(long caseId) {
        return jdbc.sql(
                        """
                        SELECT visited_on, investigators, findings::text AS findings, remarks,
                            family_signed, recorded_by
                        FROM alerting_visit WHERE case_id = :caseId
                        """)
                .param("caseId", caseId)
                .query(
                        (rs, n) -> {
                            Array investigators = rs.getArray("investigators");
                            return new VisitLine(
                                    rs.getObject("visited_on", LocalDate.class),
                                    Arrays.asList((String[]) investigators.getArray()),
                                    rs.getString("findings"),
                                    rs.getString("remarks"),
                                    rs.getBoolean("family_signed"),
                                    rs.getString("recorded_by"));
                        })
                .optional();
    }

    /** The visit as the state machine holds it. */
    Optional<VisitRecord> record(long caseId) {
        return find(caseId)
                .map(
                        v ->
                                new VisitRecord(
                                        v.visitedOn(),
                                        v.investigators(),
                                        documents.findings(v.findings()),
                                        v.remarks(),
                                        v.familySigned()));
    }

    long insertPhoto(
            long caseId, String contentType, byte[] content, String actor, OffsetDateTime now) {
        return jdbc.sql(
                        """
                        INSERT INTO alerting_visit_photo (case_id, content_type, size_bytes,
                            content, uploaded_by, uploaded_at)
                        VALUES (:caseId, :contentType, :size, :content, :actor, :now)
                        RETURNING id
                        """)
                .param("caseId", caseId)
                .param("contentType", contentType)
                .param("size", content.length)
                .param("content", content)
                .param("actor", actor)
                .param("now", now)
                .query(Long.class)
                .single();
    }

    /** A photo's metadata. */
    public record PhotoLine(
            long id, String contentType, int sizeBytes, String uploadedBy, OffsetDateTime at) {}

    public List<PhotoLine> photos(long caseId) {
        return jdbc.sql(
                        """
                        SELECT id, content_type, size_bytes, uploaded_by, uploaded_at
                        FROM alerting_visit_photo WHERE case_id = :caseId ORDER BY id
                        """)
                .param("caseId", caseId)
                .query(
                        (rs, n) ->
                                new PhotoLine(
                                        rs.getLong("id"),
                                        rs.getString("content_type"),
                                        rs.getInt("size_bytes"),
                                        rs.getString("uploaded_by"),
                                        rs.getObject("uploaded_at", OffsetDateTime.class)))
                .list();
    }

    /** A photo's content type and bytes. */
    public record Photo(String contentType, byte[] content) {}

    public Optional<Photo> photo(long caseId, long photoId) {
        return jdbc.sql(
                        """
                        SELECT content_type, content FROM alerting_visit_photo
                        WHERE case_id = :caseId AND id = :photoId
                        """)
                .param("caseId", caseId)
                .param("photoId", photoId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2)))
                .optional();
    }
}
