package org.tuodi.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tuodi.data.cli.Tuodi;
import org.tuodi.server.platform.internal.KeyRotation;
import org.tuodi.server.platform.internal.Keyring;
import org.tuodi.server.platform.internal.KeyringStore;

/**
 * {@code tuodi keys}: the data keys (docs/security.md, "Keys"). {@code keys init} writes a new key
 * file (0600); {@code keys rotate} starts the server's application on its database (the server
 * itself stopped), adds a new active data key to the key file and re-encrypts every stored value
 * with it, batch after batch, then stops.
 */
final class KeysCommand {

    static final String SYNOPSIS =
            String.join(
                    System.lineSeparator(),
                    "  tuodi keys init (--key-file PATH | --data-dir DIR)",
                    "  tuodi keys rotate [--data-dir DIR] [--key-file PATH] [--batch N]"
                            + " [--NAME=VALUE ...]",
                    "");

    static final String HELP =
            String.join(
                    System.lineSeparator(),
                    "keys init: writes a new key file (one data key, one lookup key; readable by"
                            + " its owner only).",
                    "  Without --key-file it is DIR/keys.properties, where serve looks by default.",
                    "keys rotate: with the server stopped, adds a new data key to the key file,"
                            + " makes it the one",
                    "  that encrypts, and re-encrypts every identity and phone number with it"
                            + " (older keys stay to",
                    "  decrypt). Same --data-dir and settings as serve; --batch N rows a"
                            + " transaction (default 500).",
                    "",
                    "");

    private static final int DEFAULT_BATCH = 500;
    private static final int MAX_BATCH = 100_000;

    /** Runs the rotation in an application context on the settings; returns its report line. */
    @FunctionalInterface
    interface Rotation {
        String rotate(String[] springArgs, int batch);
    }

    private KeysCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err, Rotation rotation) {
        if (args.length < 2 || !(args[1].equals("init") || args[1].equals("rotate"))) {
            err.println("tuodi: keys needs 'init' or 'rotate'");
            return Tuodi.USAGE;
        }
        List<String> rest = new ArrayList<>();
        String keyFile = null;
        int batch = DEFAULT_BATCH;
        try {
            for (int i = 2; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--key-file") || arg.equals("--batch")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("option " + arg + " needs a value");
                    }
                    String value = args[++i];
                    if (arg.equals("--key-file")) {
                        keyFile = value;
                    } else {
                        batch = batch(value);
                    }
                } else {
                    rest.add(arg);
                }
            }
            if (keyFile != null) {
                rest.add("--tuodi.crypto.key-file=" + Path.of(keyFile).toAbsolutePath());
            }
            String[] springArgs = ServerArguments.parse("serve", rest.toArray(String[]::new));
            if (args[1].equals("init")) {
                return init(springArgs, out, err);
            }
            out.println(rotation.rotate(springArgs, batch));
            return Tuodi.OK;
        } catch (IllegalArgumentException e) {
            err.println("tuodi: " + e.getMessage());
            err.println("Run 'tuodi help' for usage.");
            return Tuodi.USAGE;
        } catch (RuntimeException e) {
            err.println("tuodi: keys " + args[1] + " failed: " + e.getMessage());
            return Tuodi.FAILURE;
        }
    }

    private static int batch(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= MAX_BATCH) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException(
                "option --batch needs a whole number from 1 to " + MAX_BATCH + ": '" + value + "'");
    }

    private static int init(String[] springArgs, PrintStream out, PrintStream err) {
        Path file = null;
        for (String arg : springArgs) {
            if (arg.startsWith("--tuodi.crypto.key-file=")) {
                file = Path.of(arg.substring(arg.indexOf('=') + 1));
            } else if (arg.startsWith("--" + ServerArguments.DATA_DIR + "=") && file == null) {
                file =
                        Path.of(arg.substring(arg.indexOf('=') + 1))
                                .getParent()
                                .resolve("keys.properties");
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("keys init needs --key-file PATH or --data-dir DIR");
        }
        if (Files.exists(file)) {
            err.println(
                    "tuodi: the key file "
                            + file
                            + " exists already; it is not replaced (its keys decrypt the data)");
            return Tuodi.FAILURE;
        }
        new KeyringStore.KeyFile(file).save(Keyring.generate(new SecureRandom()));
        out.println("key file written: " + file + " (readable by its owner only)");
        return Tuodi.OK;
    }

    /** The rotation in the server application: random port, no sweep, closed when done. */
    static String rotateWithSpring(String[] springArgs, int batch) {
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(TuodiApplication.class)
                        .properties("server.port=0", "tuodi.sweep.cron=-")
                        .run(springArgs)) {
            KeyRotation.Report report = context.getBean(KeyRotation.class).rotate(batch);
            return "keys rotated: active key "
                    + report.activeKey()
                    + ", keys "
                    + report.keys()
                    + ", re-encrypted "
                    + report.reencrypted();
        }
    }
}
