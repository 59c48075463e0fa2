package org.edalat.accounts.soap;

import java.util.concurrent.Callable;
import org.edalat.accounts.soap.v1.ProblemDetail;
import org.edalat.accounts.soap.v1.ProblemFault;
import org.edalat.platform.soap.SoapProblem;

/**
 * The one way an accounts SOAP endpoint answers an error: the declared {@link ProblemFault} of the
 * accounts contract, whose detail carries the {@link SoapProblem} the failure is (the stable code, an
 * English title, the Persian message, the field and the status the REST API would answer with).
 */
final class SoapFaults {
    static final String UNAUTHORIZED = "unauthorized";

    private SoapFaults() {}

    /** Runs the service call of {@code operation}, answering every failure as a {@link ProblemFault}. */
    static <T> T answer(String operation, Callable<T> call) throws ProblemFault {
        return SoapProblem.answer(operation, call, ProblemFault.class, SoapFaults::fault);
    }

    static ProblemFault fault(SoapProblem problem) {
        ProblemDetail detail = new ProblemDetail();
        detail.setCode(problem.code());
        detail.setTitle(problem.title());
        detail.setMessage(problem.message());
        detail.setField(problem.field());
        detail.setStatus(problem.status());
        detail.setIncidentId(problem.incidentId());
        return new ProblemFault(problem.message(), detail);
    }
}
