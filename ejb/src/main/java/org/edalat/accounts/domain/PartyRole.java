package org.edalat.accounts.domain;

/**
 * The capacity in which a person takes part in a case. S4-11 names the ones that must hold a
 * verified account before any judicial act concerning them.
 */
public enum PartyRole {
    ACCUSED(true, "متهم"),
    DEFENDANT(true, "خوانده"),
    /** Bail guarantor (کفیل). */
    GUARANTOR(true, "کفیل"),
    /** Surety (وثیقه‌گذار). */
    SURETY(true, "وثیقه‌گذار"),
    WITNESS(true, "شاهد"),
    ARBITRATOR(true, "داور"),
    PLAINTIFF(false, "خواهان"),
    COMPLAINANT(false, "شاکی"),
    LAWYER(false, "وکیل"),
    EXPERT(false, "کارشناس"),
    OTHER(false, "سایر");

    private final boolean mustRegister;
    private final String persian;

    PartyRole(boolean mustRegister, String persian) {
        this.mustRegister = mustRegister;
        this.persian = persian;
    }

    /** The role's Persian name, as messages show it. */
    public String persian() {
        return persian;
    }

    /** Whether S4-11 obliges a person in this role to register. */
    public boolean mustRegister() {
        return mustRegister;
    }
}
