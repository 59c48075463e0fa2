package org.edalat.accounts.application;

import org.edalat.accounts.domain.PartyRole;
import org.edalat.accounts.domain.Standing;

/**
 * A party of a judicial act as S4-11 sees it: whether the role obliges registration, where the
 * person stands, and so whether the act must wait ({@link #blocking()}).
 */
public record PartyFlag(String identityKey, PartyRole role, Standing standing) {
    /** The role must register and the person holds no verified account. */
    public boolean blocking() {
        return role.mustRegister() && standing != Standing.VERIFIED;
    }
}
