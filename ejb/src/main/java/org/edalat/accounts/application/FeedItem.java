package org.edalat.accounts.application;

/** One person's contact data as an agency hands it over (S4-17); null fields are not changed. */
public record FeedItem(
        String identityKey,
        String mobile,
        String email,
        String fax,
        String provinceCode,
        String city,
        String postalCode,
        String addressLine) {}
