package org.edalat.platform.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.edalat.platform.BusinessException;
import org.edalat.platform.security.Postings;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.UserAccount;
import org.edalat.platform.security.UserAccountService;

/** admin/users.xhtml: the user accounts, paged, and the form that opens a new one (S4-28). */
@Named
@ViewScoped
public class UsersBacking implements PageSource<UsersBacking.Row> {
    private static final long serialVersionUID = 1L;

    /** A table row (Serializable, no entity in view state). */
    public record Row(
            String username, String displayName, List<Role> roles, boolean enabled, Instant createdAt, String place)
            implements Serializable {}

    @EJB
    private UserAccountService accounts;

    @EJB
    private Postings postings;

    private final PagedModel<Row> model = new PagedModel<>(this);

    private String username;
    private String displayName;
    private String password;
    private List<Role> roles;
    private String postUsername;
    private String postUnit;
    private String postOffice;

    @Override
    public long count() {
        return accounts.count();
    }

    @Override
    public List<Row> page(int first, int max) {
        return accounts.list(first, max).stream().map(this::row).toList();
    }

    private Row row(UserAccount u) {
        String place = postings.of(u.getUsername())
                .map(p -> p.unitCode() != null ? p.unitCode() : p.officeCode())
                .orElse(null);
        return new Row(
                u.getUsername(), u.getDisplayName(), List.copyOf(u.getRoles()), u.isEnabled(), u.getCreatedAt(), place);
    }

    /** Posts a user at a unit or an office (where staff work: a clerk's office, a unit's staff). */
    public void post() {
        try {
            postings.post(postUsername, postUnit, postOffice);
            Messages.info("users.posted");
            postUsername = null;
            postUnit = null;
            postOffice = null;
        } catch (BusinessException e) {
            Messages.error(e.getMessage());
        }
    }

    public String getPostUsername() {
        return postUsername;
    }

    public void setPostUsername(String postUsername) {
        this.postUsername = postUsername;
    }

    public String getPostUnit() {
        return postUnit;
    }

    public void setPostUnit(String postUnit) {
        this.postUnit = postUnit;
    }

    public String getPostOffice() {
        return postOffice;
    }

    public void setPostOffice(String postOffice) {
        this.postOffice = postOffice;
    }

    /** Opens the account; a business error (taken name, weak password) stays on the form. */
    public void create() {
        try {
            accounts.open(username, displayName, password, EnumSet.copyOf(roles));
            Messages.info("users.created");
            username = null;
            displayName = null;
            password = null;
            roles = null;
        } catch (BusinessException e) {
            Messages.error(e.getMessage());
        }
    }

    public void disable(String name) {
        try {
            accounts.disable(name);
            Messages.info("users.disabled");
        } catch (BusinessException e) {
            Messages.error(e.getMessage());
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public PagedModel<Row> getModel() {
        return model;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }
}
