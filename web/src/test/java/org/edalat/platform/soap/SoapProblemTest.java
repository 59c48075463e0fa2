package org.edalat.platform.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.edalat.platform.security.WeakPasswordException;
import org.junit.jupiter.api.Test;

/** The problem a SOAP fault carries, whichever contract's fault type carries it. */
class SoapProblemTest {

    /** A declared fault of some contract. */
    static final class Fault extends Exception {
        final transient SoapProblem problem;

        Fault(SoapProblem problem) {
            super(problem.message());
            this.problem = problem;
        }
    }

    @Test
    void aBusinessExceptionWrappedByTheContainerKeepsItsCodeFieldAndStatus() {
        WeakPasswordException weak = new WeakPasswordException();

        SoapProblem problem = SoapProblem.of("op", new EJBException(weak));

        assertEquals(weak.code(), problem.code());
        assertEquals(weak.getMessage(), problem.message());
        assertEquals(weak.field(), problem.field());
        assertEquals(weak.httpStatus(), problem.status());
        assertNull(problem.incidentId());
        assertEquals(SoapProblem.titleOf(weak.code()), problem.title());
    }

    @Test
    void aRefusedRoleIs403Forbidden() {
        SoapProblem problem = SoapProblem.of("op", new EJBException(new EJBAccessException("no")));

        assertEquals(SoapProblem.FORBIDDEN, problem.code());
        assertEquals("Forbidden", problem.title());
        assertEquals(403, problem.status());
        assertEquals(SoapProblem.forbidden(), problem);
    }

    @Test
    void aRefusedArgumentIs400WithItsMessage() {
        SoapProblem problem = SoapProblem.of("op", new IllegalArgumentException("bad id"));

        assertEquals("invalid-argument", problem.code());
        assertEquals("Invalid argument", problem.title());
        assertEquals(400, problem.status());
        assertTrue(problem.message().endsWith("bad id"), problem.message());
    }

    @Test
    void anythingElseIs500NamingAnIncidentAndNothingOfTheException() {
        SoapProblem problem = SoapProblem.of("op", new IllegalStateException("secret detail"));

        assertEquals(SoapProblem.INTERNAL_ERROR, problem.code());
        assertEquals(500, problem.status());
        assertNotNull(problem.incidentId());
        assertTrue(problem.message().contains(problem.incidentId()), problem.message());
        assertFalse(problem.message().contains("secret detail"), problem.message());
        assertFalse(problem.message().contains("IllegalStateException"), problem.message());
    }

    @Test
    void answerPassesTheDeclaredFaultAndTheResultAndWrapsEveryOtherFailure() throws Exception {
        assertEquals("ok", SoapProblem.answer("op", () -> "ok", Fault.class, Fault::new));

        Fault declared = new Fault(SoapProblem.forbidden());
        assertSame(declared, assertThrows(Fault.class, () -> failing(declared)));

        Fault wrapped = assertThrows(Fault.class, () -> failing(new EJBAccessException("no")));
        assertEquals(403, wrapped.problem.status());
    }

    private static Object failing(Exception failure) throws Fault {
        return SoapProblem.answer(
                "op",
                () -> {
                    throw failure;
                },
                Fault.class,
                Fault::new);
    }

    @Test
    void theTitleIsTheCodeInWords() {
        assertEquals("Invalid legal person id", SoapProblem.titleOf("invalid-legal-person-id"));
        assertEquals("Error", SoapProblem.titleOf(" "));
        assertEquals("Error", SoapProblem.titleOf(null));
    }
}
