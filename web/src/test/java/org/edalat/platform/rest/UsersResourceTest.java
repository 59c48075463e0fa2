package org.edalat.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.edalat.platform.rest.problem.Problem;
import org.edalat.platform.security.Role;
import org.junit.jupiter.api.Test;

class UsersResourceTest {

    @Test
    void knownRoleNamesBecomeRoles_S4_28() {
        List<Problem.FieldError> unknown = new ArrayList<>();

        assertEquals(
                EnumSet.of(Role.JUDGE, Role.BRANCH_CLERK),
                UsersResource.roles(List.of("JUDGE", "BRANCH_CLERK", "JUDGE"), unknown));
        assertTrue(unknown.isEmpty());
    }

    @Test
    void unknownRoleNamesAreFieldErrorsNamingTheirPosition() {
        List<Problem.FieldError> unknown = new ArrayList<>();

        UsersResource.roles(Arrays.asList("JUDGE", "EMPEROR", "judge", null), unknown);

        assertEquals(
                List.of("roles[1]", "roles[2]", "roles[3]"),
                unknown.stream().map(Problem.FieldError::getField).toList());
        assertEquals("unknown role: EMPEROR", unknown.get(0).getMessage());
    }
}
