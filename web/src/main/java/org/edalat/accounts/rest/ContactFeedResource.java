package org.edalat.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.accounts.application.ContactFeed;
import org.edalat.accounts.application.FeedItem;
import org.edalat.platform.rest.problem.Problem;
import org.edalat.platform.security.Role;

/**
 * Contact data handed over by other bodies (S4-17): each item applied as a new version with the
 * agency as source, bad items reported by index while the good ones are applied. Idempotent on the
 * agency's batch id: the same {@code PUT} again gets the first answer with {@code replayed} true and
 * changes nothing.
 */
@Path("/contact-feed/batches")
@RequestScoped
@RolesAllowed(Role.Names.AGENCY_API)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class ContactFeedResource {
    @EJB
    private ContactFeed feed;

    @PUT
    @Path("/{batchId}")
    @Operation(summary = "Apply a batch of contact data (S4-17), idempotent on the batch id")
    @APIResponse(
            responseCode = "200",
            description = "Per-item outcomes; replayed true when the batch id was sent before",
            content = @Content(schema = @Schema(implementation = Views.FeedResultView.class)))
    @APIResponse(
            responseCode = "409",
            description = "feed-batch-in-progress: the same batch is being applied; send it again shortly",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "invalid-batch-id, no items, batch-too-large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.FeedResultView apply(@PathParam("batchId") String batchId, @NotNull @Valid Bodies.FeedBatch body) {
        List<FeedItem> items = new ArrayList<>(body.items.size());
        for (Bodies.FeedItem item : body.items) {
            items.add(
                    item == null
                            ? null
                            : new FeedItem(
                                    item.identityKey,
                                    item.mobile,
                                    item.email,
                                    item.fax,
                                    item.provinceCode,
                                    item.city,
                                    item.postalCode,
                                    item.addressLine));
        }
        return Views.FeedResultView.of(feed.apply(batchId, items));
    }
}
