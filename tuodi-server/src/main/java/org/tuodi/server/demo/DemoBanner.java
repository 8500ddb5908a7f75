package org.tuodi.server.demo;

import java.time.Duration;
import java.util.List;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.server.platform.Role;

/**
 * 启动说明: what the demo prints once it is up: where to open it, who to sign in as, what the simulator
 * does, where the data is and how to stop; or, on a database that held other data, that the demo
 * county was not loaded and why. Demo passwords are printed here, never logged.
 */
final class DemoBanner {

    private static final String NL = System.lineSeparator();

    private DemoBanner() {}

    /** What the banner tells. */
    record Facts(
            String baseUrl,
            String password,
            List<DemoUsers.Planned> users,
            DemoLoader.Outcome outcome,
            int households,
            DemoSettings.Simulator simulator,
            String database,
            double secondsSinceStart) {}

    static String text(Facts facts, RegionDirectory regions) {
        StringBuilder text = new StringBuilder(2_048);
        String url = facts.baseUrl();
        line(text, "");
        line(
                text,
                String.format(
                        "托底 Tuodi demo is ready: %s/   (started in %.1f s)",
                        url, facts.secondsSinceStart()));
        boolean demo = facts.outcome().hasDemo();
        line(
                text,
                String.format(
                        "  Web UI      %s/   (in Chinese, ?lang=en for English; sign in as a user below)",
                        url));
        line(
                text,
                String.format(
                        "  REST API    %s/api/v1/...   (HTTP Basic: curl -u %s %s/api/v1/me)",
                        url, demo ? "county:" + facts.password() : "USER:PASSWORD", url));
        line(
                text,
                "  OpenAPI     " + url + "/v3/api-docs   Swagger UI " + url + "/swagger-ui.html");
        line(text, "");
        if (facts.outcome() instanceof DemoLoader.Skipped skipped) {
            notLoaded(text, skipped);
        } else {
            signIns(text, facts, regions);
        }
        line(text, "");
        line(text, demo ? simulator(facts.simulator()) : "Feed simulator: off (no demo county).");
        line(text, "Database: " + facts.database());
        line(text, "Stop with Ctrl-C.");
        return text.toString();
    }

    private static void signIns(StringBuilder text, Facts facts, RegionDirectory regions) {
        line(
                text,
                "Demo county 河南省漯河市临颍县 (411122): "
                        + facts.households()
                        + " households, "
                        + (facts.outcome() instanceof DemoLoader.Loaded l
                                ? "loaded now in " + String.format("%.1f s", l.seconds())
                                : "loaded on an earlier start (data kept)"));
        line(text, "");
        line(
                text,
                "Sign in with any of these users, password '"
                        + facts.password()
                        + "' (demo mode only):");
        for (DemoUsers.Planned user : shown(facts.users())) {
            line(
                    text,
                    String.format(
                            "  %-24s %-18s %s %s",
                            user.username(),
                            user.role(),
                            user.region().shortCode(),
                            regions.fullName(user.region())));
        }
        line(
                text,
                "  "
                        + DemoUsers.TOWN_PREFIX
                        + "<town code>: the officer of each of the county's "
                        + count(facts.users(), Role.TOWN_OFFICER)
                        + " towns");
        line(
                text,
                "  "
                        + DemoUsers.ASSISTANT_PREFIX
                        + "<village code>: the assistant of each of the "
                        + count(facts.users(), Role.VILLAGE_ASSISTANT)
                        + " villages of 繁城回族镇"
                        + " ("
                        + DemoUsers.ASSISTANT_PREFIX
                        + "411122101201 … 411122101232)");
    }

    private static void notLoaded(StringBuilder text, DemoLoader.Skipped skipped) {
        line(
                text,
                "Demo county 河南省漯河市临颍县 (411122) NOT loaded: this database already holds "
                        + counted(skipped.households(), "household")
                        + " and "
                        + counted(skipped.users(), "user")
                        + " that are not the demo's,");
        line(
                text,
                "and the demo loads only into an empty database. No demo user exists here: sign in"
                        + " with this database's own users.");
        line(
                text,
                "To see the demo, start it with another --data-dir (or delete this data folder).");
    }

    private static String counted(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append(NL);
    }

    /** Every user but the town officers and assistants after their first. */
    private static List<DemoUsers.Planned> shown(List<DemoUsers.Planned> users) {
        return users.stream()
                .filter(u -> u.role() != Role.TOWN_OFFICER || isFancheng(u))
                .filter(
                        u ->
                                u.role() != Role.VILLAGE_ASSISTANT
                                        || u.region()
                                                .shortCode()
                                                .equals(DemoCounty.FANCHENG.shortCode() + "201"))
                .toList();
    }

    private static boolean isFancheng(DemoUsers.Planned user) {
        return user.region().equals(DemoCounty.FANCHENG);
    }

    private static long count(List<DemoUsers.Planned> users, Role role) {
        return users.stream().filter(u -> u.role() == role).count();
    }

    private static String human(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }

    private static String simulator(DemoSettings.Simulator simulator) {
        if (!simulator.enabled() || simulator.speed() == 0) {
            return "Feed simulator: off.";
        }
        return "Feed simulator: "
                + simulator.speed()
                + " department records a minute (dated today);"
                + " every "
                + human(simulator.shockEvery())
                + " a large hospital bill"
                + " for an elderly person of 繁城回族镇, so alerts appear while you watch.";
    }
}
