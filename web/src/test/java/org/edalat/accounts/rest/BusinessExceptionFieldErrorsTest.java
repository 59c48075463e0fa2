package org.edalat.accounts.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.edalat.accounts.domain.InvalidFieldException;
import org.edalat.accounts.domain.NationalCode;
import org.edalat.accounts.domain.PersonAlreadyRegisteredException;
import org.edalat.platform.rest.problem.BusinessExceptionMapper;
import org.edalat.platform.rest.problem.Problem;
import org.junit.jupiter.api.Test;

/** A business error about one input field names it in the problem's {@code errors}; others carry none. */
class BusinessExceptionFieldErrorsTest {

    @Test
    void malformedNationalCodeIs422NamingTheField() {
        InvalidFieldException error = assertThrows(
                InvalidFieldException.class,
                () -> InvalidFieldException.parse("nationalCode", () -> NationalCode.of("0013542418")));

        Problem problem = BusinessExceptionMapper.problem(error);

        assertEquals(422, problem.getStatus());
        assertEquals("invalid-national-code", problem.getCode());
        assertEquals(URI.create("https://edalat.ir/problems/invalid-national-code"), problem.getType());
        assertEquals(1, problem.getErrors().size());
        assertEquals("nationalCode", problem.getErrors().get(0).getField());
        assertEquals(error.getMessage(), problem.getErrors().get(0).getMessage());
        assertEquals(error.getMessage(), problem.getDetail());
    }

    @Test
    void requiredFieldNamesItToo() {
        Problem problem = BusinessExceptionMapper.problem(InvalidFieldException.required("birthDate", "تاریخ تولد"));

        assertEquals("required-field", problem.getCode());
        assertEquals("birthDate", problem.getErrors().get(0).getField());
    }

    @Test
    void errorNotAboutAFieldHasNoErrors() {
        Problem problem = BusinessExceptionMapper.problem(new PersonAlreadyRegisteredException("0013542419"));

        assertEquals(409, problem.getStatus());
        assertEquals("person-already-registered", problem.getCode());
        assertNull(problem.getErrors());
    }

    @Test
    void blankFieldIsNoField() {
        Problem problem = BusinessExceptionMapper.problem(new InvalidFieldException(" ", "odd", "پیام"));

        assertEquals("odd", problem.getCode());
        assertNull(problem.getErrors());
    }
}
