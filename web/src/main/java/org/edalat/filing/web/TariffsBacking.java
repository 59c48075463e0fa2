package org.edalat.filing.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edalat.accounts.web.FieldMessages;
import org.edalat.filing.fees.TariffApproval;
import org.edalat.filing.fees.TariffVersion;
import org.edalat.platform.BusinessException;
import org.edalat.platform.security.Role;
import org.edalat.platform.web.Messages;
import org.edalat.platform.web.PageSource;
import org.edalat.platform.web.PagedModel;
import org.primefaces.component.datatable.DataTable;

/**
 * fees/tariffs.xhtml: the office tariff versions and their approval chain (S0-13), paged, newest
 * proposal first, the version in force today marked. The Association proposes a version (an amount
 * per service unit and its reference); the Center's head approves or rejects a proposed version and,
 * for an approved one, records the head of the judiciary's ratification decree (number, date and the
 * day the tariff is in force from) or rejection. Each role sees only the buttons of its own step;
 * {@link TariffApproval} checks the roles again, keeps the order of the steps and audits them.
 */
@Named
@ViewScoped
public class TariffsBacking implements PageSource<TariffRow> {
    private static final long serialVersionUID = 1L;

    /** What the Center's head is recording for the version {@link #actingOn}. */
    public enum Decision {
        REJECT,
        RATIFY
    }

    @EJB
    private TariffApproval approval;

    private final FieldMessages proposeFields = FieldMessages.in("propose").same("id", "reference", "items");
    private final FieldMessages decideFields =
            FieldMessages.in("decide").same("reason", "decreeNumber", "decreeDate", "inForceFrom");

    private final PagedModel<TariffRow> model = new PagedModel<>(this);

    private TariffProposalForm proposal = new TariffProposalForm();
    private String filter;
    /** The id of the version the Association has just proposed, marked in the table. */
    private String proposed;

    private String actingOn;
    private Decision decision;
    private String reason;
    private String decreeNumber;
    private LocalDate decreeDate;
    private LocalDate inForceFrom;

    private transient List<TariffRow> rows;
    private transient FacesContext rowsReadIn;

    @Override
    public long count() {
        return rows().size();
    }

    @Override
    public List<TariffRow> page(int first, int max) {
        List<TariffRow> all = rows();
        int from = Math.min(Math.max(first, 0), all.size());
        // a copy: the table keeps the page in the view state, which is serialized (a sub-list is not)
        return new ArrayList<>(all.subList(from, Math.min(from + Math.max(max, 0), all.size())));
    }

    private List<TariffRow> rows() {
        FacesContext now = FacesContext.getCurrentInstance();
        if (rows == null || rowsReadIn != now) {
            String inForce = approval.inForceAt(LocalDate.now(TariffVersion.TEHRAN))
                    .map(TariffVersion::id)
                    .orElse(null);
            String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
            rows = approval.versions().stream()
                    .filter(v ->
                            wanted.isEmpty() || v.id().toLowerCase(Locale.ROOT).contains(wanted))
                    .map(v -> TariffRow.of(v, inForce))
                    .toList();
            rowsReadIn = now;
        }
        return rows;
    }

    private void reload() {
        rows = null;
    }

    /** The Association proposes; only it sees the proposal form (S0-13). */
    public boolean isAssociation() {
        return inRole(Role.ASSOCIATION);
    }

    /** The Center's head approves, rejects and records the ratification; only it sees those buttons (S0-13). */
    public boolean isCenterHead() {
        return inRole(Role.CENTER_HEAD);
    }

    private static boolean inRole(Role role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role.name());
    }

    public void applyFilter() {
        reload();
    }

    /** S0-13: the Association proposes the version typed. */
    public void propose() {
        if (!isAssociation()) {
            denied();
            return;
        }
        try {
            TariffVersion version = approval.propose(proposal.getId(), proposal.items(), proposal.getReference());
            Messages.info("tariffs.proposed");
            proposal = new TariffProposalForm();
            filter = null;
            reload();
            toFirstPage(); // newest proposal first: the new version heads the table
            proposed = version.id();
        } catch (BusinessException refused) {
            proposeFields.show(refused);
        } catch (EJBAccessException e) {
            denied();
        }
    }

    /** S0-13: the Center's head approves a proposed version. */
    public void approve(String id) {
        if (!isCenterHead()) {
            denied();
            return;
        }
        try {
            approval.approve(id);
            Messages.info("tariffs.approved");
            cancel();
            reload();
        } catch (BusinessException refused) {
            refusedForTheWholePage(refused);
        } catch (EJBAccessException e) {
            denied();
        }
    }

    /** Opens the rejection form of version {@code id}. */
    public void startReject(String id) {
        start(id, Decision.REJECT);
    }

    /** Opens the ratification form of version {@code id}. */
    public void startRatify(String id) {
        start(id, Decision.RATIFY);
    }

    private void start(String id, Decision what) {
        actingOn = id;
        decision = what;
        reason = null;
        decreeNumber = null;
        decreeDate = null;
        inForceFrom = null;
    }

    /** Closes the rejection or ratification form. */
    public void cancel() {
        actingOn = null;
        decision = null;
    }

    /**
     * S0-13: records the decision of the form: the rejection (of a proposed version by the Center's
     * head, of an approved one by the head of the judiciary) or the ratification decree.
     */
    public void decide() {
        if (!isCenterHead() || actingOn == null || decision == null) {
            denied();
            return;
        }
        try {
            if (decision == Decision.REJECT) {
                approval.reject(actingOn, reason);
                Messages.info("tariffs.rejected");
            } else {
                approval.ratify(actingOn, decreeNumber, decreeDate, inForceFrom);
                Messages.info("tariffs.ratified");
            }
            cancel();
            reload();
        } catch (BusinessException refused) {
            decideFields.show(refused);
        } catch (EJBAccessException e) {
            denied();
        }
    }

    private static void toFirstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":tariffs:table")
                instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    private static void refusedForTheWholePage(BusinessException refused) {
        Messages.error(FieldMessages.messageFor(refused).getSummary());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void denied() {
        Messages.error(Messages.text("fees.denied"));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public PagedModel<TariffRow> getModel() {
        return model;
    }

    public TariffProposalForm getProposal() {
        return proposal;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getProposed() {
        return proposed;
    }

    public String getActingOn() {
        return actingOn;
    }

    public Decision getDecision() {
        return decision;
    }

    public boolean isRatifying() {
        return decision == Decision.RATIFY;
    }

    public boolean isRejecting() {
        return decision == Decision.REJECT;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDecreeNumber() {
        return decreeNumber;
    }

    public void setDecreeNumber(String decreeNumber) {
        this.decreeNumber = decreeNumber;
    }

    public LocalDate getDecreeDate() {
        return decreeDate;
    }

    public void setDecreeDate(LocalDate decreeDate) {
        this.decreeDate = decreeDate;
    }

    public LocalDate getInForceFrom() {
        return inForceFrom;
    }

    public void setInForceFrom(LocalDate inForceFrom) {
        this.inForceFrom = inForceFrom;
    }
}
