package org.tuodi.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.CaseFixtures.as;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tuodi.core.event.Source;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.Members;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.Member;
import org.tuodi.server.platform.PersonalDataCipher.Field;
import org.tuodi.server.platform.internal.KeyRotation;
import org.tuodi.server.platform.internal.KeyringStore;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * 个人信息加密存储: identity numbers and phone numbers are in the database only as ciphertext with a keyed
 * hash; lookups go by the hash; a key rotation re-encrypts everything and loses nothing; a
 * ciphertext altered in the database is detected, never shown.
 */
@ServerIntegrationTest
@DisplayName("个人信息加密存储: ciphertext at rest, lookup by keyed hash, key rotation, tamper detection")
class PersonalDataEncryptionIT {

    static final String HOUSEHOLD = "ENC-FC-1";
    static final String PHONE = "13912345678";
    static final LocalDate BORN = LocalDate.of(1958, 3, 2);

    /** A valid identity number of nobody monitored, registered in 临颍县. */
    static final String STRANGER = "411122198001150316";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired HouseholdRegistry registry;
    @Autowired PersonalDataCipher cipher;
    @Autowired KeyRotation rotation;
    @Autowired KeyringStore keys;
    @Autowired CaseFixtures fixtures;
    CurrentUser town;
    Member head;

    @BeforeEach
    void aHouseholdWithAPhoneIsRegistered() {
        town = fixtures.user("encryption-town", Role.TOWN_OFFICER, CaseFixtures.TOWN);
        head =
                Members.aMember()
                        .named("石建国")
                        .bornOn(BORN)
                        .male()
                        .withSequence(71)
                        .withPhone(PHONE)
                        .build();
        registry.register(
                Households.aHousehold()
                        .withId(HOUSEHOLD)
                        .in(CaseFixtures.VILLAGE.value())
                        .dibao()
                        .withMember(head)
                        .build());
    }

    @Test
    void theMembersTableHoldsCiphertextAndKeyedHashesButNeverTheNumbers() {
        String row =
                jdbc.sql(
                                "SELECT row_to_json(m)::text FROM registry_member m"
                                        + " WHERE household_id = :id")
                        .param("id", HOUSEHOLD)
                        .query(String.class)
                        .single();
        var stored =
                jdbc.sql(
                                """
                                SELECT id_number_cipher, id_number_hash, id_number_masked,
                                       phone_cipher, phone_hash
                                FROM registry_member WHERE household_id = :id
                                """)
                        .param("id", HOUSEHOLD)
                        .query(
                                (rs, n) ->
                                        List.of(
                                                rs.getString(1),
                                                rs.getString(2),
                                                rs.getString(3),
                                                rs.getString(4),
                                                rs.getString(5)))
                        .single();

        assertThat(row)
                .doesNotContain(head.id().value(), PHONE, head.id().value().substring(6, 14));
        assertThat(stored.get(0)).startsWith(cipher.activeKeyId() + ":");
        assertThat(stored.get(1))
                .isEqualTo(cipher.lookupHash(Field.IDENTITY_NUMBER, head.id().value()));
        assertThat(stored.get(2)).isEqualTo(head.id().masked());
        assertThat(stored.get(3)).startsWith(cipher.activeKeyId() + ":");
        assertThat(stored.get(4)).isEqualTo(cipher.lookupHash(Field.PHONE, PHONE));
        assertThat(plainColumns()).isEmpty();
        assertThat(registry.find(new HouseholdId(HOUSEHOLD)).orElseThrow().members().get(0))
                .satisfies(
                        m -> {
                            assertThat(m.id()).isEqualTo(head.id());
                            assertThat(m.phone()).contains(PHONE);
                        });
    }

    /** Columns that would hold an identity number or a phone number in plain text. */
    private List<String> plainColumns() {
        return jdbc.sql(
                        """
                        SELECT table_name || '.' || column_name FROM information_schema.columns
                        WHERE table_schema = 'public' AND column_name IN ('id_number', 'phone')
                        """)
                .query(String.class)
                .list();
    }

    @Test
    void aDepartmentRecordKeepsItsPersonEncryptedAndOutOfThePayload() throws Exception {
        fixtures.clearFeedsAndCases();
        String batch =
                """
                {"events": [{"eventId": "ENC-1", "source": "MEDICAL_INSURANCE",
                  "type": "MEDICAL_SETTLEMENT", "idNumber": "%s", "occurredOn": "2024-08-15",
                  "outOfPocket": "900.00"}]}
                """
                        .formatted(STRANGER);

        mvc.perform(
                        post("/api/v1/events")
                                .header(
                                        "Authorization",
                                        "Bearer " + fixtures.tokenFor(Source.MEDICAL_INSURANCE))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(batch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unmatched").value(1));

        String row =
                jdbc.sql("SELECT row_to_json(e)::text FROM ingest_event e")
                        .query(String.class)
                        .single();
        assertThat(row).doesNotContain(STRANGER).contains("411122********0316");
        assertThat(jdbc.sql("SELECT id_number_hash FROM ingest_event").query(String.class).single())
                .isEqualTo(cipher.lookupHash(Field.IDENTITY_NUMBER, STRANGER));
        assertThat(
                        jdbc.sql("SELECT jsonb_exists(payload, 'idNumber') FROM ingest_event")
                                .query(Boolean.class)
                                .single())
                .isFalse();
    }

    @Test
    void aPersonIsFoundByTheKeyedHashOfTheirIdentityNumberOrPhoneNumber() throws Exception {
        assertThat(registry.householdOf(head.id())).contains(new HouseholdId(HOUSEHOLD));

        mvc.perform(get("/api/v1/households").param("q", head.id().value()).with(as(town)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(HOUSEHOLD)));
        mvc.perform(get("/api/v1/households").param("q", PHONE).with(as(town)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(HOUSEHOLD));
        mvc.perform(get("/api/v1/households").param("q", "13912345679").with(as(town)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aKeyRotationReEncryptsEveryValueAndWhatWasSealedBeforeStaysReadable() throws Exception {
        String before = idCipherOf(HOUSEHOLD);
        String sealedBefore = cipher.seal(Field.PHONE, PHONE).ciphertext();
        String hashBefore = cipher.lookupHash(Field.IDENTITY_NUMBER, head.id().value());
        long mark = fixtures.auditMark();

        KeyRotation.Report report = rotation.rotate(2);

        String active = report.activeKey();
        assertThat(cipher.activeKeyId()).isEqualTo(active);
        assertThat(report.keys()).hasSizeGreaterThanOrEqualTo(2).endsWith(active);
        assertThat(report.reencrypted().get("registry_member")).isPositive();
        assertThat(idCipherOf(HOUSEHOLD)).startsWith(active + ":").isNotEqualTo(before);
        assertThat(
                        jdbc.sql(
                                        """
                                        SELECT (SELECT count(*) FROM registry_member
                                                WHERE id_number_cipher NOT LIKE :a
                                                   OR phone_cipher NOT LIKE :a)
                                             + (SELECT count(*) FROM ingest_event
                                                WHERE id_number_cipher NOT LIKE :a)
                                        """)
                                .param("a", active + ":%")
                                .query(Long.class)
                                .single())
                .isZero();
        assertThat(cipher.open(Field.PHONE, sealedBefore)).isEqualTo(PHONE);
        assertThat(cipher.lookupHash(Field.IDENTITY_NUMBER, head.id().value()))
                .isEqualTo(hashBefore);
        assertThat(registry.householdOf(head.id())).contains(new HouseholdId(HOUSEHOLD));
        Household read = registry.find(new HouseholdId(HOUSEHOLD)).orElseThrow();
        assertThat(read.members().get(0).id()).isEqualTo(head.id());
        assertThat(read.members().get(0).phone()).contains(PHONE);
        String keyFile = Files.readString(((KeyringStore.KeyFile) keys).path());
        assertThat(keyFile).contains("active=" + active, "key." + active + "=", "key.k1=");
        assertThat(rotation.reencrypt(10)).allSatisfy((table, rows) -> assertThat(rows).isZero());
        assertThat(fixtures.auditedSince(mark, "keyring"))
                .extracting(AuditEntry::action, AuditEntry::subjectId)
                .containsExactly(tuple("DATA_KEY_ROTATED", active));
    }

    @Test
    void aCiphertextAlteredInTheDatabaseIsDetectedAndNeverShown() throws Exception {
        String tamperedHousehold = "ENC-FC-TAMPER";
        Member member =
                Members.aMember().named("石玉兰").bornOn(BORN).female().withSequence(72).build();
        registry.register(
                Households.aHousehold()
                        .withId(tamperedHousehold)
                        .in(CaseFixtures.VILLAGE.value())
                        .dibao()
                        .withMember(member)
                        .build());
        try {
            String ciphertext = idCipherOf(tamperedHousehold);
            int colon = ciphertext.indexOf(':');
            byte[] bytes = Base64.getDecoder().decode(ciphertext.substring(colon + 1));
            bytes[bytes.length - 20] ^= 0x20;
            jdbc.sql("UPDATE registry_member SET id_number_cipher = :c WHERE household_id = :h")
                    .param(
                            "c",
                            ciphertext.substring(0, colon + 1)
                                    + Base64.getEncoder().encodeToString(bytes))
                    .param("h", tamperedHousehold)
                    .update();

            assertThatThrownBy(() -> registry.find(new HouseholdId(tamperedHousehold)))
                    .isInstanceOf(TamperedDataException.class)
                    .hasMessageContaining("failed its integrity check");
            mvc.perform(get("/api/v1/households/" + tamperedHousehold).with(as(town)))
                    .andExpect(status().isInternalServerError())
                    .andExpect(content().string(not(containsString(member.id().value()))))
                    .andExpect(content().string(not(containsString("石玉兰"))));
        } finally {
            jdbc.sql("DELETE FROM registry_household WHERE id = :h")
                    .param("h", tamperedHousehold)
                    .update();
        }
    }

    private String idCipherOf(String household) {
        return jdbc.sql("SELECT id_number_cipher FROM registry_member WHERE household_id = :h")
                .param("h", household)
                .query(String.class)
                .single();
    }
}
