package org.tuodi.server.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tuodi.core.household.Disability;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.LaborCapacity;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.household.Relation;
import org.tuodi.core.household.Residence;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.shared.Yuan;
import org.tuodi.server.platform.PersonalDataCipher;
import org.tuodi.server.platform.PersonalDataCipher.Field;

/**
 * Households, members and category history in {@code registry_household}, {@code registry_member}
 * and {@code registry_household_category}. This is the only class that reads or writes members'
 * identity numbers and phone numbers: they are stored encrypted ({@code *_cipher}) with a keyed
 * hash ({@code *_hash}) for exact lookup and, for the identity number, its masked form ({@code
 * id_number_masked}, what lists show and what a search by the last four characters compares) — see
 * {@link PersonalDataCipher}. Batches are written with JDBC batches, and lists of ids travel as one
 * array parameter ({@code = ANY(:ids)}). It is longer than most classes for that reason: every
 * query that touches a member's identity number (find, person lookup, batch write, search by
 * number) stays in it.
 */
@Component
public class JdbcHouseholds {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final PersonalDataCipher cipher;

    JdbcHouseholds(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.cipher = cipher;
    }

    public Optional<Household> find(HouseholdId id) {
        Optional<Household> head =
                jdbc.sql(
                                """
                                SELECT id, region_code, residence, per_capita_monthly_income, address
                                FROM registry_household WHERE id = :id
                                """)
                        .param("id", id.value())
                        .query(JdbcHouseholds::household)
                        .optional();
        if (head.isEmpty()) {
            return head;
        }
        Set<LowIncomeCategory> categories = currentCategories(List.of(id)).get(id);
        return Optional.of(
                head.get()
                        .withCategories(categories)
                        .withMembers(
                                jdbc.sql(
                                                """
                                                SELECT id_number_cipher, name, relation,
                                                       labor_capacity, disability_grade,
                                                       disability_type, serious_illness,
                                                       phone_cipher
                                                FROM registry_member
                                                WHERE household_id = :id ORDER BY position
                                                """)
                                        .param("id", id.value())
                                        .query(this::member)
                                        .list()));
    }

    /** How many households are registered. */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM registry_household").query(Long.class).single();
    }

    public Optional<RegionCode> regionOf(HouseholdId id) {
        return jdbc.sql("SELECT region_code FROM registry_household WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> new RegionCode(rs.getString(1)))
                .optional();
    }

    public Optional<HouseholdId> householdOf(NationalId person) {
        return jdbc.sql("SELECT household_id FROM registry_member WHERE id_number_hash = :hash")
                .param("hash", cipher.lookupHash(Field.IDENTITY_NUMBER, person.value()))
                .query((rs, n) -> new HouseholdId(rs.getString(1)))
                .optional();
    }

    /** The regions of those of the households that are registered. */
    public Map<HouseholdId, RegionCode> regionsOf(Collection<HouseholdId> ids) {
        Map<HouseholdId, RegionCode> regions = new HashMap<>();
        jdbc.sql("SELECT id, region_code FROM registry_household WHERE id = ANY(:ids)")
                .param("ids", array(ids.stream().map(HouseholdId::value).toList()))
                .query(
                        rs -> {
                            regions.put(
                                    new HouseholdId(rs.getString(1)),
                                    new RegionCode(rs.getString(2)));
                        });
        return regions;
    }

    /** The households (with their regions) that the persons are registered in, if any. */
    public Map<NationalId, Registration> registrationsOf(Collection<NationalId> persons) {
        Map<String, NationalId> byHash = new HashMap<>();
        persons.forEach(p -> byHash.put(cipher.lookupHash(Field.IDENTITY_NUMBER, p.value()), p));
        Map<NationalId, Registration> found = new HashMap<>();
        jdbc.sql(
                        """
                        SELECT m.id_number_hash, m.household_id, h.region_code
                        FROM registry_member m JOIN registry_household h ON h.id = m.household_id
                        WHERE m.id_number_hash = ANY(:hashes)
                        """)
                .param("hashes", array(byHash.keySet()))
                .query(
                        rs -> {
                            found.put(
                                    byHash.get(rs.getString(1)),
                                    new Registration(
                                            new HouseholdId(rs.getString(2)),
                                            new RegionCode(rs.getString(3))));
                        });
        return found;
    }

    /** Where a person is registered: the household and its region. */
    public record Registration(HouseholdId household, RegionCode region) {}

    /**
     * Registers the households, replacing those already registered: household rows are upserted,
     * their members replaced, and categories that changed are closed (effective_to = today) or
     * opened (effective_from = today). Runs in the caller's transaction, which it requires.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Written write(
            List<Household> households, String actor, LocalDate today, OffsetDateTime now) {
        List<HouseholdId> ids = households.stream().map(Household::id).toList();
        Set<HouseholdId> existing = regionsOf(ids).keySet();
        upsertHouseholds(households, now);
        batch.getJdbcTemplate()
                .update(
                        "DELETE FROM registry_member WHERE household_id = ANY(?)",
                        array(ids.stream().map(HouseholdId::value).toList()));
        insertMembers(households);
        Map<HouseholdId, Written.CategoryChange> changes =
                updateCategories(households, actor, today);
        Map<HouseholdId, Written.CategoryChange> changesOfExisting = new HashMap<>();
        changes.forEach(
                (id, change) -> {
                    if (existing.contains(id)) {
                        changesOfExisting.put(id, change);
                    }
                });
        return new Written(households.size() - existing.size(), existing.size(), changesOfExisting);
    }

    private void upsertHouseholds(List<Household> households, OffsetDateTime now) {
        SqlParameterSource[] rows =
                households.stream()
                        .map(
                                h ->
                                        new MapSqlParameterSource()
                                                .addValue("id", h.id().value())
                                                .addValue("region", h.region().value())
                                                .addValue("residence", h.residence().name())
                                                .addValue(
                                                        "income",
                                                        h.perCapitaMonthlyIncome().toBigDecimal())
                                                .addValue("address", h.address().orElse(null))
                                                .addValue("now", now))
                        .toArray(SqlParameterSource[]::new);
        batch.batchUpdate(
                """
                INSERT INTO registry_household (id, region_code, residence,
                    per_capita_monthly_income, address, registered_at, updated_at)
                VALUES (:id, :region, :residence, :income, :address, :now, :now)
                ON CONFLICT (id) DO UPDATE SET
                    region_code = EXCLUDED.region_code,
                    residence = EXCLUDED.residence,
                    per_capita_monthly_income = EXCLUDED.per_capita_monthly_income,
                    address = EXCLUDED.address,
                    updated_at = EXCLUDED.updated_at
                """,
                rows);
    }

    private void insertMembers(List<Household> households) {
        List<SqlParameterSource> rows = new ArrayList<>();
        for (Household h : households) {
            int position = 0;
            for (Member m : h.members()) {
                PersonalDataCipher.Sealed id = cipher.seal(Field.IDENTITY_NUMBER, m.id().value());
                Optional<PersonalDataCipher.Sealed> phone =
                        m.phone().map(p -> cipher.seal(Field.PHONE, p));
                rows.add(
                        new MapSqlParameterSource()
                                .addValue("household", h.id().value())
                                .addValue("position", position++)
                                .addValue("idCipher", id.ciphertext())
                                .addValue("idHash", id.lookupHash())
                                .addValue("idMasked", m.id().masked())
                                .addValue("name", m.name())
                                .addValue("relation", m.relation().name())
                                .addValue("labor", m.laborCapacity().map(Enum::name).orElse(null))
                                .addValue(
                                        "grade",
                                        m.disability().map(Disability::grade).orElse(null),
                                        Types.SMALLINT)
                                .addValue(
                                        "type",
                                        m.disability().map(d -> d.type().name()).orElse(null))
                                .addValue("ill", m.seriousIllness())
                                .addValue(
                                        "phoneCipher",
                                        phone.map(PersonalDataCipher.Sealed::ciphertext)
                                                .orElse(null))
                                .addValue(
                                        "phoneHash",
                                        phone.map(PersonalDataCipher.Sealed::lookupHash)
                                                .orElse(null)));
            }
        }
        batch.batchUpdate(
                """
                INSERT INTO registry_member (household_id, position, id_number_cipher,
                    id_number_hash, id_number_masked, name, relation, labor_capacity,
                    disability_grade, disability_type, serious_illness, phone_cipher, phone_hash)
                VALUES (:household, :position, :idCipher, :idHash, :idMasked, :name, :relation,
                    :labor, :grade, :type, :ill, :phoneCipher, :phoneHash)
                """,
                rows.toArray(SqlParameterSource[]::new));
    }

    private Map<HouseholdId, Written.CategoryChange> updateCategories(
            List<Household> households, String actor, LocalDate today) {
        Map<HouseholdId, Set<LowIncomeCategory>> current =
                currentCategories(households.stream().map(Household::id).toList());
        List<SqlParameterSource> closes = new ArrayList<>();
        List<SqlParameterSource> opens = new ArrayList<>();
        Map<HouseholdId, Written.CategoryChange> changes = new HashMap<>();
        for (Household h : households) {
            Set<LowIncomeCategory> before = current.get(h.id());
            Set<LowIncomeCategory> removed = EnumSet.noneOf(LowIncomeCategory.class);
            removed.addAll(before);
            removed.removeAll(h.categories());
            Set<LowIncomeCategory> added = EnumSet.noneOf(LowIncomeCategory.class);
            added.addAll(h.categories());
            added.removeAll(before);
            removed.forEach(c -> closes.add(category(h.id(), c, actor, today)));
            added.forEach(c -> opens.add(category(h.id(), c, actor, today)));
            if (!added.isEmpty() || !removed.isEmpty()) {
                changes.put(h.id(), new Written.CategoryChange(added, removed));
            }
        }
        batch.batchUpdate(
                """
                UPDATE registry_household_category SET effective_to = :day, closed_by = :actor
                WHERE household_id = :household AND category = :category AND effective_to IS NULL
                """,
                closes.toArray(SqlParameterSource[]::new));
        batch.batchUpdate(
                """
                INSERT INTO registry_household_category
                    (household_id, category, effective_from, opened_by)
                VALUES (:household, :category, :day, :actor)
                """,
                opens.toArray(SqlParameterSource[]::new));
        return changes;
    }

    private static SqlParameterSource category(
            HouseholdId household, LowIncomeCategory category, String actor, LocalDate day) {
        return new MapSqlParameterSource()
                .addValue("household", household.value())
                .addValue("category", category.name())
                .addValue("actor", actor)
                .addValue("day", day);
    }

    /** The open categories of each household; empty sets for households without any. */
    private Map<HouseholdId, Set<LowIncomeCategory>> currentCategories(List<HouseholdId> ids) {
        Map<HouseholdId, Set<LowIncomeCategory>> categories = new HashMap<>();
        ids.forEach(id -> categories.put(id, EnumSet.noneOf(LowIncomeCategory.class)));
        jdbc.sql(
                        """
                        SELECT household_id, category FROM registry_household_category
                        WHERE household_id = ANY(:ids) AND effective_to IS NULL
                        """)
                .param("ids", array(ids.stream().map(HouseholdId::value).toList()))
                .query(
                        rs -> {
                            categories
                                    .get(new HouseholdId(rs.getString(1)))
                                    .add(LowIncomeCategory.valueOf(rs.getString(2)));
                        });
        return categories;
    }

    /** The whole history of a household's categories, oldest first. */
    public List<CategoryPeriod> categoryHistory(HouseholdId id) {
        return jdbc.sql(
                        """
                        SELECT category, effective_from, effective_to, opened_by, closed_by
                        FROM registry_household_category WHERE household_id = :id
                        ORDER BY effective_from, id
                        """)
                .param("id", id.value())
                .query(
                        (rs, n) ->
                                new CategoryPeriod(
                                        LowIncomeCategory.valueOf(rs.getString("category")),
                                        rs.getObject("effective_from", LocalDate.class),
                                        rs.getObject("effective_to", LocalDate.class),
                                        rs.getString("opened_by"),
                                        rs.getString("closed_by")))
                .list();
    }

    /**
     * Households within a region, in id order, optionally matching {@code q}: the start of a
     * household id, part of a member's name, the last four characters of a member's identity
     * number, a whole identity number or a whole phone number (both compared by keyed hash).
     */
    public Page<HouseholdSummary> search(
            RegionCode within, Optional<String> query, int page, int size) {
        MapSqlParameterSource params =
                new MapSqlParameterSource("prefix", within.shortCode() + "%");
        StringBuilder where = new StringBuilder("h.region_code LIKE :prefix");
        query.map(String::strip).filter(q -> !q.isEmpty()).ifPresent(q -> match(q, where, params));
        long total =
                batch.queryForObject(
                        "SELECT count(*) FROM registry_household h WHERE " + where,
                        params,
                        Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<HouseholdSummary> items =
                batch.query(
                        """
                        SELECT h.id, h.region_code, h.residence,
                            (SELECT count(*) FROM registry_member m
                             WHERE m.household_id = h.id) AS members,
                            (SELECT m.name FROM registry_member m
                             WHERE m.household_id = h.id AND m.relation = 'HEAD'
                             ORDER BY m.position LIMIT 1) AS head_name,
                            (SELECT string_agg(c.category, ';') FROM registry_household_category c
                             WHERE c.household_id = h.id AND c.effective_to IS NULL) AS categories
                        FROM registry_household h
                        """
                                + " WHERE "
                                + where
                                + " ORDER BY h.id LIMIT :limit OFFSET :offset",
                        params,
                        (rs, n) ->
                                new HouseholdSummary(
                                        rs.getString("id"),
                                        new RegionCode(rs.getString("region_code")),
                                        categories(rs.getString("categories")),
                                        Residence.valueOf(rs.getString("residence")),
                                        rs.getInt("members"),
                                        rs.getString("head_name")));
        return new Page<>(items, page, size, total);
    }

    private void match(String q, StringBuilder where, MapSqlParameterSource params) {
        String like = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        params.addValue("idPrefix", like + "%").addValue("nameLike", "%" + like + "%");
        StringBuilder member = new StringBuilder("m.name LIKE :nameLike");
        if (q.matches("[0-9]{3}[0-9Xx]")) {
            params.addValue("suffix", q.toUpperCase(java.util.Locale.ROOT));
            member.append(" OR right(m.id_number_masked, 4) = :suffix");
        }
        if (q.matches("[0-9]{6}\\*{8}[0-9]{3}[0-9Xx]")) {
            // a masked number as the pages show it: its address code and last four
            params.addValue("maskedAddress", q.substring(0, 6))
                    .addValue("maskedSuffix", q.substring(14).toUpperCase(java.util.Locale.ROOT));
            member.append(
                    " OR (left(m.id_number_masked, 6) = :maskedAddress"
                            + " AND right(m.id_number_masked, 4) = :maskedSuffix)");
        }
        try {
            params.addValue(
                    "idHash",
                    cipher.lookupHash(Field.IDENTITY_NUMBER, NationalId.parse(q).value()));
            member.append(" OR m.id_number_hash = :idHash");
        } catch (IllegalArgumentException notAnIdentityNumber) {
            // q is not a whole identity number: match ids and names only
        }
        if (q.matches("\\+?[0-9][0-9-]{6,39}")) {
            params.addValue("phoneHash", cipher.lookupHash(Field.PHONE, q));
            member.append(" OR m.phone_hash = :phoneHash");
        }
        where.append(" AND (h.id ILIKE :idPrefix OR EXISTS (SELECT 1 FROM registry_member m")
                .append(" WHERE m.household_id = h.id AND (")
                .append(member)
                .append(")))");
    }

    private static Set<LowIncomeCategory> categories(String joined) {
        Set<LowIncomeCategory> set = EnumSet.noneOf(LowIncomeCategory.class);
        if (joined != null) {
            for (String c : joined.split(";")) {
                set.add(LowIncomeCategory.valueOf(c));
            }
        }
        return set;
    }

    private static Household household(ResultSet rs, int rowNum) throws SQLException {
        return new Household(
                new HouseholdId(rs.getString("id")),
                new RegionCode(rs.getString("region_code")),
                // replaced by the current categories; a household always has at least one
                EnumSet.of(LowIncomeCategory.OTHER_LOW_INCOME),
                Residence.valueOf(rs.getString("residence")),
                Yuan.of(rs.getBigDecimal("per_capita_monthly_income")),
                Optional.ofNullable(rs.getString("address")),
                List.of());
    }

    private Member member(ResultSet rs, int rowNum) throws SQLException {
        String grade = rs.getString("disability_grade");
        Optional<Disability> disability =
                grade == null
                        ? Optional.empty()
                        : Optional.of(
                                new Disability(
                                        Integer.parseInt(grade),
                                        DisabilityType.valueOf(rs.getString("disability_type"))));
        return new Member(
                NationalId.parse(
                        cipher.open(Field.IDENTITY_NUMBER, rs.getString("id_number_cipher"))),
                rs.getString("name"),
                Relation.valueOf(rs.getString("relation")),
                Optional.ofNullable(rs.getString("labor_capacity")).map(LaborCapacity::valueOf),
                disability,
                rs.getBoolean("serious_illness"),
                Optional.ofNullable(rs.getString("phone_cipher"))
                        .map(c -> cipher.open(Field.PHONE, c)));
    }

    /** A list of strings as one SQL array parameter ({@code = ANY(:ids)}). */
    private static SqlParameterValue array(Collection<String> values) {
        return new SqlParameterValue(Types.ARRAY, values.toArray(String[]::new));
    }
}
