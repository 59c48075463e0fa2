package org.edalat.platform.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** Which endpoints an anonymous caller gets 401 from (S4-27). */
class ApiAuthenticationFilterTest {

    @PermitAll
    static class Public {
        public void open() {}

        @RolesAllowed("ADMIN")
        public void guarded() {}

        @DenyAll
        public void closed() {}
    }

    @RolesAllowed("ADMIN")
    static class Admin {
        public void guarded() {}

        @PermitAll
        public void open() {}
    }

    static class Silent {
        public void anything() {}
    }

    /** What a CDI proxy looks like to reflection: a subclass without the annotations. */
    static class PublicProxy extends Public {}

    @Test
    void permitAllClassIsOpenUnlessTheMethodSaysOtherwise() throws Exception {
        assertFalse(ApiAuthenticationFilter.requiresAuthentication(method(Public.class, "open"), Public.class));
        assertTrue(ApiAuthenticationFilter.requiresAuthentication(method(Public.class, "guarded"), Public.class));
        assertTrue(ApiAuthenticationFilter.requiresAuthentication(method(Public.class, "closed"), Public.class));
    }

    @Test
    void rolesAllowedClassNeedsAnIdentityUnlessTheMethodIsPermitAll() throws Exception {
        assertTrue(ApiAuthenticationFilter.requiresAuthentication(method(Admin.class, "guarded"), Admin.class));
        assertFalse(ApiAuthenticationFilter.requiresAuthentication(method(Admin.class, "open"), Admin.class));
    }

    @Test
    void anEndpointThatSaysNothingNeedsAnIdentity() throws Exception {
        assertTrue(ApiAuthenticationFilter.requiresAuthentication(method(Silent.class, "anything"), Silent.class));
        assertTrue(ApiAuthenticationFilter.requiresAuthentication(null, null));
    }

    @Test
    void aProxySubclassKeepsTheRuleOfTheClassItProxies() throws Exception {
        assertFalse(ApiAuthenticationFilter.requiresAuthentication(method(Public.class, "open"), PublicProxy.class));
    }

    @Test
    void theRealResourcesAreGuardedAsIntended_S4_28() throws Exception {
        assertFalse(ApiAuthenticationFilter.requiresAuthentication(
                method(HealthResource.class, "health"), HealthResource.class));
        assertTrue(ApiAuthenticationFilter.requiresAuthentication(
                UsersResource.class.getMethod("list", int.class, int.class), UsersResource.class));
        assertTrue(ApiAuthenticationFilter.requiresAuthentication(
                method(AuditResource.class, "verification"), AuditResource.class));
    }

    private static Method method(Class<?> type, String name) throws NoSuchMethodException {
        return type.getMethod(name);
    }
}
