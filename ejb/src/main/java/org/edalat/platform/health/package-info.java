/**
 * Health of the running application for monitors and load balancers: whether the application
 * database answers. Public (no account needed) and free of details an attacker could use: callers
 * get up/down and a short reason, the log gets the exception.
 */
package org.edalat.platform.health;
