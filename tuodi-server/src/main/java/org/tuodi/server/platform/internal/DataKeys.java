package org.tuodi.server.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 数据密钥: where the keyring comes from, decided once at start-up (docs/security.md, "Keys"):
 *
 * <ol>
 *   <li>{@code tuodi.crypto.keys} (or the environment variable {@code TUODI_CRYPTO_KEYS}): the
 *       keyring's text with {@code ;} between lines;
 *   <li>else {@code tuodi.crypto.key-file}: a key file;
 *   <li>else the file {@code keys.properties} of the data folder (next to {@code postgres}).
 * </ol>
 *
 * A key file that does not exist is created (0600) only when {@code tuodi.crypto.create-key-file}
 * is true, as {@code tuodi demo} sets it; with a temporary database and no key file the demo makes
 * a keyring that lives as long as the database. Otherwise the server does not start, and says why.
 */
@Configuration(proxyBeanMethods = false)
class DataKeys {

    static final String KEY_FILE_NAME = "keys.properties";

    private static final Logger log = LoggerFactory.getLogger(DataKeys.class);

    @Bean
    KeyringStore keyringStore(
            @Value("${tuodi.crypto.keys:}") String inline,
            @Value("${tuodi.crypto.key-file:}") String keyFile,
            @Value("${tuodi.db.data-dir:}") String dataDir,
            @Value("${tuodi.crypto.create-key-file:false}") boolean create) {
        SecureRandom random = new SecureRandom();
        KeyringStore store = choose(inline, keyFile, dataDir, create, random);
        log.info("data_keys=loaded source=\"{}\" keyring={}", store.describe(), store.load());
        return store;
    }

    static KeyringStore choose(
            String inline, String keyFile, String dataDir, boolean create, SecureRandom random) {
        if (!inline.isBlank()) {
            if (!keyFile.isBlank()) {
                throw new IllegalStateException(
                        "data keys: give either tuodi.crypto.keys or tuodi.crypto.key-file, not both");
            }
            return new KeyringStore.Fixed(
                    Keyring.parse(inline, "tuodi.crypto.keys"), "tuodi.crypto.keys");
        }
        Path file = keyFile.isBlank() ? defaultKeyFile(dataDir) : Path.of(keyFile);
        if (file == null) {
            if (create) {
                return new KeyringStore.Fixed(
                        Keyring.generate(random), "a keyring made for the temporary database");
            }
            throw missing("no key file is configured and the database is temporary");
        }
        KeyringStore.KeyFile store = new KeyringStore.KeyFile(file.toAbsolutePath().normalize());
        if (!Files.exists(store.path())) {
            if (!create) {
                throw missing("the key file " + store.path() + " does not exist");
            }
            store.save(Keyring.generate(random));
            log.info("data_keys=created key_file={} permissions=rw-------", store.path());
        }
        store.looseningOfPermissions()
                .ifPresent(
                        p ->
                                log.warn(
                                        "data_keys=loose_permissions key_file={} permissions={}"
                                                + " hint=\"chmod 600 the key file\"",
                                        store.path(),
                                        p));
        return store;
    }

    private static Path defaultKeyFile(String dataDir) {
        if (dataDir.isBlank()) {
            return null;
        }
        Path parent = Path.of(dataDir).toAbsolutePath().getParent();
        return parent == null ? null : parent.resolve(KEY_FILE_NAME);
    }

    private static IllegalStateException missing(String why) {
        return new IllegalStateException(
                "no data keys: "
                        + why
                        + ". Identity and phone numbers are stored encrypted and the server needs"
                        + " its keys: create a key file with 'tuodi keys init --key-file PATH' and"
                        + " set tuodi.crypto.key-file=PATH, or set TUODI_CRYPTO_KEYS"
                        + " (docs/security.md, \"Keys\"). 'tuodi demo' creates its own.");
    }

    @Bean
    KeyringCipher personalDataCipher(KeyringStore store) {
        return new KeyringCipher(store.load(), new SecureRandom());
    }
}
