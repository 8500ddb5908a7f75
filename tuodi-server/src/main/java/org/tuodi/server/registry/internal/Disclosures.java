package org.tuodi.server.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.Member;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.AuthorisationRequiredProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.registry.internal.JdbcAuthorisations.Authorisation;
import org.tuodi.server.registry.internal.JdbcAuthorisations.EconomicCheck;
import org.tuodi.server.registry.internal.JdbcAuthorisations.Scope;

/**
 * 查看完整号码与经济状况核对: the steps that need a household's 授权书, each audited. Seeing a member's whole
 * identity and phone numbers needs a stated purpose and an authorisation with scope {@code
 * PERSONAL_DATA} valid today; a refusal for want of one is audited too. Requesting an economic
 * status check (核对) needs one with scope {@code ECONOMIC_STATUS}; with no checking system
 * connected, the request is recorded as pending. Who may ask (role and region) is the caller's
 * check.
 */
@Component
public class Disclosures {

    private final JdbcHouseholds households;
    private final JdbcAuthorisations authorisations;
    private final AuditLog audit;
    private final Clock clock;

    Disclosures(
            JdbcHouseholds households,
            JdbcAuthorisations authorisations,
            AuditLog audit,
            Clock clock) {
        this.households = households;
        this.authorisations = authorisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A member's whole numbers, and the authorisation they were shown under. */
    public record Unmasked(String idNumber, String phone, long authorisationId) {
        @Override
        public String toString() {
            return "Unmasked[authorisation=" + authorisationId + "]";
        }
    }

    /** Shows a member's whole numbers (position: the member's place in the household, from 0). */
    public Unmasked unmask(CurrentUser user, HouseholdId id, int position, String purpose) {
        Household household =
                households.find(id).orElseThrow(() -> new NotFoundProblem("household", id.value()));
        List<Member> members = household.members();
        if (position < 0 || position >= members.size()) {
            throw new NotFoundProblem("member", id.value() + "/" + position);
        }
        String subject = id.value() + "/" + position;
        Authorisation authorisation =
                authorisations
                        .validOn(id, Scope.PERSONAL_DATA, today())
                        .orElseThrow(
                                () -> {
                                    audit.record(
                                            new AuditEntry(
                                                    user.username(),
                                                    "PERSONAL_DATA_UNMASK_REFUSED",
                                                    "household_member",
                                                    subject,
                                                    "reason=no_valid_authorisation purpose=\""
                                                            + clip(purpose)
                                                            + "\""));
                                    return new AuthorisationRequiredProblem(
                                            id.value(), Scope.PERSONAL_DATA.name());
                                });
        audit.record(
                new AuditEntry(
                        user.username(),
                        "PERSONAL_DATA_UNMASKED",
                        "household_member",
                        subject,
                        "authorisation="
                                + authorisation.id()
                                + " fields=id_number,phone purpose=\""
                                + clip(purpose)
                                + "\""));
        Member member = members.get(position);
        return new Unmasked(member.id().value(), member.phone().orElse(null), authorisation.id());
    }

    /** Records a signed 授权书; answers its id. */
    @Transactional
    public long record(
            CurrentUser user,
            HouseholdId id,
            String signedBy,
            LocalDate signedOn,
            Set<Scope> scopes,
            LocalDate validFrom,
            LocalDate validUntil,
            String documentRef) {
        long authorisation =
                authorisations.insert(
                        id,
                        signedBy,
                        signedOn,
                        scopes,
                        validFrom,
                        validUntil,
                        documentRef,
                        user.username(),
                        OffsetDateTime.now(clock));
        audit.record(
                new AuditEntry(
                        user.username(),
                        "AUTHORISATION_RECORDED",
                        "household",
                        id.value(),
                        "authorisation="
                                + authorisation
                                + " scopes="
                                + String.join(
                                        ",", scopes.stream().map(Enum::name).sorted().toList())
                                + " valid="
                                + validFrom
                                + ".."
                                + validUntil));
        return authorisation;
    }

    /** Records an economic-status check request (pending: no checking system is connected). */
    @Transactional
    public EconomicCheck requestCheck(CurrentUser user, HouseholdId id, String purpose) {
        Authorisation authorisation =
                authorisations
                        .validOn(id, Scope.ECONOMIC_STATUS, today())
                        .orElseThrow(
                                () ->
                                        new AuthorisationRequiredProblem(
                                                id.value(), Scope.ECONOMIC_STATUS.name()));
        EconomicCheck check =
                authorisations.insertCheck(
                        id,
                        authorisation.id(),
                        purpose.strip(),
                        user.username(),
                        OffsetDateTime.now(clock));
        audit.record(
                new AuditEntry(
                        user.username(),
                        "ECONOMIC_CHECK_REQUESTED",
                        "household",
                        id.value(),
                        "check="
                                + check.id()
                                + " authorisation="
                                + authorisation.id()
                                + " status="
                                + check.status()));
        return check;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String clip(String purpose) {
        String oneLine = purpose.strip().replaceAll("\\s+", " ").replace("\"", "'");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) : oneLine;
    }
}
