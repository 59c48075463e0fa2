package org.edalat.referral.domain;

/** Kinds of judicial unit (واحد قضایی); Persian labels in the bundle under {@code unitKind.<NAME>}. */
public enum UnitKind {
    /** دادگاه */
    COURT,
    /** دادسرا */
    PROSECUTOR_OFFICE,
    /** شورای حل اختلاف */
    DISPUTE_COUNCIL
}
