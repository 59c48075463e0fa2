package org.edalat.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.platform.audit.AuditChainVerifier;
import org.edalat.platform.audit.ChainVerification;
import org.edalat.platform.security.Role;

/** The administrator's view of the audit trail (S4-28: only ADMIN). */
@Path("/admin/audit")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "Audit trail verification (ADMIN)")
public class AuditResource {
    @EJB
    private AuditChainVerifier verifier;

    /**
     * Walks the whole hash chain. 200 either way: {@code intact} says whether it held; when not,
     * {@code firstBrokenPosition} and {@code problem} say where and why.
     */
    @GET
    @Path("/verification")
    @Operation(summary = "Verify the audit hash chain")
    @APIResponse(responseCode = "200", description = "The verification; intact true or false")
    @APIResponse(responseCode = "401", description = "No credentials")
    @APIResponse(responseCode = "403", description = "Not an ADMIN account (S4-28)")
    public ChainVerification verification() {
        return verifier.verify();
    }
}
