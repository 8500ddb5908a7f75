package org.tuodi.server.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.registry.internal.Disclosures;
import org.tuodi.server.registry.internal.JdbcAuthorisations;
import org.tuodi.server.registry.internal.JdbcAuthorisations.Authorisation;
import org.tuodi.server.registry.internal.JdbcAuthorisations.EconomicCheck;
import org.tuodi.server.registry.internal.JdbcAuthorisations.Scope;
import org.tuodi.server.registry.internal.JdbcHouseholds;

/**
 * 授权书、查看完整号码、经济状况核对 ({@code /api/v1/households/{id}/...}): officers of the household's region
 * record a household's signed data-query authorisation, see a member's whole identity and phone
 * numbers for a stated purpose, and request an economic-status check, the last two only under an
 * authorisation valid today (403 {@code authorisation-required} otherwise). Every step is audited.
 * Auditors read the authorisations and checks; a household outside the user's region is not found.
 */
@RestController
@RequestMapping("/api/v1/households/{id}")
class PersonalDataApiController {

    private static final int MAX_PURPOSE = 500;

    private final JdbcHouseholds households;
    private final JdbcAuthorisations authorisations;
    private final Disclosures disclosures;
    private final Clock clock;

    PersonalDataApiController(
            JdbcHouseholds households,
            JdbcAuthorisations authorisations,
            Disclosures disclosures,
            Clock clock) {
        this.households = households;
        this.authorisations = authorisations;
        this.disclosures = disclosures;
        this.clock = clock;
    }

    record AuthorisationRequest(
            String signedBy,
            LocalDate signedOn,
            List<String> scopes,
            LocalDate validFrom,
            LocalDate validUntil,
            String documentRef) {}

    record AuthorisationResponse(
            long id,
            String signedBy,
            LocalDate signedOn,
            Set<Scope> scopes,
            LocalDate validFrom,
            LocalDate validUntil,
            String documentRef,
            String recordedBy,
            OffsetDateTime recordedAt) {
        static AuthorisationResponse of(Authorisation a) {
            return new AuthorisationResponse(
                    a.id(),
                    a.signedBy(),
                    a.signedOn(),
                    a.scopes(),
                    a.validFrom(),
                    a.validUntil(),
                    a.documentRef(),
                    a.recordedBy(),
                    a.recordedAt());
        }
    }

    /** Why a whole number or a check is asked for: required, recorded in the audit trail. */
    record PurposeRequest(String purpose) {}

    /**
     * @param idNumber the whole identity number
     * @param phone the whole phone number; absent if none is registered
     * @param authorisationId the 授权书 it was shown under
     */
    record UnmaskedResponse(String idNumber, String phone, long authorisationId) {}

    record EconomicCheckResponse(
            long id,
            long authorisationId,
            String purpose,
            String status,
            String requestedBy,
            OffsetDateTime requestedAt) {
        static EconomicCheckResponse of(EconomicCheck c) {
            return new EconomicCheckResponse(
                    c.id(),
                    c.authorisationId(),
                    c.purpose(),
                    c.status(),
                    c.requestedBy(),
                    c.requestedAt());
        }
    }

    @PostMapping("/authorisations")
    ResponseEntity<AuthorisationResponse> record(
            CurrentUser user, @PathVariable("id") String id, @RequestBody AuthorisationRequest r) {
        HouseholdId household = officerSees(user, id, "record authorisations");
        LocalDate signedOn = required(r.signedOn(), "signedOn");
        LocalDate validFrom = required(r.validFrom(), "validFrom");
        LocalDate validUntil = required(r.validUntil(), "validUntil");
        if (signedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputProblem("signedOn", "the signing date is in the future");
        }
        if (validUntil.isBefore(validFrom)) {
            throw new InvalidInputProblem("validUntil", "validUntil is before validFrom");
        }
        long saved =
                disclosures.record(
                        user,
                        household,
                        text(r.signedBy(), "signedBy", 100),
                        signedOn,
                        scopes(r.scopes()),
                        validFrom,
                        validUntil,
                        text(r.documentRef(), "documentRef", 200));
        Authorisation recorded =
                authorisations.of(household).stream()
                        .filter(a -> a.id() == saved)
                        .findFirst()
                        .orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(AuthorisationResponse.of(recorded));
    }

    @GetMapping("/authorisations")
    List<AuthorisationResponse> authorisations(CurrentUser user, @PathVariable("id") String id) {
        Access.requireRole(user, Access.REGISTRY_READERS, "read authorisations");
        return authorisations.of(visible(user, id)).stream()
                .map(AuthorisationResponse::of)
                .toList();
    }

    @PostMapping("/members/{position}/unmask")
    ResponseEntity<UnmaskedResponse> unmask(
            CurrentUser user,
            @PathVariable("id") String id,
            @PathVariable("position") int position,
            @RequestBody(required = false) PurposeRequest r) {
        HouseholdId household = officerSees(user, id, "see whole numbers");
        Disclosures.Unmasked unmasked = disclosures.unmask(user, household, position, purpose(r));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(
                        new UnmaskedResponse(
                                unmasked.idNumber(), unmasked.phone(), unmasked.authorisationId()));
    }

    @PostMapping("/economic-checks")
    ResponseEntity<EconomicCheckResponse> requestCheck(
            CurrentUser user,
            @PathVariable("id") String id,
            @RequestBody(required = false) PurposeRequest r) {
        HouseholdId household = officerSees(user, id, "request economic checks");
        EconomicCheck check = disclosures.requestCheck(user, household, purpose(r));
        return ResponseEntity.status(HttpStatus.CREATED).body(EconomicCheckResponse.of(check));
    }

    @GetMapping("/economic-checks")
    List<EconomicCheckResponse> checks(CurrentUser user, @PathVariable("id") String id) {
        Access.requireRole(user, Access.REGISTRY_READERS, "read economic checks");
        return authorisations.checksOf(visible(user, id)).stream()
                .map(EconomicCheckResponse::of)
                .toList();
    }

    private HouseholdId officerSees(CurrentUser user, String id, String action) {
        Access.requireRole(user, Access.OFFICERS, action);
        return visible(user, id);
    }

    /** The household id if the household exists within the user's region; 404 otherwise. */
    private HouseholdId visible(CurrentUser user, String id) {
        HouseholdId householdId = Codes.household("id", id);
        households
                .regionOf(householdId)
                .filter(user::covers)
                .orElseThrow(() -> new NotFoundProblem("household", id));
        return householdId;
    }

    private static String purpose(PurposeRequest r) {
        String purpose = r == null ? null : r.purpose();
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInputProblem(
                    "purpose", "state the purpose (事由): it is recorded in the audit trail");
        }
        if (purpose.length() > MAX_PURPOSE) {
            throw new InvalidInputProblem(
                    "purpose", "the purpose is longer than " + MAX_PURPOSE + " characters");
        }
        return purpose.strip();
    }

    private static Set<Scope> scopes(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInputProblem(
                    "scopes", "give at least one scope: PERSONAL_DATA, ECONOMIC_STATUS");
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : names) {
            try {
                scopes.add(Scope.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputProblem(
                        "scopes", "unknown scope '" + name + "': PERSONAL_DATA, ECONOMIC_STATUS");
            }
        }
        return scopes;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputProblem(field, field + " is required");
        }
        return value;
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputProblem(field, field + " is required");
        }
        if (value.strip().length() > max) {
            throw new InvalidInputProblem(field, field + " is longer than " + max + " characters");
        }
        return value.strip();
    }
}
