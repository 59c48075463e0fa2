package org.edalat.accounts.application;

import org.edalat.accounts.domain.Person;

/**
 * The outcome of a registration: the person, whether the account was created now, and the initial
 * password generated for it (null when the person chose one or the account already existed). The
 * initial password is shown once, to be handed to the person, who must change it at first login.
 */
public record Registration(Person person, boolean created, String initialPassword) {}
