package org.tuodi.server.registry.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tuodi.core.household.HouseholdId;

/**
 * 授权书 and 核对申请 in {@code registry_query_authorisation} and {@code registry_economic_check}: a
 * household's signed data-query authorisations, the one valid on a day for a scope, and the
 * economic-status check requests recorded under one.
 */
@Component
public class JdbcAuthorisations {

    /** 授权范围: what a 授权书 allows. */
    public enum Scope {
        /** 查询个人身份和联系信息: see whole identity and phone numbers. */
        PERSONAL_DATA,
        /** 核对家庭经济状况: request an economic-status check. */
        ECONOMIC_STATUS
    }

    /** 授权书 as recorded. */
    public record Authorisation(
            long id,
            String householdId,
            String signedBy,
            LocalDate signedOn,
            Set<Scope> scopes,
            LocalDate validFrom,
            LocalDate validUntil,
            String documentRef,
            String recordedBy,
            OffsetDateTime recordedAt) {}

    /** 核对申请 as recorded. */
    public record EconomicCheck(
            long id,
            String householdId,
            long authorisationId,
            String purpose,
            String status,
            String requestedBy,
            OffsetDateTime requestedAt) {}

    private final JdbcClient jdbc;

    JdbcAuthorisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            HouseholdId household,
            String signedBy,
            LocalDate signedOn,
            Set<Scope> scopes,
            LocalDate validFrom,
            LocalDate validUntil,
            String documentRef,
            String recordedBy,
            OffsetDateTime recordedAt) {
        return jdbc.sql(
                        """
                        INSERT INTO registry_query_authorisation (household_id, signed_by,
                            signed_on, scopes, valid_from, valid_until, document_ref, recorded_by,
                            recorded_at)
                        VALUES (:household, :signedBy, :signedOn,
                            CAST(string_to_array(:scopes, ',') AS varchar(20)[]),
                            :validFrom, :validUntil, :documentRef, :recordedBy, :recordedAt)
                        RETURNING id
                        """)
                .param("household", household.value())
                .param("signedBy", signedBy)
                .param("signedOn", signedOn)
                .param(
                        "scopes",
                        String.join(",", scopes.stream().map(Enum::name).sorted().toList()))
                .param("validFrom", validFrom)
                .param("validUntil", validUntil)
                .param("documentRef", documentRef)
                .param("recordedBy", recordedBy)
                .param("recordedAt", recordedAt)
                .query(Long.class)
                .single();
    }

    /** The household's authorisations, newest first. */
    public List<Authorisation> of(HouseholdId household) {
        return jdbc.sql(
                        """
                        SELECT * FROM registry_query_authorisation WHERE household_id = :household
                        ORDER BY recorded_at DESC, id DESC
                        """)
                .param("household", household.value())
                .query(JdbcAuthorisations::authorisation)
                .list();
    }

    /** The authorisation of the scope valid on the day that runs longest, if any. */
    public Optional<Authorisation> validOn(HouseholdId household, Scope scope, LocalDate day) {
        return jdbc.sql(
                        """
                        SELECT * FROM registry_query_authorisation
                        WHERE household_id = :household AND :scope = ANY(scopes)
                          AND valid_from <= :day AND valid_until >= :day
                        ORDER BY valid_until DESC, id DESC LIMIT 1
                        """)
                .param("household", household.value())
                .param("scope", scope.name())
                .param("day", day)
                .query(JdbcAuthorisations::authorisation)
                .optional();
    }

    public EconomicCheck insertCheck(
            HouseholdId household,
            long authorisationId,
            String purpose,
            String requestedBy,
            OffsetDateTime at) {
        return jdbc.sql(
                        """
                        INSERT INTO registry_economic_check (household_id, authorisation_id,
                            purpose, requested_by, requested_at)
                        VALUES (:household, :authorisation, :purpose, :requestedBy, :at)
                        RETURNING *
                        """)
                .param("household", household.value())
                .param("authorisation", authorisationId)
                .param("purpose", purpose)
                .param("requestedBy", requestedBy)
                .param("at", at)
                .query(JdbcAuthorisations::check)
                .single();
    }

    public List<EconomicCheck> checksOf(HouseholdId household) {
        return jdbc.sql(
                        """
                        SELECT * FROM registry_economic_check WHERE household_id = :household
                        ORDER BY id DESC
                        """)
                .param("household", household.value())
                .query(JdbcAuthorisations::check)
                .list();
    }

    private static Authorisation authorisation(ResultSet rs, int n) throws SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Array array = rs.getArray("scopes");
        for (Object scope : (Object[]) array.getArray()) {
            scopes.add(Scope.valueOf(scope.toString()));
        }
        return new Authorisation(
                rs.getLong("id"),
                rs.getString("household_id"),
                rs.getString("signed_by"),
                rs.getObject("signed_on", LocalDate.class),
                scopes,
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                rs.getString("document_ref"),
                rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }

    private static EconomicCheck check(ResultSet rs, int n) throws SQLException {
        return new EconomicCheck(
                rs.getLong("id"),
                rs.getString("household_id"),
                rs.getLong("authorisation_id"),
                rs.getString("purpose"),
                rs.getString("status"),
                rs.getString("requested_by"),
                rs.getObject("requested_at", OffsetDateTime.class));
    }
}
