package org.tuodi.data.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tuodi.core.engine.AlertDecision;
import org.tuodi.core.engine.EventOutcome;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.data.alerts.AlertWriter;
import org.tuodi.data.csv.CsvFile;
import org.tuodi.data.csv.FileFormatException;
import org.tuodi.data.csv.RejectWriter;
import org.tuodi.data.events.EventReader;
import org.tuodi.data.events.UnmatchedWriter;
import org.tuodi.data.households.HouseholdReader;
import org.tuodi.data.households.MemberReader;
import org.tuodi.data.households.Roster;

/**
 * 筛查: screens monitored households against department records from files. Reads households.csv and
 * members.csv into memory, streams events.csv through the risk engine, and writes alerts.csv (RAISE
 * and ESCALATE decisions, sorted by as-of date, household id, decision), rejects.csv and
 * unmatched.csv. All three input headers are checked before any output is written.
 */
public final class Scan {

    private final RuleSource rules;

    public Scan(RuleSource rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public ScanReport run(ScanRequest request) throws ScanException {
        RuleSource.Rules loaded = loadRules();
        RiskEngine engine = new RiskEngine(loaded.ruleSet(), loaded.contentHash());
        try (CsvFile households =
                        CsvFile.openReadingAhead(
                                request.households(),
                                HouseholdReader.REQUIRED,
                                HouseholdReader.COLUMNS);
                CsvFile members =
                        CsvFile.openReadingAhead(
                                request.members(), MemberReader.REQUIRED, MemberReader.COLUMNS);
                CsvFile events =
                        CsvFile.openReadingAhead(
                                request.events(), EventReader.REQUIRED, EventReader.COLUMNS);
                RejectWriter rejects = RejectWriter.open(request.rejectsFile());
                UnmatchedWriter unmatched = UnmatchedWriter.open(request.unmatchedFile())) {
            Roster roster = Roster.read(households, members, rejects);
            EventReader eventReader = new EventReader(events, rejects);
            Screening screening = new Screening(engine, roster, request.asOf(), unmatched);
            eventReader.read(screening::accept);
            List<AlertDecision> decisions = screening.finish();
            writeAlerts(request.out(), decisions, roster);
            return new ScanReport(
                    loaded.ruleSet().id(),
                    loaded.ruleSet().version(),
                    loaded.contentHash(),
                    screening.asOf(),
                    request.asOf().isPresent(),
                    roster.householdCounts(),
                    roster.householdsWithoutMembers(),
                    roster.memberCounts(),
                    eventReader.counts(),
                    routed(screening),
                    decided(decisions),
                    screening.stateSize(roster.householdCounts().accepted()),
                    new ScanReport.Outputs(
                            request.out().toAbsolutePath(),
                            request.rejectsFile(),
                            request.unmatchedFile()));
        } catch (FileFormatException e) {
            throw new ScanException(e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new ScanException("I/O failure: " + e.getMessage(), e);
        }
    }

    private RuleSource.Rules loadRules() throws ScanException {
        try {
            return rules.load();
        } catch (IOException | RuntimeException e) {
            throw new ScanException("cannot load the rule set: " + e.getMessage(), e);
        }
    }

    private static void writeAlerts(Path out, List<AlertDecision> decisions, Roster roster)
            throws IOException {
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                AlertWriter alerts = new AlertWriter(writer)) {
            for (AlertDecision decision : decisions) {
                if (!(decision instanceof AlertDecision.AddEvidence)) {
                    alerts.write(decision, roster.household(decision.household()).region());
                }
            }
        }
    }

    private static ScanReport.Events routed(Screening s) {
        return new ScanReport.Events(
                s.unmatched(),
                s.afterAsOf(),
                s.count(EventOutcome.PLACED),
                s.count(EventOutcome.LATE),
                s.count(EventOutcome.DUPLICATE),
                s.count(EventOutcome.NO_INDICATOR));
    }

    private static ScanReport.Decisions decided(List<AlertDecision> decisions) {
        long raised = 0;
        long escalated = 0;
        long added = 0;
        Map<HouseholdId, AlertLevel> highest = new TreeMap<>();
        for (AlertDecision d : decisions) {
            if (d instanceof AlertDecision.AddEvidence) {
                added++;
                continue;
            }
            if (d instanceof AlertDecision.Raise) {
                raised++;
            } else {
                escalated++;
            }
            highest.merge(d.household(), d.level(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        Map<AlertLevel, Long> byLevel = new EnumMap<>(AlertLevel.class);
        highest.values().forEach(level -> byLevel.merge(level, 1L, Long::sum));
        return new ScanReport.Decisions(raised, escalated, added, byLevel);
    }
}
