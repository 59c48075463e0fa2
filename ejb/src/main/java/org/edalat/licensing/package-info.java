/**
 * Licensing of the private e-judicial-services offices (دفتر خدمات الکترونیک قضایی): offices,
 * booths, licences; later applicants, eligibility, exams and inspection.
 *
 * <p>Rules owned: the licensing articles of seed 000 (see SPEC.md).
 */
package org.edalat.licensing;
