/**
 * Accounts and identity (SANA, ثنا): the user account every person related to a case must hold,
 * keyed by the person's identity, and the contact data notices are sent to (SPEC.md §1).
 *
 * <p>Vocabulary: <em>natural person</em> (شخص حقیقی), identified by the ten-digit <em>national
 * code</em> (کد ملی, {@link org.edalat.accounts.domain.NationalCode}); <em>legal person</em> (شخص
 * حقوقی), identified by the eleven-digit <em>legal-person national id</em> (شناسه ملی اشخاص حقوقی,
 * {@link org.edalat.accounts.domain.LegalPersonId}) and represented by its highest executive or
 * legal representative; <em>mobile number</em> (شماره همراه, {@link
 * org.edalat.accounts.domain.MobileNumber}), to which notice alerts go; <em>contact-data
 * version</em>: address, name, mobile and e-mail as they stood from the moment a change was
 * recorded, so that until a change is recorded the previous version stays the basis of notices and
 * judicial acts, and every notice names the version it used.
 *
 * <p>Rules owned: S4-9 (everyone related to a case gets an account; all notices go to it, S4-9.1),
 * S4-10 (registration directly or through an office, final only after identity verification;
 * S0-4 and S0-48: the office or an online method verifies identity), S4-10.1 (a legal person's
 * account is requested by its highest executive or legal representative), S4-10.2 (a national
 * judicial e-mail address for a person with neither mobile nor e-mail), S4-11 and S4-11.1 (who
 * must register, and the judicial unit registering them where needed), S4-12 (versioned contact
 * data), S4-17 (contact data handed over by other bodies), S4-19.1 (a prison registers a detainee),
 * S4-21 (the company registration office registers legal persons), S0-40.b (every change records
 * who asked for it), and for SANA's part S4-27, S4-28 (secured registration and access, access
 * levels per role; the platform context enforces them for logins).
 *
 * <p>Roles: {@code domain} holds the entities with their behaviour ({@link
 * org.edalat.accounts.domain.Person}, {@link org.edalat.accounts.domain.ContactVersion}), the value
 * objects and one exception per business error; {@code application} the services, one per
 * use-case group ({@link org.edalat.accounts.application.PersonRegistry} for every registration
 * path and verification, {@link org.edalat.accounts.application.ContactDirectory} for versions and
 * "contact data at T", {@link org.edalat.accounts.application.PersonDirectory} for search, {@link
 * org.edalat.accounts.application.MandatoryRegistration} for other contexts' S4-11 guard, {@link
 * org.edalat.accounts.application.ContactFeed} for agencies); {@code registry} the local adapter of
 * the civil registry's identity inquiry ({@link org.edalat.accounts.domain.IdentityRegistry}, S0-48);
 * {@code web}, {@code rest} and {@code soap} (in the web module) the thin adapters. Credentials
 * (lockout, login history, password change) belong to the platform security package.
 */
package org.edalat.accounts;
