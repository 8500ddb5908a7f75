package org.tuodi.server.ingest.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.Source;
import org.tuodi.data.csv.FileFormatException;
import org.tuodi.data.csv.Reject;
import org.tuodi.server.ingest.EventIntake;
import org.tuodi.server.ingest.EventIntake.IntakeReceipt;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.DepartmentPrincipal;
import org.tuodi.server.platform.InvalidInputProblem;
import tools.jackson.databind.JsonNode;

/**
 * 部门数据接口: {@code POST /api/v1/events} takes a JSON batch, all or nothing: one invalid record
 * rejects the whole batch (400 with every record's problem, {@code errors: [{index, field,
 * reason}]}) and one record of another department refuses it (403); nothing is stored either way.
 * The sender is the {@link DepartmentPrincipal} the platform's security made of the bearer token
 * (only department tokens reach these paths). {@code POST /api/v1/events/files} takes an events.csv
 * upload, which follows formats.md: rows are rejected one by one and the valid rows are taken, in
 * transactions of {@value #FILE_CHUNK} records. (A little over 150 lines: the two endpoints share
 * the sender and problem helpers.)
 */
@RestController
@RequestMapping("/api/v1/events")
class EventApiController {

    static final int MAX_BATCH = 10_000;
    static final int FILE_CHUNK = 1_000;

    private final EventIntake intake;

    EventApiController(EventIntake intake) {
        this.intake = intake;
    }

    /** What became of a batch or a file; {@code rejects} only for files. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IntakeResponse(
            int accepted,
            int duplicates,
            int unmatched,
            int alertsRaised,
            List<RejectView> rejects) {}

    /**
     * A rejected file row: the line it starts on (the header is line 1), the column, the reason.
     */
    record RejectView(long row, String column, String reason) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    IntakeResponse accept(
            @RequestBody JsonNode body, @AuthenticationPrincipal DepartmentPrincipal principal) {
        Source sender = sender(principal);
        JsonNode records = body == null ? null : body.get("events");
        if (records == null || !records.isArray()) {
            throw invalid(
                    "the body is not a batch",
                    List.of(problem("events", "the body is {\"events\": [records]}")));
        }
        if (records.size() > MAX_BATCH) {
            throw invalid(
                    "the batch is too large",
                    List.of(
                            problem(
                                    "events",
                                    "at most "
                                            + MAX_BATCH
                                            + " records in a batch, got "
                                            + records.size())));
        }
        refuseOtherDepartments(sender, records);
        EventJsonReader.Result read = EventJsonReader.read(records);
        if (!read.problems().isEmpty()) {
            throw invalid(
                    read.problems().size()
                            + " of "
                            + records.size()
                            + " records are invalid; nothing was stored",
                    read.problems());
        }
        IntakeReceipt receipt = intake.accept(sender, read.events());
        return response(receipt, null);
    }

    @PostMapping(path = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    IntakeResponse upload(
            @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal DepartmentPrincipal principal)
            throws IOException {
        Source sender = sender(principal);
        EventFileReader.Read read;
        try (InputStream in = file.getInputStream()) {
            read = EventFileReader.read(in);
        } catch (FileFormatException e) {
            throw invalid("the file is not events.csv", List.of(problem("file", e.getMessage())));
        }
        List<Reject> rejects = new ArrayList<>(read.rejects());
        List<DepartmentEvent> events = new ArrayList<>();
        for (EventFileReader.Line line : read.lines()) {
            DepartmentEvent event = line.event();
            if (event.key().source() != sender) {
                throw new AccessDeniedProblem(
                        "a " + sender + " token sent a " + event.key().source() + " record");
            }
            if (event.key().eventId().length() > EventJsonReader.MAX_EVENT_ID) {
                rejects.add(
                        new Reject(
                                "events.csv",
                                line.line(),
                                "event_id",
                                "longer than " + EventJsonReader.MAX_EVENT_ID + " characters"));
            } else {
                events.add(event);
            }
        }
        IntakeReceipt total = new IntakeReceipt(0, 0, 0, 0);
        for (int from = 0; from < events.size(); from += FILE_CHUNK) {
            List<DepartmentEvent> chunk =
                    events.subList(from, Math.min(events.size(), from + FILE_CHUNK));
            total = plus(total, intake.accept(sender, chunk));
        }
        List<RejectView> views =
                rejects.stream()
                        .sorted(java.util.Comparator.comparingLong(Reject::row))
                        .map(r -> new RejectView(r.row(), r.column(), r.reason()))
                        .toList();
        return response(total, views);
    }

    /**
     * The department of the request's token. The security chain of these paths admits department
     * tokens only, so a request without a {@link DepartmentPrincipal} does not get here; refused
     * all the same should that chain ever change.
     */
    private static Source sender(DepartmentPrincipal principal) {
        if (principal == null) {
            throw new AccessDeniedProblem("records are sent with a department token");
        }
        return principal.department();
    }

    /** A batch carrying any record of another department is refused whole. */
    private static void refuseOtherDepartments(Source sender, JsonNode records) {
        for (JsonNode record : records) {
            JsonNode source = record.isObject() ? record.get("source") : null;
            if (source != null
                    && source.isString()
                    && !source.stringValue().equals(sender.name())) {
                throw new AccessDeniedProblem(
                        "a " + sender + " token sent a " + source.stringValue() + " record");
            }
        }
    }

    private static EventJsonReader.Problem problem(String field, String reason) {
        return new EventJsonReader.Problem(null, field, reason);
    }

    /** The platform's 400 problem+json with {@code errors: [{index, field, reason}]}. */
    private static InvalidInputProblem invalid(
            String detail, List<EventJsonReader.Problem> problems) {
        return InvalidInputProblem.ofItems(
                detail,
                problems.stream()
                        .map(p -> new InvalidInputProblem.Item(p.index(), p.field(), p.reason()))
                        .toList());
    }

    private static IntakeResponse response(IntakeReceipt r, List<RejectView> rejects) {
        return new IntakeResponse(
                r.accepted(), r.duplicates(), r.unmatched(), r.alertsRaised(), rejects);
    }

    private static IntakeReceipt plus(IntakeReceipt a, IntakeReceipt b) {
        return new IntakeReceipt(
                a.accepted() + b.accepted(),
                a.duplicates() + b.duplicates(),
                a.unmatched() + b.unmatched(),
                a.alertsRaised() + b.alertsRaised());
    }
}
