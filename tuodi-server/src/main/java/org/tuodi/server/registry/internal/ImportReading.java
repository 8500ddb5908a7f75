package org.tuodi.server.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.data.csv.CsvFile;
import org.tuodi.data.csv.FileCounts;
import org.tuodi.data.csv.FileFormatException;
import org.tuodi.data.csv.Reject;
import org.tuodi.data.households.HouseholdReader;
import org.tuodi.data.households.MemberReader;
import org.tuodi.data.households.Membership;

/**
 * Reads an import's households and members files with the readers of tuodi-data (the checks of
 * docs/formats-notes.md §2–3), and adds the registry's own checks:
 *
 * <ul>
 *   <li>a household must lie within the importing user's region ({@code region_code});
 *   <li>a household id already registered outside that region cannot be taken over ({@code
 *       household_id});
 *   <li>a person already registered in a household that is not in this import stays there: the
 *       member row is rejected ({@code id_number}).
 * </ul>
 *
 * Members of a household rejected for the first two reasons are rejected as unmatched, as for any
 * rejected household row. Nothing here writes. A little longer than most classes: the three checks
 * and the renumbering of rejects belong together.
 */
final class ImportReading {

    private final RegionDirectory regions;
    private final JdbcHouseholds households;
    private final RegionCode scope;
    private final Runnable rowRead;

    /**
     * @param scope the importing user's region
     * @param rowRead called once per data row read, for progress
     */
    ImportReading(
            RegionDirectory regions,
            JdbcHouseholds households,
            RegionCode scope,
            Runnable rowRead) {
        this.regions = regions;
        this.households = households;
        this.scope = scope;
        this.rowRead = rowRead;
    }

    ImportBatch read(ImportFile householdFile, ImportFile memberFile) {
        List<Reject> rejects = new ArrayList<>();
        Map<HouseholdId, Household> taken = new TreeMap<>();
        Map<HouseholdId, Long> rows = new HashMap<>();
        FileCounts householdCounts;
        try (CsvFile csv = open(householdFile, HouseholdReader.REQUIRED, HouseholdReader.COLUMNS)) {
            HouseholdReader reader =
                    new HouseholdReader(csv, rejectsOf(householdFile, rejects), regions);
            reader.read(
                    (line, household) -> {
                        rowRead.run();
                        long row = householdFile.rowOf().applyAsLong(line);
                        if (!scope.contains(household.region())) {
                            rejects.add(outsideScope(householdFile, row, household));
                        } else {
                            taken.put(household.id(), household);
                            rows.put(household.id(), row);
                        }
                    });
            householdCounts = reader.counts();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        households
                .regionsOf(taken.keySet())
                .forEach(
                        (id, region) -> {
                            if (!scope.contains(region)) {
                                taken.remove(id);
                                rejects.add(
                                        new Reject(
                                                householdFile.name(),
                                                rows.get(id),
                                                "household_id",
                                                "household id "
                                                        + id
                                                        + " is already registered outside your region"));
                            }
                        });
        Map<HouseholdId, List<Member>> members = readMembers(memberFile, taken, rejects);
        List<Household> batch = new ArrayList<>();
        taken.forEach(
                (id, household) ->
                        batch.add(household.withMembers(members.getOrDefault(id, List.of()))));
        rejects.sort(
                Comparator.comparing((Reject r) -> !r.file().equals(householdFile.name()))
                        .thenComparingLong(Reject::row));
        long householdRejects =
                rejects.stream().filter(r -> r.file().equals(householdFile.name())).count();
        long memberRejects = rejects.size() - householdRejects;
        long membersAccepted = batch.stream().mapToLong(Household::size).sum();
        return new ImportBatch(
                batch,
                rejects,
                new FileCounts(
                        householdFile.name(),
                        householdCounts.read(),
                        batch.size(),
                        householdRejects),
                new FileCounts(
                        memberFile.name(),
                        membersAccepted + memberRejects,
                        membersAccepted,
                        memberRejects));
    }

    private Map<HouseholdId, List<Member>> readMembers(
            ImportFile memberFile, Map<HouseholdId, Household> taken, List<Reject> rejects) {
        List<Membership> memberships = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        try (CsvFile csv = open(memberFile, MemberReader.REQUIRED, MemberReader.COLUMNS)) {
            new MemberReader(csv, rejectsOf(memberFile, rejects), taken.keySet())
                    .read(
                            (line, membership) -> {
                                rowRead.run();
                                memberships.add(membership);
                                rows.add(memberFile.rowOf().applyAsLong(line));
                            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<NationalId, JdbcHouseholds.Registration> registered =
                households.registrationsOf(memberships.stream().map(m -> m.member().id()).toList());
        Map<HouseholdId, List<Member>> members = new HashMap<>();
        for (int i = 0; i < memberships.size(); i++) {
            Membership m = memberships.get(i);
            JdbcHouseholds.Registration elsewhere = registered.get(m.member().id());
            if (elsewhere != null && !taken.containsKey(elsewhere.household())) {
                rejects.add(
                        new Reject(
                                memberFile.name(),
                                rows.get(i),
                                "id_number",
                                "person "
                                        + m.member().id()
                                        + " is already a member of "
                                        + (scope.contains(elsewhere.region())
                                                ? "household " + elsewhere.household()
                                                : "a household outside your region")
                                        + ", which is not in this import"));
                continue;
            }
            members.computeIfAbsent(m.household(), k -> new ArrayList<>()).add(m.member());
        }
        return members;
    }

    private Reject outsideScope(ImportFile file, long row, Household household) {
        return new Reject(
                file.name(),
                row,
                "region_code",
                "region "
                        + household.region()
                        + " is outside your region "
                        + scope
                        + " ("
                        + regions.fullName(scope)
                        + ")");
    }

    /** Rejects of the readers, renamed to the upload and renumbered to its rows. */
    private Consumer<Reject> rejectsOf(ImportFile file, List<Reject> into) {
        return reject -> {
            rowRead.run();
            into.add(
                    new Reject(
                            file.name(),
                            file.rowOf().applyAsLong(reject.row()),
                            reject.column(),
                            reject.reason()));
        };
    }

    private static CsvFile open(ImportFile file, List<String> required, List<String> known)
            throws IOException {
        try {
            return CsvFile.open(file.csv(), required, known);
        } catch (FileFormatException e) {
            String csvName = file.csv().getFileName().toString();
            String message = e.getMessage();
            if (message.startsWith(csvName + ":")) {
                message = file.name() + message.substring(csvName.length());
            }
            throw new FileFormatException(message, e);
        }
    }
}
