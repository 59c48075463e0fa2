package org.edalat.referral.domain;

/** Specialisations of branches and judges used by referral (S4-8, S4-8.1). */
public enum Specialisation {
    CIVIL,
    FAMILY,
    COMMERCIAL,
    CRIMINAL_1,
    CRIMINAL_2,
    JUVENILE,
    PROSECUTION,
    DISPUTE_RESOLUTION
}
