package org.edalat.filing.payment;

/** What kind of thing a payment pays for; with the payable's id it names it (generic reference). */
public enum PayableType {
    /** The judicial service fee and office tariff of a filing (id: the filing's id). */
    FILING,
    /** An office service charged on its own (id: the office charge's id). */
    OFFICE_CHARGE
}
