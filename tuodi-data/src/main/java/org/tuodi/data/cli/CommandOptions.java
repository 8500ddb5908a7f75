package org.tuodi.data.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line options as {@code scan} reads them: {@code --name value} or {@code --name=value},
 * each at most once, every value non-blank. {@code generate} uses this; {@code scan} has the same
 * rules in its own copy.
 */
final class CommandOptions {

    private CommandOptions() {}

    /**
     * The options by name.
     *
     * @throws UsageException for an unknown, repeated or missing option, or one without a value
     */
    static Map<String, String> parse(String[] args, List<String> known, List<String> required)
            throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (!name.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            if (!known.contains(name)) {
                throw new UsageException("unknown option '" + name + "'");
            }
            String value;
            if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new UsageException("option " + name + " needs a value");
            }
            if (value.isBlank()) {
                throw new UsageException("option " + name + " needs a value");
            }
            if (options.put(name, value) != null) {
                throw new UsageException("option " + name + " is given twice");
            }
        }
        for (String name : required) {
            if (!options.containsKey(name)) {
                throw new UsageException("missing required option " + name);
            }
        }
        return options;
    }
}
