package org.edalat.accounts.domain;

/** In what capacity a natural person represents a legal person (S4-10.1). */
public enum RepresentativeCapacity {
    /** The highest executive (e.g. the managing director). */
    HIGHEST_EXECUTIVE,
    /** The legal representative. */
    LEGAL_REPRESENTATIVE
}
