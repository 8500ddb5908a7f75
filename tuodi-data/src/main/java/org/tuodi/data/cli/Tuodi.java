package org.tuodi.data.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * 托底 command line: {@code tuodi scan ...} screens households against department records from files
 * (formats.md v1); {@code tuodi generate ...} writes a synthetic province in those formats; {@code
 * tuodi help} prints the usage. Exit codes: 0 success, 1 failure, 2 usage error. No option library:
 * three commands do not need one.
 */
public final class Tuodi {

    /** Exit code of a successful run. */
    public static final int OK = 0;

    /** Exit code when the work could not be done (rule set, file format, I/O). */
    public static final int FAILURE = 1;

    /** Exit code when the command line is wrong. */
    public static final int USAGE = 2;

    static final String USAGE_TEXT =
            String.join(
                    System.lineSeparator(),
                    "Usage:",
                    "  tuodi scan --households FILE --members FILE --events FILE"
                            + " [--rules FILE] [--as-of DATE] --out FILE",
                    "  tuodi generate --province CODE --scale S --months N --seed K [--start DATE]"
                            + " --out DIR",
                    "  tuodi help",
                    "",
                    "scan: screens the monitored households (households.csv, members.csv) against"
                            + " department",
                    "records (events.csv), exchange formats v1, and writes the alerts to --out,"
                            + " with rejects.csv",
                    "and unmatched.csv in the same directory. Prints a key=value report.",
                    "  --households FILE  households.csv",
                    "  --members FILE     members.csv",
                    "  --events FILE      events.csv",
                    "  --rules FILE       rule set file (default: the reference rule set)",
                    "  --as-of DATE       assess up to this date, yyyy-mm-dd (default: the newest"
                            + " occurred_on",
                    "                     among accepted events); later records are counted, not"
                            + " assessed",
                    "  --out FILE         alerts.csv to write (missing directories are created)",
                    "",
                    "generate: writes a synthetic province in exchange formats v1: households.csv,"
                            + " members.csv",
                    "and events.csv in DIR (created if missing; the files are replaced). The same"
                            + " options give",
                    "the same files byte for byte. Prints a key=value report; progress goes to"
                            + " stderr.",
                    "  --province CODE    2-digit province code; only provinces whose villages are"
                            + " bundled (41 河南)",
                    "  --scale S          population scale, more than 0 and at most 2 (1 = Henan's"
                            + " published",
                    "                     306.3万 低保 and 48.3万 特困 people, plus other groups)",
                    "  --months N         months of department records, 1 to 36",
                    "  --seed K           random seed, a whole number",
                    "  --start DATE       first day of the first month (default 2023-09-01, when"
                            + " Henan's platform",
                    "                     went live)",
                    "  --out DIR          directory for the three files",
                    "",
                    "Options take their value as the next argument or after '=' (--out=FILE).",
                    "",
                    "Exit codes: 0 success (rejected rows do not fail a scan), 1 failure (rule set,"
                            + " a file",
                    "that is not its format, I/O), 2 usage error (unknown or missing option, bad"
                            + " value,",
                    "unreadable input file).",
                    "");

    private Tuodi() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs a command; returns its exit code. Writes the report to {@code out}, errors to {@code
     * err}.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (command.equals("help") || command.equals("--help") || command.equals("-h")) {
            out.print(USAGE_TEXT);
            return OK;
        }
        if (command.equals("scan")) {
            return new ScanCommand(out, err).run(rest);
        }
        if (command.equals("generate")) {
            return new GenerateCommand(out, err).run(rest);
        }
        return usageError(err, "unknown command '" + command + "'");
    }

    static int usageError(PrintStream err, String message) {
        err.println("tuodi: " + message);
        err.println("Run 'tuodi help' for usage.");
        return USAGE;
    }
}
