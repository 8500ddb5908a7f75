package org.tuodi.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.Members;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.Member;
import org.tuodi.data.cli.Tuodi;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * tuodi keys: an administrator creates the keys of a data folder, serves, stops, rotates the keys
 * and serves again; the server without keys refuses to start. Each test starts the application on a
 * data folder of its own, as {@code tuodi serve --data-dir} does.
 */
@DisplayName("tuodi keys init and rotate on a data folder")
class KeyCommandsIT {

    static final String NO_SWEEP = "--tuodi.sweep.cron=-";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int tuodi(String... args) {
        return TuodiCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                (profile, springArgs) -> {
                    throw new AssertionError("no server is started by tuodi keys");
                });
    }

    private static ConfigurableApplicationContext serve(Path data) {
        return new SpringApplicationBuilder(TuodiApplication.class)
                .run(
                        "--server.port=0",
                        "--tuodi.db.data-dir=" + data.resolve("postgres"),
                        NO_SWEEP);
    }

    @Test
    void aRotatedDataFolderIsReEncryptedAndTheServerStillReadsItsHouseholds(@TempDir Path data)
            throws Exception {
        Member head =
                Members.aMember()
                        .named("郑国强")
                        .bornOn(LocalDate.of(1970, 1, 5))
                        .male()
                        .withSequence(31)
                        .withPhone("13700001111")
                        .build();
        Household household =
                Households.aHousehold()
                        .withId("KEYS-1")
                        .in("411122101201")
                        .dibao()
                        .withMember(head)
                        .build();
        assertThat(tuodi("keys", "init", "--data-dir", data.toString())).isEqualTo(Tuodi.OK);
        try (ConfigurableApplicationContext first = serve(data)) {
            first.getBean(HouseholdRegistry.class).register(household);
            assertThat(keyIds(first)).containsExactly("k1");
        }

        int rotated =
                tuodi("keys", "rotate", "--data-dir", data.toString(), "--batch", "1", NO_SWEEP);

        assertThat(rotated).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Tuodi.OK);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("keys rotated: active key k2, keys [k1, k2]")
                .contains("registry_member=1");
        assertThat(Files.readString(data.resolve("keys.properties")))
                .contains("active=k2", "key.k1=", "key.k2=");
        try (ConfigurableApplicationContext second = serve(data)) {
            assertThat(keyIds(second)).containsExactly("k2");
            Household read =
                    second.getBean(HouseholdRegistry.class).find(household.id()).orElseThrow();
            assertThat(read.members().get(0).id()).isEqualTo(head.id());
            assertThat(read.members().get(0).phone()).contains("13700001111");
            assertThat(second.getBean(HouseholdRegistry.class).householdOf(head.id()))
                    .contains(household.id());
        }
    }

    /** The key ids the stored identity and phone numbers name. */
    private static List<String> keyIds(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class)
                .sql(
                        """
                        SELECT DISTINCT split_part(c, ':', 1) FROM (
                            SELECT id_number_cipher AS c FROM registry_member
                            UNION ALL SELECT phone_cipher FROM registry_member
                                WHERE phone_cipher IS NOT NULL) s
                        """)
                .query(String.class)
                .list();
    }

    @Test
    void aServerWithoutKeysDoesNotStartAndSaysWhatToDo(@TempDir Path data) {
        assertThatThrownBy(() -> serve(data).close())
                .hasStackTraceContaining(
                        "no data keys: the key file "
                                + data.toAbsolutePath().resolve("keys.properties")
                                + " does not exist")
                .hasStackTraceContaining("tuodi keys init");
        assertThat(data.resolve("keys.properties")).doesNotExist();
    }

    @Test
    void aKeyFileMadeAnewForAFolderWithDataStopsTheServerAtStartUp(@TempDir Path data)
            throws Exception {
        assertThat(tuodi("keys", "init", "--data-dir", data.toString())).isEqualTo(Tuodi.OK);
        try (ConfigurableApplicationContext first = serve(data)) {
            first.getBean(HouseholdRegistry.class)
                    .register(
                            Households.aHousehold()
                                    .withId("KEYS-2")
                                    .in("411122101201")
                                    .dibao()
                                    .withMember(Members.aMember().named("郑秀梅").withSequence(33))
                                    .build());
        }
        Files.delete(data.resolve("keys.properties"));
        assertThat(tuodi("keys", "init", "--data-dir", data.toString())).isEqualTo(Tuodi.OK);

        assertThatThrownBy(() -> serve(data).close())
                .hasStackTraceContaining("do not open the numbers stored in registry_member")
                .hasStackTraceContaining("Start with the keys that belong to this database");
    }
}
