package org.edalat.platform.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.edalat.platform.audit.AuditTrail;
import org.edalat.platform.security.Role;

/**
 * Starts jobs and reads their history from the JDBC job repository. Lives in the web module's
 * libraries because the job XML must be visible to the module that starts the job.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class JobControl {
    /** The audit-chain verification job. */
    public static final String AUDIT_VERIFICATION = "audit-chain-verification";

    @Inject
    private AuditTrail audit;

    /** Starts the audit-chain verification job; returns its execution id. */
    public long startAuditVerification() {
        long id = operator().start(AUDIT_VERIFICATION, new Properties());
        audit.record(Role.ADMIN, "job.start", "JobExecution", Long.toString(id), null, AUDIT_VERIFICATION);
        return id;
    }

    /** The newest executions of a job, newest first. */
    public List<JobRun> recentRuns(String jobName, int max) {
        JobOperator operator = operator();
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(jobName, 0, max);
        } catch (NoSuchJobException neverRun) {
            return List.of();
        }
        return instances.stream()
                .flatMap(i -> operator.getJobExecutions(i).stream())
                .map(JobControl::run)
                .sorted((a, b) -> Long.compare(b.executionId(), a.executionId()))
                .limit(max)
                .toList();
    }

    /** One execution by id. */
    public JobRun run(long executionId) {
        return run(operator().getJobExecution(executionId));
    }

    private static JobRun run(JobExecution e) {
        return new JobRun(
                e.getExecutionId(),
                e.getJobName(),
                e.getBatchStatus().name(),
                instant(e.getStartTime()),
                instant(e.getEndTime()),
                e.getExitStatus());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
