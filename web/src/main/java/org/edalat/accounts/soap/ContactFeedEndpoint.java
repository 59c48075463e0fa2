package org.edalat.accounts.soap;

import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import java.util.ArrayList;
import java.util.List;
import org.edalat.accounts.application.ContactFeed;
import org.edalat.accounts.application.FeedResult;
import org.edalat.accounts.domain.FeedItemOutcome;
import org.edalat.accounts.soap.v1.BatchResult;
import org.edalat.accounts.soap.v1.Contact;
import org.edalat.accounts.soap.v1.ContactFeedPortType;
import org.edalat.accounts.soap.v1.FeedItem;
import org.edalat.accounts.soap.v1.FeedItemResult;
import org.edalat.accounts.soap.v1.ItemOutcome;
import org.edalat.accounts.soap.v1.ProblemFault;

/**
 * SOAP endpoint of the agency contact feed (contract WEB-INF/wsdl/contact-feed-v1.wsdl, URL {@code
 * /soap/accounts/contact-feed}): each item of a batch becomes a new contact-data version with the
 * agency as its source, bad items are answered one by one while the good ones are applied, and the
 * same batch id sent again gets the first answer (S4-17). Translation only: {@link
 * ContactFeed#apply} decides and checks the role (AGENCY_API).
 */
@WebService(
        serviceName = "ContactFeedService",
        portName = "ContactFeedPort",
        targetNamespace = SoapContract.NAMESPACE,
        endpointInterface = "org.edalat.accounts.soap.v1.ContactFeedPortType",
        wsdlLocation = "WEB-INF/wsdl/contact-feed-v1.wsdl")
public class ContactFeedEndpoint implements ContactFeedPortType {
    @EJB
    private ContactFeed feed;

    @Override
    public BatchResult submitBatch(String batchId, List<FeedItem> items) throws ProblemFault {
        return SoapFaults.answer("submitBatch", () -> result(feed.apply(batchId, items(items))));
    }

    private static List<org.edalat.accounts.application.FeedItem> items(List<FeedItem> items) {
        if (items == null) {
            return List.of();
        }
        List<org.edalat.accounts.application.FeedItem> list = new ArrayList<>(items.size());
        for (FeedItem item : items) {
            Contact c = item.getContact() == null ? new Contact() : item.getContact();
            list.add(new org.edalat.accounts.application.FeedItem(
                    item.getIdentityKey(),
                    c.getMobile(),
                    c.getEmail(),
                    c.getFax(),
                    c.getProvinceCode(),
                    c.getCity(),
                    c.getPostalCode(),
                    c.getAddressLine()));
        }
        return list;
    }

    private static BatchResult result(FeedResult feedResult) {
        BatchResult result = new BatchResult();
        result.setBatchId(feedResult.batchId());
        result.setReplayed(feedResult.replayed());
        result.setApplied(feedResult.applied());
        result.setRejected(feedResult.rejected());
        for (FeedItemOutcome outcome : feedResult.items()) {
            FeedItemResult item = new FeedItemResult();
            item.setIndex(outcome.index());
            item.setIdentityKey(outcome.identityKey());
            item.setOutcome(outcome.isApplied() ? ItemOutcome.APPLIED : ItemOutcome.REJECTED);
            item.setCode(outcome.errorCode());
            item.setMessage(outcome.message());
            result.getItem().add(item);
        }
        return result;
    }
}
