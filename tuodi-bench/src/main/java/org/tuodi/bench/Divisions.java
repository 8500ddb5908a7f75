package org.tuodi.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.tuodi.core.region.RegionDirectory;

/**
 * The bundled statistical division data of tuodi-core (2023) as two DuckDB tables for the SQL
 * baseline's region code check, as HouseholdReader checks it: {@code division_town(code)} and
 * {@code division_village(code, town)}. The file names are those of the core's RegionData (not
 * public): the towns and the two village files (Henan, Ningbo).
 */
final class Divisions {

    private static final List<String> VILLAGE_FILES =
            List.of("villages-41-henan.csv.gz", "villages-3302-ningbo.csv.gz");

    private Divisions() {}

    /** The towns and villages of the bundled division data, for the region code check. */
    static void load(Statement sql, Path scratch) throws IOException, SQLException {
        Path towns = copyResource("towns.csv.gz", scratch);
        List<String> villages = new ArrayList<>();
        for (String file : VILLAGE_FILES) {
            villages.add(ConditionSql.text(copyResource(file, scratch).toString()));
        }
        sql.execute(
                "CREATE TABLE division_town AS SELECT code FROM read_csv("
                        + ConditionSql.text(towns.toString())
                        + ", header = true, all_varchar = true)");
        sql.execute(
                "CREATE TABLE division_village AS SELECT code, streetCode AS town FROM read_csv(["
                        + String.join(", ", villages)
                        + "], header = true, all_varchar = true)");
    }

    private static Path copyResource(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = RegionDirectory.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("division data missing from the classpath: " + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
