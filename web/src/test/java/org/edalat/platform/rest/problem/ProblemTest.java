package org.edalat.platform.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.net.URI;
import java.util.List;
import org.edalat.platform.security.UsernameTakenException;
import org.edalat.platform.security.WeakPasswordException;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void problemWithCodeHasItsOwnTypeAndAnEnglishTitle() {
        Problem problem = Problem.of(409, "username-taken", "نام کاربری «x» پیش‌تر ثبت شده است.");

        assertEquals(URI.create("https://edalat.ir/problems/username-taken"), problem.getType());
        assertEquals("Username taken", problem.getTitle());
        assertEquals(409, problem.getStatus());
        assertEquals("username-taken", problem.getCode());
        assertNull(problem.getErrors());
        assertNull(problem.getIncident());
    }

    @Test
    void statusOnlyProblemIsAboutBlankWithTheReasonPhrase() {
        Problem problem = Problem.ofStatus(405, "not here");

        assertEquals(Problem.ABOUT_BLANK, problem.getType());
        assertEquals("Method Not Allowed", problem.getTitle());
        assertEquals("method-not-allowed", problem.getCode());
        assertEquals("not here", problem.getDetail());
    }

    @Test
    void statusesJaxRsDoesNotNameStillGetATitle() {
        assertEquals("Unprocessable Content", Problem.ofStatus(422, null).getTitle());
        assertEquals("unprocessable-content", Problem.ofStatus(422, null).getCode());
        assertEquals("Client Error", Problem.ofStatus(418, null).getTitle());
    }

    @Test
    void internalProblemNamesTheIncidentAndNothingElse() {
        Problem problem = Problem.internal("abc-123");

        assertEquals(500, problem.getStatus());
        assertEquals("Internal error", problem.getTitle());
        assertEquals("An unexpected error occurred; quote incident abc-123", problem.getDetail());
        assertEquals("abc-123", problem.getIncident());
        assertEquals(Problem.INTERNAL_ERROR, problem.getCode());
    }

    @Test
    void validationProblemListsTheFields() {
        Problem problem = Problem.validation(List.of(new Problem.FieldError("username", "must not be blank")));

        assertEquals(400, problem.getStatus());
        assertEquals(Problem.VALIDATION_FAILED, problem.getCode());
        assertEquals("username", problem.getErrors().get(0).getField());
        assertNull(Problem.validation(List.of()).getErrors(), "no empty errors member");
    }

    @Test
    void businessErrorKeepsItsStatusCodeAndPersianMessage() {
        Problem problem = BusinessExceptionMapper.problem(new WeakPasswordException());

        assertEquals(422, problem.getStatus());
        assertEquals("weak-password", problem.getCode());
        assertEquals("Weak password", problem.getTitle());
        assertEquals(new WeakPasswordException().getMessage(), problem.getDetail());
    }

    @Test
    void ejbExceptionIsUnwrappedToTheBusinessErrorOrArgumentItWraps() {
        EJBException wrappedBusiness = new EJBException(new UsernameTakenException("ali"));
        assertEquals(
                "username-taken", EjbExceptionMapper.problem(wrappedBusiness).getCode());
        assertEquals(409, EjbExceptionMapper.problem(wrappedBusiness).getStatus());

        Problem argument = EjbExceptionMapper.problem(
                new EJBException(new IllegalArgumentException("display name must be 1-200 characters")));
        assertEquals(400, argument.getStatus());
        assertEquals("display name must be 1-200 characters", argument.getDetail());

        assertEquals(
                403, EjbExceptionMapper.problem(new EJBAccessException("no")).getStatus());
    }

    @Test
    void anyOtherEjbFailureIsAnIncidentWithoutTheExceptionText() {
        Problem problem = EjbExceptionMapper.problem(
                new EJBException(new IllegalStateException("SECRET table user_account is locked")));

        assertEquals(500, problem.getStatus());
        assertNotNull(problem.getIncident());
        assertFalse(problem.getDetail().contains("SECRET"));
        assertTrue(problem.getDetail().contains(problem.getIncident()));
    }

    @Test
    void unreadableBodyProblemSaysWhatToFix() {
        Problem problem = ReaderExceptionMapper.problem();

        assertEquals(400, problem.getStatus());
        assertEquals(Problem.MALFORMED_BODY, problem.getCode());
    }

    @Test
    void headersDescribingTheOldBodyAreNotCopied() {
        assertTrue(WebApplicationExceptionMapper.copies("Allow"));
        assertTrue(WebApplicationExceptionMapper.copies("WWW-Authenticate"));
        assertFalse(WebApplicationExceptionMapper.copies("Content-Type"));
        assertFalse(WebApplicationExceptionMapper.copies("content-length"));
    }
}
