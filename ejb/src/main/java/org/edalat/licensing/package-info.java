/**
 * Licensing of the private e-judicial-services offices (دفتر خدمات الکترونیک قضایی): offices,
 * booths, licences and their standing ({@link org.edalat.licensing.application.LicenseStanding}: the one
 * call other contexts make before an office gives a service); later applicants, eligibility, exams
 * and inspection.
 *
 * <p>Rules owned: the licensing articles of seed 000 (see SPEC.md).
 */
package org.edalat.licensing;
