package org.tuodi.data.scan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What to screen: the three input files of formats.md, the event-time date to assess up to (empty:
 * the newest {@code occurred_on} among the records taken) and where to write alerts.csv. The
 * rejects and unmatched files go next to it.
 */
public record ScanRequest(
        Path households, Path members, Path events, Optional<LocalDate> asOf, Path out) {

    public ScanRequest {
        Objects.requireNonNull(households, "households");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(out, "out");
    }

    public Path rejectsFile() {
        return out.toAbsolutePath().resolveSibling("rejects.csv");
    }

    public Path unmatchedFile() {
        return out.toAbsolutePath().resolveSibling("unmatched.csv");
    }
}
