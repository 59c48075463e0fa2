package org.edalat.accounts.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.edalat.accounts.application.Registration;

/** Responses the accounts resources share. */
final class AccountsResponses {
    private AccountsResponses() {}

    /** Where a person is found: {@code /api/v1/persons/{identityKey}}. */
    static URI personUri(UriInfo uriInfo, String identityKey) {
        return uriInfo.getBaseUriBuilder()
                .path(PersonsResource.class)
                .path(identityKey)
                .build();
    }

    /** 201 with Location of the person and the registration as body. */
    static Response created(UriInfo uriInfo, Registration registration) {
        return Response.created(personUri(uriInfo, registration.person().identityKey()))
                .entity(Views.RegistrationView.of(registration))
                .build();
    }

    /** 201 when the registration created the account, else 200 with the existing person. */
    static Response createdOrExisting(UriInfo uriInfo, Registration registration) {
        if (registration.created()) {
            return created(uriInfo, registration);
        }
        return Response.ok(Views.RegistrationView.of(registration))
                .contentLocation(personUri(uriInfo, registration.person().identityKey()))
                .build();
    }
}
