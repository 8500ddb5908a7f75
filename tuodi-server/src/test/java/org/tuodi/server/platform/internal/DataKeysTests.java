package org.tuodi.server.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("数据密钥: where the server's keys come from, and when it refuses to start")
class DataKeysTests {

    final SecureRandom random = new SecureRandom();

    @Test
    void aServerWithoutKeysOutsideDemoModeDoesNotStartAndSaysWhatToDo(@TempDir Path data) {
        String dataDir = data.resolve("postgres").toString();

        assertThatThrownBy(() -> DataKeys.choose("", "", dataDir, false, random))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(
                        "no data keys: the key file " + data.resolve("keys.properties"))
                .hasMessageContaining("tuodi keys init")
                .hasMessageContaining("TUODI_CRYPTO_KEYS");
        assertThatThrownBy(() -> DataKeys.choose("", "", "", false, random))
                .hasMessageContaining("no key file is configured and the database is temporary");
        assertThat(data.resolve("keys.properties")).doesNotExist();
    }

    @Test
    void demoModeCreatesItsKeyFileInTheDataFolderReadableByItsOwnerOnly(@TempDir Path data)
            throws IOException {
        KeyringStore store =
                DataKeys.choose("", "", data.resolve("postgres").toString(), true, random);

        Path file = data.resolve("keys.properties");
        assertThat(store).isEqualTo(new KeyringStore.KeyFile(file));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(store.load().ids()).containsExactly("k1");
        assertThat(
                        DataKeys.choose("", "", data.resolve("postgres").toString(), true, random)
                                .load()
                                .format())
                .as("a second start reads the same keys")
                .isEqualTo(store.load().format());
    }

    @Test
    void keysGivenInTheConfigurationAreUsedAndCannotBeRotatedInPlace() {
        String inline = Keyring.generate(random).format().replace("\n", ";");

        KeyringStore store = DataKeys.choose(inline, "", "", false, random);

        assertThat(store.load().ids()).containsExactly("k1");
        assertThatThrownBy(() -> store.save(store.load().withNewActiveKey(random)))
                .hasMessageContaining("a rotation needs a key file");
        assertThatThrownBy(() -> DataKeys.choose(inline, "/tmp/k", "", false, random))
                .hasMessageContaining("not both");
    }

    @Test
    void aRotatedKeyFileIsRewrittenWholeAndStaysOwnerOnly(@TempDir Path dir) throws IOException {
        KeyringStore.KeyFile store = new KeyringStore.KeyFile(dir.resolve("keys.properties"));
        store.save(Keyring.generate(random));

        store.save(store.load().withNewActiveKey(random));

        assertThat(store.load().ids()).containsExactly("k1", "k2");
        assertThat(store.looseningOfPermissions()).isEmpty();
        assertThat(dir.resolve("keys.properties.new")).doesNotExist();
        Files.setPosixFilePermissions(store.path(), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(store.looseningOfPermissions()).contains("rw-r--r--");
    }
}
