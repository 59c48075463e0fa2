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
import org.edalat.filing.fees.FeeScheduleAdministration;
import org.edalat.filing.fees.FeeScheduleVersion;
import org.edalat.filing.fees.StoredFeeScheduleVersion;
import org.edalat.filing.fees.TariffVersion;
import org.edalat.platform.BusinessException;
import org.edalat.platform.web.Messages;
import org.edalat.platform.web.PageSource;
import org.edalat.platform.web.PagedModel;
import org.primefaces.component.datatable.DataTable;

/**
 * fees/schedule.xhtml (S0-3, administrator and the Center's deputy for electronic services): the
 * versions of the judicial service fee schedule, paged, newest effective date first, each in force,
 * future or past; the rules of one version; the form of a new version (brackets as rows); and the
 * withdrawal of a version not yet in force. Everything is done by {@link FeeScheduleAdministration},
 * which audits it; its refusals are shown in Persian next to the field they are about.
 */
@Named
@ViewScoped
public class FeeScheduleBacking implements PageSource<FeeScheduleRow> {
    private static final long serialVersionUID = 1L;

    @EJB
    private FeeScheduleAdministration administration;

    private final FieldMessages fields = FieldMessages.in("entry")
            .same("id", "effectiveFrom", "roundingUnit", "brackets", "minimum")
            .map("percent", "brackets");

    private final PagedModel<FeeScheduleRow> model = new PagedModel<>(this);

    private FeeScheduleForm form = new FeeScheduleForm();
    private String filter;
    private FeeScheduleRow selected;

    /** The rows read in this request (a new request reads them again). */
    private transient List<FeeScheduleRow> rows;

    private transient FacesContext rowsReadIn;

    @Override
    public long count() {
        return rows().size();
    }

    @Override
    public List<FeeScheduleRow> page(int first, int max) {
        List<FeeScheduleRow> all = rows();
        int from = Math.min(Math.max(first, 0), all.size());
        // a copy: the table keeps the page in the view state, which is serialized (a sub-list is not)
        return new ArrayList<>(all.subList(from, Math.min(from + Math.max(max, 0), all.size())));
    }

    private List<FeeScheduleRow> rows() {
        FacesContext now = FacesContext.getCurrentInstance();
        if (rows == null || rowsReadIn != now) {
            String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
            rows = FeeScheduleRow.of(administration.versions(), today()).stream()
                    .filter(r ->
                            wanted.isEmpty() || r.id().toLowerCase(Locale.ROOT).contains(wanted))
                    .toList();
            rowsReadIn = now;
        }
        return rows;
    }

    private void reload() {
        rows = null;
    }

    private static LocalDate today() {
        return LocalDate.now(TariffVersion.TEHRAN);
    }

    /** Shows the rules of version {@code id}. */
    public void select(String id) {
        selected = rows().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /** Closes the rules shown. */
    public void unselect() {
        selected = null;
    }

    /** Applies the id filter. */
    public void applyFilter() {
        reload();
    }

    /** Starts the new version's form from the rules of the version shown. */
    public void copySelected() {
        if (selected != null) {
            form.fillFrom(selected);
        }
    }

    public void addBracket() {
        form.addBracket();
    }

    public void removeBracket(int index) {
        form.removeBracket(index);
    }

    /** S0-3: enters the new version, in force from its (future) effective date; shows it. */
    public void enter() {
        try {
            FeeScheduleVersion version = form.toVersion();
            StoredFeeScheduleVersion stored = administration.enter(version);
            Messages.info("fees.schedule.entered");
            form = new FeeScheduleForm();
            filter = null;
            reload();
            select(stored.id());
            if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":versions:table")
                    instanceof DataTable table) {
                table.setFirst(0);
            }
        } catch (BusinessException refused) {
            fields.show(refused);
        } catch (EJBAccessException denied) {
            denied();
        }
    }

    /** S0-3: withdraws a version not yet in force (the service refuses one in force). */
    public void withdraw(String id) {
        try {
            administration.withdraw(id);
            Messages.info("fees.schedule.withdrawn");
            if (selected != null && selected.id().equals(id)) {
                selected = null;
            }
            reload();
        } catch (BusinessException refused) {
            Messages.error(FieldMessages.messageFor(refused).getSummary());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (EJBAccessException denied) {
            denied();
        }
    }

    private static void denied() {
        Messages.error(Messages.text("fees.denied"));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public PagedModel<FeeScheduleRow> getModel() {
        return model;
    }

    public FeeScheduleForm getForm() {
        return form;
    }

    public FeeScheduleRow getSelected() {
        return selected;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
