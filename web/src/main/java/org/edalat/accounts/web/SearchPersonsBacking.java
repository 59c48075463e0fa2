package org.edalat.accounts.web;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.edalat.accounts.application.PersonDirectory;
import org.edalat.platform.web.PageSource;
import org.edalat.platform.web.PagedModel;

/**
 * persons/index.xhtml: finds persons in SANA by national code, legal-person national id, foreign
 * national id ({@code f…}) or a part of the name, one page at a time; each row opens the person.
 */
@Named
@ViewScoped
public class SearchPersonsBacking implements PageSource<PersonSummary> {
    private static final long serialVersionUID = 1L;

    @EJB
    private PersonDirectory directory;

    private final PagedModel<PersonSummary> model = new PagedModel<>(this);

    private String query;
    private String appliedQuery;

    /** Applies the typed text; the table reloads from its first page. */
    public void search() {
        appliedQuery = query == null || query.isBlank() ? null : query.strip();
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":persons:table") instanceof UIData table) {
            table.setFirst(0);
        }
    }

    @Override
    public long count() {
        return directory.count(appliedQuery);
    }

    @Override
    public List<PersonSummary> page(int first, int max) {
        return directory.search(appliedQuery, first, max).stream()
                .map(PersonSummary::of)
                .toList();
    }

    public PagedModel<PersonSummary> getModel() {
        return model;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
