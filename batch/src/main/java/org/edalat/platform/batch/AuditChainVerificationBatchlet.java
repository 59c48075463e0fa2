package org.edalat.platform.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.edalat.platform.audit.AuditChainVerifier;
import org.edalat.platform.audit.ChainVerification;

/**
 * Step of {@code audit-chain-verification}: verifies the chain; exit status INTACT or BROKEN.
 *
 * <p>{@code @Dependent} makes it a CDI bean in this {@code bean-discovery-mode="annotated"} archive
 * ({@code @Named} alone is not a bean-defining annotation); without it JBeret cannot resolve the job
 * XML's {@code ref} and the step fails with JBERET000600.
 */
@Dependent
@Named
public class AuditChainVerificationBatchlet extends AbstractBatchlet {
    @EJB
    private AuditChainVerifier verifier;

    @Inject
    private JobContext job;

    @Override
    public String process() {
        ChainVerification result = verifier.verify();
        String verdict = result.intact()
                ? "INTACT " + result.entriesChecked()
                : "BROKEN at " + result.firstBrokenPosition() + ": " + result.problem();
        job.setExitStatus(verdict);
        return BatchStatus.COMPLETED.name();
    }
}
