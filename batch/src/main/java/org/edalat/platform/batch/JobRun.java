package org.edalat.platform.batch;

import java.io.Serializable;
import java.time.Instant;

/** One execution of a job as screens and APIs show it. */
public record JobRun(
        long executionId, String jobName, String status, Instant startedAt, Instant endedAt, String exitStatus)
        implements Serializable {}
