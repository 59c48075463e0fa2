package org.edalat.platform.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.edalat.platform.audit.AuditChainVerifier;
import org.edalat.platform.audit.AuditEntry;
import org.edalat.platform.audit.ChainVerification;
import org.edalat.platform.web.jalali.JalaliCalendar;

/** admin/audit.xhtml: verify the audit hash chain and page through its entries, newest first. */
@Named
@ViewScoped
public class AuditBacking implements PageSource<AuditBacking.Row> {
    private static final long serialVersionUID = 1L;

    /** A table row (Serializable, no entity in view state). */
    public record Row(
            long position,
            Instant occurredAt,
            String actor,
            String role,
            String action,
            String entity,
            String ruleId,
            String hash)
            implements Serializable {}

    @EJB
    private AuditChainVerifier verifier;

    private final PagedModel<Row> model = new PagedModel<>(this);

    private ChainVerification verification;

    /** The "from date" filter, a Jalali day entered through e:jalaliDate (null: all entries). */
    private LocalDate since;

    public void verify() {
        verification = verifier.verify();
    }

    @Override
    public long count() {
        return verifier.count(sinceInstant());
    }

    @Override
    public List<Row> page(int first, int max) {
        return verifier.latest(sinceInstant(), first, max).stream()
                .map(AuditBacking::row)
                .toList();
    }

    static Row row(AuditEntry e) {
        String entity = e.getEntityType() == null ? "" : e.getEntityType() + " " + nullToEmpty(e.getEntityId());
        return new Row(
                e.getPosition(),
                e.getOccurredAt(),
                e.getActor(),
                e.getActorRole(),
                e.getAction(),
                entity.strip(),
                e.getRuleId(),
                e.getHash().substring(0, 12));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Start of the chosen day in Tehran, as the instant entries are stored in. */
    private Instant sinceInstant() {
        return since == null ? null : since.atStartOfDay(JalaliCalendar.TEHRAN).toInstant();
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public PagedModel<Row> getModel() {
        return model;
    }
}
