package org.tuodi.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.tuodi.data.cli.Tuodi;
import org.tuodi.server.platform.AuditChain;
import org.tuodi.server.platform.AuditChain.Anchor;
import org.tuodi.server.platform.AuditChain.Verification;
import org.tuodi.server.platform.EmbeddedDatabase;

/**
 * {@code tuodi audit verify}: checks the audit trail's hash chain in the configured database (the
 * embedded one in {@code --data-dir}, or an external one given by {@code --tuodi.db.embedded=false
 * --spring.datasource.url=...}). Prints {@code audit chain OK} with the number of entries checked
 * and the head (exit 0), or the first broken link (exit 1). It starts only a data source, no server
 * and no migrations; the embedded database cannot be open in a running server at the same time.
 */
final class AuditVerifyCommand {

    static final String PROFILE = "audit-verify";

    /** The embedded database's folder when none is given (application.properties). */
    static final String DEFAULT_DATA_DIR = "tuodi-data-dir/postgres";

    static final String SYNOPSIS =
            "  tuodi audit verify [--data-dir DIR] [--anchor SEQ:HASH ...] [--NAME=VALUE ...]";

    static final String HELP =
            String.join(
                    System.lineSeparator(),
                    "audit verify: checks the audit trail's hash chain entry by entry and names the"
                            + " first broken",
                    "link (exit 1), or prints the entries checked and the chain head (exit 0)."
                            + " Stop a server on the",
                    "same embedded database first.",
                    "  --data-dir DIR     data folder of the embedded database (default"
                            + " ./tuodi-data-dir)",
                    "  --anchor SEQ:HASH  a head printed earlier: that entry must still have that"
                            + " hash",
                    "  --NAME=VALUE       any server setting, e.g. --tuodi.db.embedded=false"
                            + " --spring.datasource.url=...",
                    "",
                    "");

    /** Runs the check on a data source made from the Spring arguments; returns the outcome. */
    @FunctionalInterface
    interface Verifier {
        Verification verify(String[] springArgs, List<Anchor> anchors);
    }

    private AuditVerifyCommand() {}

    /** {@code args} are those after {@code audit}. */
    static int run(String[] args, PrintStream out, PrintStream err, Verifier verifier) {
        if (args.length == 0 || !args[0].equals("verify")) {
            err.println(
                    "tuodi: "
                            + (args.length == 0
                                    ? "audit needs a subcommand"
                                    : "unknown audit subcommand '" + args[0] + "'")
                            + ": tuodi audit verify");
            return Tuodi.USAGE;
        }
        List<Anchor> anchors = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        String[] springArgs;
        try {
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--anchor=")) {
                    anchors.add(Anchor.parse(arg.substring("--anchor=".length())));
                } else if (arg.equals("--anchor")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("option --anchor needs a value");
                    }
                    anchors.add(Anchor.parse(args[++i]));
                } else if (arg.equals("--port") || arg.startsWith("--port=")) {
                    throw new IllegalArgumentException("option --port is for serve and demo");
                } else {
                    rest.add(arg);
                }
            }
            springArgs = ServerArguments.parse("audit", rest.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            err.println("tuodi: " + e.getMessage());
            err.println("Run 'tuodi help' for usage.");
            return Tuodi.USAGE;
        }
        Verification result;
        try {
            result = verifier.verify(springArgs, anchors);
        } catch (RuntimeException e) {
            err.println("tuodi: the audit trail could not be read: " + rootMessage(e));
            return Tuodi.FAILURE;
        }
        if (result.intact()) {
            out.println(
                    "audit chain OK: "
                            + result.checked()
                            + " entries checked, head seq "
                            + result.headSeq()
                            + " hash "
                            + result.headHash());
            return Tuodi.OK;
        }
        err.println(
                "audit chain BROKEN after "
                        + result.checked()
                        + " intact entries: "
                        + result.brokenLink().orElseThrow());
        return Tuodi.FAILURE;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message =
                root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (message.contains("seq") && message.contains("does not exist")) {
            return message
                    + " (the database predates the audit chain: start the server once so"
                    + " that it migrates)";
        }
        return message;
    }

    /** The real verifier: a Spring context with only a data source and the chain check. */
    static Verification verifyWithSpring(String[] springArgs, List<Anchor> anchors) {
        requireEmbeddedDatabase(springArgs);
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(VerifyConfiguration.class)
                        .profiles(PROFILE)
                        .web(WebApplicationType.NONE)
                        .bannerMode(Banner.Mode.OFF)
                        .logStartupInfo(false)
                        .properties("logging.level.root=WARN")
                        .run(springArgs)) {
            return context.getBean(AuditChain.class).verify(anchors);
        }
    }

    /**
     * With the embedded database, its folder must hold one: the check must not start an empty
     * database (and report an empty trail) in a mistyped folder.
     */
    private static void requireEmbeddedDatabase(String[] springArgs) {
        String embedded = "true";
        String dataDir = DEFAULT_DATA_DIR;
        for (String arg : springArgs) {
            if (arg.startsWith("--tuodi.db.embedded=")) {
                embedded = arg.substring("--tuodi.db.embedded=".length());
            } else if (arg.startsWith("--" + ServerArguments.DATA_DIR + "=")) {
                dataDir = arg.substring(ServerArguments.DATA_DIR.length() + 3);
            }
        }
        if (!"true".equalsIgnoreCase(embedded.strip()) || dataDir.isBlank()) {
            return;
        }
        Path folder = Path.of(dataDir).toAbsolutePath().normalize();
        if (!Files.isRegularFile(folder.resolve("PG_VERSION"))) {
            throw new IllegalStateException(
                    "there is no database in "
                            + folder
                            + " (give the server's data folder with --data-dir DIR)");
        }
    }

    /** Only in the audit-verify profile, so the server's component scan passes it by. */
    @Configuration(proxyBeanMethods = false)
    @Profile(PROFILE)
    @ImportAutoConfiguration({
        DataSourceAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class,
        JdbcClientAutoConfiguration.class
    })
    @Import({EmbeddedDatabase.class, AuditChain.class})
    static class VerifyConfiguration {}
}
