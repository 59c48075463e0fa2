package org.edalat.platform.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.edalat.platform.batch.JobControl;
import org.edalat.platform.batch.JobRun;

/** admin/jobs.xhtml: start background jobs and follow their runs (polled while one is running). */
@Named
@ViewScoped
public class JobsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private JobControl jobs;

    private List<JobRun> runs;

    public void startAuditVerification() {
        jobs.startAuditVerification();
        Messages.info("jobs.started");
        runs = null;
    }

    public List<JobRun> getRuns() {
        if (runs == null) {
            runs = jobs.recentRuns(JobControl.AUDIT_VERIFICATION, 20);
        }
        return runs;
    }

    /** True while a run is still going: the page polls until none is. */
    public boolean isRunning() {
        return getRuns().stream().anyMatch(r -> r.endedAt() == null);
    }

    public void refresh() {
        runs = null;
    }
}
