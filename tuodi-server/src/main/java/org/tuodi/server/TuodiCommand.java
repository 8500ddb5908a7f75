package org.tuodi.server;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.tuodi.data.cli.Tuodi;

/**
 * 托底 command line, the main of the server jar ({@code ./tuodi}): {@code tuodi serve} starts the
 * platform server, {@code tuodi demo} starts it with a demo county and a feed simulator, {@code
 * tuodi keys init|rotate} manage the data keys ({@link KeysCommand}), {@code tuodi audit verify}
 * checks the audit trail's hash chain ({@link AuditVerifyCommand}), and the data commands ({@code
 * scan}, {@code generate}) are handed to {@link Tuodi}, so one jar does everything. Exit codes are
 * those of {@link Tuodi}: 0 success, 1 failure, 2 usage error; a server that started keeps running
 * until stopped (Ctrl-C).
 */
public final class TuodiCommand {

    /** What {@link #run} answers when a server was started: the process must go on, not exit. */
    static final int SERVING = -1;

    private static final List<String> DATA_COMMANDS = List.of("scan", "generate");
    private static final List<String> HELP = List.of("help", "--help", "-h");

    static final String SERVER_SYNOPSIS =
            String.join(
                    System.lineSeparator(),
                    "  tuodi serve [--port N] [--data-dir DIR] [--NAME=VALUE ...]",
                    "  tuodi demo [--port N] [--data-dir DIR] [--speed N] [--NAME=VALUE ...]",
                    AuditVerifyCommand.SYNOPSIS,
                    "");

    static final String SERVER_HELP =
            String.join(
                            System.lineSeparator(),
                            "serve: starts the platform server (REST API under /api/v1, OpenAPI at"
                                    + " /v3/api-docs) on an",
                            "embedded PostgreSQL that keeps its data in DIR/postgres across restarts."
                                    + " No user exists",
                            "until one is created (--tuodi.bootstrap.admin-password=..., see"
                                    + " docs/server-demo.md).",
                            "  --port N           HTTP port (default 8080, or $PORT; 0 picks a free port)",
                            "  --data-dir DIR     data folder (default ./tuodi-data-dir)",
                            "  --NAME=VALUE       any server setting, e.g. --tuodi.db.embedded=false",
                            "                     --spring.datasource.url=jdbc:postgresql://HOST/DB"
                                    + " (external PostgreSQL)",
                            "",
                            "demo: serve, and on an empty database it loads the demo county (临颍县: its"
                                    + " towns and villages,",
                            "generated households, demo users for every role) and runs a feed simulator"
                                    + " sending department",
                            "records so that alerts appear. Prints the URL and the demo sign-ins."
                                    + " Stop with Ctrl-C.",
                            "  --speed N          records a minute the simulator sends (default 60;"
                                    + " 0 stops it)",
                            "",
                            "")
                    + AuditVerifyCommand.HELP;

    /** Starts the server application with a profile and Spring arguments; throws if it fails. */
    @FunctionalInterface
    interface Server {
        void start(String profile, String[] springArgs);
    }

    private TuodiCommand() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err, TuodiCommand::startSpring);
        if (code != SERVING) {
            System.exit(code);
        }
    }

    /**
     * Runs a command; returns its exit code, or {@link #SERVING} once a server has started. Data
     * commands write to {@code out} and {@code err} as {@link Tuodi#run} does.
     */
    static int run(String[] args, PrintStream out, PrintStream err, Server server) {
        return run(args, out, err, server, KeysCommand::rotateWithSpring);
    }

    /** As {@link #run(String[], PrintStream, PrintStream, Server)}, with the key rotation given. */
    static int run(
            String[] args,
            PrintStream out,
            PrintStream err,
            Server server,
            KeysCommand.Rotation rotation) {
        return run(args, out, err, server, rotation, AuditVerifyCommand::verifyWithSpring);
    }

    /** As {@link #run(String[], PrintStream, PrintStream, Server)}, with everything given. */
    static int run(
            String[] args,
            PrintStream out,
            PrintStream err,
            Server server,
            KeysCommand.Rotation rotation,
            AuditVerifyCommand.Verifier verifier) {
        if (args.length == 0) {
            err.print(usage());
            return Tuodi.USAGE;
        }
        String command = args[0];
        if (HELP.contains(command)) {
            out.print(usage());
            return Tuodi.OK;
        }
        if (DATA_COMMANDS.contains(command)) {
            return Tuodi.run(args, out, err);
        }
        if (command.equals("keys")) {
            return KeysCommand.run(args, out, err, rotation);
        }
        if (command.equals("audit")) {
            return AuditVerifyCommand.run(
                    Arrays.copyOfRange(args, 1, args.length), out, err, verifier);
        }
        if (!command.equals("serve") && !command.equals("demo")) {
            err.println("tuodi: unknown command '" + command + "'");
            err.print(usage());
            return Tuodi.USAGE;
        }
        String[] springArgs;
        try {
            springArgs = ServerArguments.parse(command, Arrays.copyOfRange(args, 1, args.length));
        } catch (IllegalArgumentException e) {
            err.println("tuodi: " + e.getMessage());
            err.println("Run 'tuodi help' for usage.");
            return Tuodi.USAGE;
        }
        try {
            server.start(command, springArgs);
            return SERVING;
        } catch (RuntimeException e) {
            err.println("tuodi: the server did not start: " + e.getMessage());
            return Tuodi.FAILURE;
        }
    }

    /**
     * The usage of every command: the data commands' text from {@link Tuodi} with serve and demo
     * added to its synopsis and described before the data commands.
     */
    static String usage() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        Tuodi.run(new String[] {"help"}, capture, capture);
        String data = buffer.toString(StandardCharsets.UTF_8);
        String nl = System.lineSeparator();
        String header = "Usage:" + nl;
        int synopsisEnd = data.indexOf(nl + nl);
        if (!data.startsWith(header) || synopsisEnd < 0) {
            return header
                    + SERVER_SYNOPSIS
                    + KeysCommand.SYNOPSIS
                    + nl
                    + SERVER_HELP
                    + KeysCommand.HELP
                    + data;
        }
        return header
                + SERVER_SYNOPSIS
                + KeysCommand.SYNOPSIS
                + data.substring(header.length(), synopsisEnd + nl.length())
                + nl
                + SERVER_HELP
                + KeysCommand.HELP
                + data.substring(synopsisEnd + 2 * nl.length());
    }

    private static void startSpring(String profile, String[] springArgs) {
        new SpringApplicationBuilder(TuodiApplication.class).profiles(profile).run(springArgs);
    }
}
