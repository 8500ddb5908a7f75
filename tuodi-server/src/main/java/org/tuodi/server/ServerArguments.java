package org.tuodi.server;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The options of {@code tuodi serve} and {@code tuodi demo}, turned into Spring Boot arguments:
 * {@code --port N} sets {@code server.port}, {@code --data-dir DIR} sets {@code tuodi.db.data-dir}
 * to {@code DIR/postgres}, {@code --speed N} (demo only) sets {@code tuodi.demo.simulator.speed};
 * any {@code --NAME=VALUE} whose name has a dot is a server setting passed on as it is. Options
 * take their value as the next argument or after '='.
 */
final class ServerArguments {

    static final String PORT = "server.port";
    static final String DATA_DIR = "tuodi.db.data-dir";
    static final String SPEED = "tuodi.demo.simulator.speed";

    /** The PostgreSQL data lives in this folder of the data folder. */
    static final String POSTGRES = "postgres";

    private static final Pattern SETTING = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]*(\\.[\\w-]+)+");
    private static final int MAX_SPEED = 60_000;

    private ServerArguments() {}

    /**
     * The Spring arguments for the command's options.
     *
     * @throws IllegalArgumentException naming the option at fault
     */
    static String[] parse(String command, String[] args) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String key = name.substring(2);
            if (SETTING.matcher(key).matches()) {
                if (equals < 0) {
                    throw new IllegalArgumentException(
                            "a server setting is given as " + name + "=VALUE");
                }
                put(settings, key, arg.substring(equals + 1), name);
                continue;
            }
            String value;
            if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            option(command, name, value, settings);
        }
        List<String> springArgs = new ArrayList<>();
        settings.forEach((key, value) -> springArgs.add("--" + key + "=" + value));
        return springArgs.toArray(String[]::new);
    }

    private static void option(
            String command, String name, String value, Map<String, String> settings) {
        switch (name) {
            case "--port":
                put(settings, PORT, Integer.toString(whole(name, value, 0, 65_535)), name);
                break;
            case "--data-dir":
                put(settings, DATA_DIR, postgresDir(value), name);
                break;
            case "--speed":
                if (!command.equals("demo")) {
                    throw new IllegalArgumentException("option --speed is for tuodi demo only");
                }
                put(settings, SPEED, Integer.toString(whole(name, value, 0, MAX_SPEED)), name);
                break;
            default:
                throw new IllegalArgumentException("unknown option '" + name + "'");
        }
    }

    private static void put(Map<String, String> settings, String key, String value, String name) {
        if (settings.put(key, value) != null) {
            throw new IllegalArgumentException(
                    "option " + name + " is given twice (or also as --" + key + ")");
        }
    }

    private static int whole(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException(
                "option "
                        + name
                        + " needs a whole number from "
                        + min
                        + " to "
                        + max
                        + ": '"
                        + value
                        + "'");
    }

    private static String postgresDir(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("option --data-dir needs a value");
        }
        try {
            return Path.of(value).toAbsolutePath().normalize().resolve(POSTGRES).toString();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("option --data-dir is not a path: '" + value + "'");
        }
    }
}
