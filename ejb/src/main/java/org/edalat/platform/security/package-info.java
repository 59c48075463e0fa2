/**
 * Accounts and roles of the platform: who may log in and with which access level (S4-27, S4-28,
 * S0-52). Authentication itself is the Elytron domain {@code EdalatDomain} over these tables.
 */
package org.edalat.platform.security;
