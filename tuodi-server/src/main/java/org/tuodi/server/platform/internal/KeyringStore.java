package org.tuodi.server.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Where the keyring lives: a key file (readable by its owner only, 0600), which a rotation
 * rewrites, or a fixed keyring given in the configuration ({@code tuodi.crypto.keys}), which it
 * cannot.
 */
public sealed interface KeyringStore {

    Keyring load();

    /** Replaces the stored keyring, or explains why this store cannot. */
    void save(Keyring keyring);

    /** Where, for messages and logs (a path or "configuration"), never key material. */
    String describe();

    /** A key file. */
    record KeyFile(Path path) implements KeyringStore {

        private static final Set<PosixFilePermission> OWNER_ONLY =
                PosixFilePermissions.fromString("rw-------");

        @Override
        public Keyring load() {
            try {
                return Keyring.parse(
                        Files.readString(path, StandardCharsets.UTF_8), "key file " + path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the key file " + path, e);
            }
        }

        /** Whether others than the owner may read or write the file (POSIX file systems only). */
        public Optional<String> looseningOfPermissions() {
            if (!posix()) {
                return Optional.empty();
            }
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
                boolean loose = permissions.stream().anyMatch(p -> !OWNER_ONLY.contains(p));
                return loose
                        ? Optional.of(PosixFilePermissions.toString(permissions))
                        : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the permissions of " + path, e);
            }
        }

        /** Writes the keyring to a new file (0600) next to it, then moves it into place. */
        @Override
        public void save(Keyring keyring) {
            try {
                Path dir = path.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                Path temporary = dir.resolve(path.getFileName() + ".new");
                Files.deleteIfExists(temporary);
                if (posix()) {
                    Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } else {
                    Files.createFile(temporary);
                }
                Files.writeString(temporary, keyring.format(), StandardCharsets.UTF_8);
                try {
                    Files.move(
                            temporary,
                            path,
                            StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the key file " + path, e);
            }
        }

        @Override
        public String describe() {
            return "key file " + path;
        }

        private static boolean posix() {
            return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        }
    }

    /** A keyring given in the configuration, or made for a temporary database. */
    record Fixed(Keyring keyring, String origin) implements KeyringStore {

        @Override
        public Keyring load() {
            return keyring;
        }

        @Override
        public void save(Keyring next) {
            throw new IllegalStateException(
                    "the keys come from "
                            + origin
                            + ", which cannot be rewritten: a rotation needs a key file"
                            + " (tuodi.crypto.key-file)");
        }

        @Override
        public String describe() {
            return origin;
        }
    }
}
