package org.edalat.filing.domain;

/** The role a party plays in a filing (S0-2): who complains or claims, against whom, and others. */
public enum PartyRole {
    /** شاکی: files a criminal complaint. */
    COMPLAINANT("شاکی"),
    /** مشتکی‌عنه / متهم: complained against. */
    ACCUSED("مشتکی‌عنه"),
    /** خواهان: files a civil petition. */
    PLAINTIFF("خواهان"),
    /** خوانده: the petition is against. */
    DEFENDANT("خوانده"),
    /** Another person concerned (witness, guarantor, the person a report is about, ...). */
    OTHER("سایر اشخاص");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
