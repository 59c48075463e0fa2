package org.edalat.filing.soap;

import java.util.concurrent.Callable;
import org.edalat.filing.soap.v1.ProblemDetail;
import org.edalat.filing.soap.v1.ProblemFault;
import org.edalat.platform.soap.SoapProblem;

/**
 * The one way the filing SOAP endpoint answers an error, as the accounts endpoints do: the declared
 * {@link ProblemFault} of the filing contract, whose detail carries the {@link SoapProblem} the
 * failure is (the stable code, an English title, the Persian message, the field and the status the
 * REST API would answer with; 403 {@code forbidden} for a refused role, S4-28).
 */
final class FilingSoapFaults {
    private FilingSoapFaults() {}

    /** Runs the service call of {@code operation}, answering every failure as a {@link ProblemFault}. */
    static <T> T answer(String operation, Callable<T> call) throws ProblemFault {
        return SoapProblem.answer(operation, call, ProblemFault.class, FilingSoapFaults::fault);
    }

    /** The filing contract's fault for {@code problem}. */
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
