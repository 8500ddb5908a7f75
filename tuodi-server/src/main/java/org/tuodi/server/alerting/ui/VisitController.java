package org.tuodi.server.alerting.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuodi.core.casework.CaseStatus;
import org.tuodi.server.alerting.AlertWorkflow;
import org.tuodi.server.alerting.AlertWorkflow.CaseState;
import org.tuodi.server.alerting.internal.CaseRow;
import org.tuodi.server.alerting.internal.CaseScope;
import org.tuodi.server.alerting.internal.JdbcCaseSearch;
import org.tuodi.server.alerting.internal.JdbcCaseSearch.CaseFilter;
import org.tuodi.server.alerting.internal.JdbcCaseSearch.Narrowing;
import org.tuodi.server.alerting.internal.JdbcCaseSearch.Order;
import org.tuodi.server.alerting.web.CaseDetails;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.ConflictProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ui.PageController;

/**
 * 协理员手机端: the village assistant's open cases, the nearest deadline first (我的任务), and the visit form
 * (入户核实) made for one hand on a small screen, with photos from the camera. The page's script keeps
 * a draft on the phone and sends it with {@code Accept: application/json} when the connection
 * allows: that request is answered in JSON ({@code {status, version}} or {@code {field, message}})
 * so the draft is only dropped once the server has it. Without the script the form posts as usual.
 */
@PageController
class VisitController {

    private final JdbcCaseSearch search;
    private final CaseScope scope;
    private final CaseDetails details;
    private final CaseRows rows;
    private final AlertWorkflow workflow;
    private final MessageSource messages;
    private final Clock clock;

    VisitController(
            JdbcCaseSearch search,
            CaseScope scope,
            CaseDetails details,
            CaseRows rows,
            AlertWorkflow workflow,
            MessageSource messages,
            Clock clock) {
        this.search = search;
        this.scope = scope;
        this.details = details;
        this.rows = rows;
        this.workflow = workflow;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    String tasks(CurrentUser user, Model model) {
        if (user.role() != Role.VILLAGE_ASSISTANT) {
            return "redirect:/";
        }
        Narrowing open = new Narrowing(null, null, null, false, false, true);
        CaseFilter mine =
                new CaseFilter(
                        user.region(),
                        user.id(),
                        null,
                        null,
                        null,
                        false,
                        0,
                        200,
                        open,
                        Order.DEADLINE);
        model.addAttribute("tasks", rows.of(search.search(mine).rows()));
        model.addAttribute("today", LocalDate.now(clock));
        return "alerting/tasks";
    }

    @GetMapping("/cases/{id}/visit")
    String form(CurrentUser user, @PathVariable("id") long id, Model model) {
        CaseRow row = scope.visible(user, id);
        if (row.status() != CaseStatus.ASSIGNED) {
            return "redirect:/cases/" + id;
        }
        model.addAttribute("c", details.of(row));
        model.addAttribute("villageName", rows.villageName(row.region()));
        model.addAttribute("today", LocalDate.now(clock));
        return "alerting/visit";
    }

    @PostMapping(path = "/cases/{id}/visit", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> sendDraft(
            CurrentUser user,
            @PathVariable("id") long id,
            @ModelAttribute VisitForm form,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
            Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            CaseState state = record(user, id, form, photos);
            body.put("status", state.status().name());
            body.put("version", state.version());
            return ResponseEntity.ok(body);
        } catch (InvalidInputProblem e) {
            body.put("field", e.field());
            return answer(HttpStatus.BAD_REQUEST, "error.invalid", body, locale);
        } catch (ConflictProblem e) {
            return answer(HttpStatus.CONFLICT, "error.conflict", body, locale);
        } catch (AccessDeniedProblem e) {
            return answer(HttpStatus.FORBIDDEN, "error.forbidden", body, locale);
        } catch (NotFoundProblem e) {
            return answer(HttpStatus.NOT_FOUND, "error.notFound", body, locale);
        }
    }

    @PostMapping("/cases/{id}/visit")
    String send(
            CurrentUser user,
            @PathVariable("id") long id,
            @ModelAttribute VisitForm form,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
            RedirectAttributes redirect) {
        record(user, id, form, photos);
        redirect.addFlashAttribute("sent", id);
        return user.role() == Role.VILLAGE_ASSISTANT ? "redirect:/tasks" : "redirect:/cases/" + id;
    }

    private CaseState record(
            CurrentUser user, long id, VisitForm form, List<MultipartFile> photos) {
        CaseState state = workflow.recordVisit(user, id, form.getVersion(), form.toRecord());
        for (MultipartFile photo : photos == null ? List.<MultipartFile>of() : photos) {
            if (!photo.isEmpty()) {
                workflow.addPhoto(user, id, photo.getContentType(), bytes(photo));
            }
        }
        return state;
    }

    private static byte[] bytes(MultipartFile photo) {
        try {
            return photo.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResponseEntity<Map<String, Object>> answer(
            HttpStatus status, String key, Map<String, Object> body, Locale locale) {
        body.put("message", messages.getMessage(key, null, locale));
        return ResponseEntity.status(status).body(body);
    }
}
