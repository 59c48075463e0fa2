package org.edalat.accounts.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A SANA account holder (S4-9): a natural person, a foreign national, a legal person, a state body
 * or a prison. Keyed by its {@link #identityKey()}: one identity, one account. The registration is
 * final only once identity is verified (S4-10); how and by whom is kept. Names and contact data live
 * in {@link ContactVersion}s (S4-12), made only through {@link #nextVersion}; the current name is
 * kept here for search.
 */
@Entity
@Table(name = "person")
public class Person {
    private static final Pattern FOREIGN_ID = Pattern.compile("[0-9]{6,20}");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("[0-9]{1,30}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private PersonKind kind;

    @Column(name = "identity_key", nullable = false, unique = true, length = 40, updatable = false)
    private String identityKey;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "national_code", length = 10, updatable = false))
    private NationalCode nationalCode;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "legal_id", length = 11, updatable = false))
    private LegalPersonId legalId;

    @Column(name = "foreign_id", length = 20, updatable = false)
    private String foreignId;

    @Column(name = "passport_number", length = 20)
    private String passportNumber;

    @Column(name = "nationality", length = 60)
    private String nationality;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "registration_number", length = 30)
    private String registrationNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "representative_id")
    private Person representative;

    @Enumerated(EnumType.STRING)
    @Column(name = "representative_capacity", length = 30)
    private RepresentativeCapacity representativeCapacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RegistrationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_channel", nullable = false, length = 20, updatable = false)
    private Channel registrationChannel;

    @Column(name = "registered_by", nullable = false, length = 100, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_registration_reason", length = 30, updatable = false)
    private UnitRegistrationReason unitRegistrationReason;

    @Column(name = "registering_unit_code", length = 20, updatable = false)
    private String registeringUnitCode;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_method", length = 30)
    private VerificationMethod verificationMethod;

    @Column(name = "verified_by", length = 100)
    private String verifiedBy;

    @Column(nullable = false, unique = true, length = 100, updatable = false)
    private String username;

    @Column(name = "judicial_email", unique = true, length = 100)
    private String judicialEmail;

    @Column(name = "current_name", nullable = false, length = 300)
    private String currentName;

    @Column(name = "contact_seq", nullable = false)
    private int contactSeq;

    @Version
    private long version;

    /** For JPA only. */
    protected Person() {}

    private Person(PersonKind kind, String identityKey, ChangeRecord registration, Instant now) {
        this.kind = kind;
        this.identityKey = identityKey;
        this.username = identityKey.toLowerCase(Locale.ROOT); // S4-27: username = national code / id
        this.status = RegistrationStatus.PENDING_VERIFICATION;
        this.registrationChannel = registration.channel();
        this.registeredBy = registration.recordedBy();
        this.registeredAt = now;
        this.currentName = "";
    }

    /** An Iranian natural person; pending verification until {@link #verify}. */
    public static Person natural(NationalCode code, LocalDate birthDate, ChangeRecord registration, Instant now) {
        requireBirthDate(birthDate, now);
        Person person = new Person(PersonKind.NATURAL, code.value(), registration, now);
        person.nationalCode = code;
        person.birthDate = birthDate;
        return person;
    }

    /** A foreign national, keyed by {@code f} + the foreign-national id, with a passport number. */
    public static Person foreignNational(
            String foreignId,
            String passportNumber,
            String nationality,
            LocalDate birthDate,
            ChangeRecord registration,
            Instant now) {
        String id = IdentifierText.normalise(foreignId);
        if (id == null || !FOREIGN_ID.matcher(id).matches()) {
            throw new InvalidFieldException(
                    "foreignId", "invalid-foreign-id", "شناسهٔ اتباع خارجی باید ۶ تا ۲۰ رقم باشد.");
        }
        String passport =
                passportNumber == null ? null : IdentifierText.normalise(passportNumber.toUpperCase(Locale.ROOT));
        if (passport == null || !PASSPORT.matcher(passport).matches()) {
            throw new InvalidFieldException(
                    "passportNumber", "invalid-passport-number", "شمارهٔ گذرنامه باید ۵ تا ۲۰ حرف لاتین یا رقم باشد.");
        }
        if (nationality == null || nationality.isBlank()) {
            throw InvalidFieldException.required("nationality", "تابعیت");
        }
        if (nationality.strip().length() > 60) {
            throw InvalidFieldException.tooLong("nationality", "تابعیت", 60);
        }
        requireBirthDate(birthDate, now);
        Person person = new Person(PersonKind.FOREIGN_NATURAL, "f" + id, registration, now);
        person.foreignId = id;
        person.passportNumber = passport;
        person.nationality = nationality.strip();
        person.birthDate = birthDate;
        return person;
    }

    /**
     * A legal person, state body or prison, keyed by its legal-person national id. A legal person
     * (not a state body or prison) names the natural person who represents it (S4-10.1).
     */
    public static Person legalEntity(
            PersonKind kind,
            LegalPersonId legalId,
            String registrationNumber,
            Person representative,
            RepresentativeCapacity capacity,
            ChangeRecord registration,
            Instant now) {
        if (kind == null || !kind.isLegalEntity()) {
            throw new IllegalArgumentException("not a legal-entity kind: " + kind);
        }
        Person person = new Person(kind, legalId.value(), registration, now);
        person.legalId = legalId;
        person.changeRegistration(registrationNumber, representative, capacity);
        return person;
    }

    /**
     * Records the registration number and representative of a legal person as the company
     * registration office or the representative states them (S4-10.1, S4-21).
     */
    public void changeRegistration(String registrationNumber, Person representative, RepresentativeCapacity capacity) {
        if (kind == PersonKind.LEGAL) {
            String number = IdentifierText.normalise(registrationNumber);
            if (number == null || !REGISTRATION_NUMBER.matcher(number).matches()) {
                throw new InvalidFieldException(
                        "registrationNumber",
                        "invalid-registration-number",
                        "شمارهٔ ثبت شخص حقوقی باید تنها رقم باشد.");
            }
            if (representative == null || capacity == null) {
                throw new InvalidFieldException(
                        "representativeNationalCode",
                        "representative-required",
                        "شخص حقوقی باید بالاترین مقام اجرایی یا نمایندهٔ قانونی خود را معرفی کند (مادهٔ ۱۰).");
            }
            if (representative.kind() != PersonKind.NATURAL && representative.kind() != PersonKind.FOREIGN_NATURAL) {
                throw new InvalidFieldException(
                        "representativeNationalCode",
                        "representative-not-natural",
                        "نمایندهٔ شخص حقوقی باید شخص حقیقی باشد.");
            }
            this.registrationNumber = number;
        }
        this.representative = representative;
        this.representativeCapacity = representative == null ? null : capacity;
    }

    private static void requireBirthDate(LocalDate birthDate, Instant now) {
        if (birthDate == null) {
            throw InvalidFieldException.required("birthDate", "تاریخ تولد");
        }
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        if (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(130))) {
            throw new InvalidFieldException("birthDate", "invalid-birth-date", "تاریخ تولد پذیرفتنی نیست.");
        }
    }

    /** Marks a registration by a judicial unit and why the unit did it (S4-11, S4-11.1). */
    public void registeredByUnit(String unitCode, UnitRegistrationReason reason) {
        this.registeringUnitCode = unitCode;
        this.unitRegistrationReason = reason;
    }

    /** Makes the registration final (S4-10); refuses one already final. */
    public void verify(VerificationMethod method, String by, Instant now) {
        if (status == RegistrationStatus.VERIFIED) {
            throw new AlreadyVerifiedException();
        }
        this.status = RegistrationStatus.VERIFIED;
        this.verificationMethod = method;
        this.verifiedBy = by;
        this.verifiedAt = now;
    }

    /**
     * The next contact-data version: {@code current} (null for the first) with the change applied,
     * in force from {@code now} (or just after the current version, so versions never share an
     * instant). Creates the national judicial e-mail address when the person is left with neither
     * mobile nor e-mail (S4-10.2). The caller persists the version.
     */
    public ContactVersion nextVersion(ContactVersion current, ContactChange change, ChangeRecord record, Instant now) {
        if ((current == null) != (contactSeq == 0)) {
            throw new IllegalStateException("current version does not match the person's version count");
        }
        ContactData data = (current == null ? ContactData.empty() : current.data()).apply(change);
        if (kind.isLegalEntity() ? data.legalName() == null : data.firstName() == null || data.lastName() == null) {
            throw kind.isLegalEntity()
                    ? InvalidFieldException.required("legalName", "نام شخص حقوقی")
                    : InvalidFieldException.required(
                            data.firstName() == null ? "firstName" : "lastName",
                            data.firstName() == null ? "نام" : "نام خانوادگی");
        }
        Instant effective = current == null || now.isAfter(current.effectiveFrom())
                ? now
                : current.effectiveFrom().plusNanos(1000);
        if (!data.hasMobileOrEmail() && judicialEmail == null) {
            judicialEmail = JudicialEmail.forIdentity(identityKey); // S4-10.2
        }
        contactSeq++;
        currentName = data.displayName();
        return new ContactVersion(this, contactSeq, effective, data, record);
    }

    /** Whether the natural person {@code candidate} may ask for changes of this person's data (S0-40.b). */
    public boolean mayBeRequestedBy(String requesterKey) {
        if (requesterKey == null) {
            return false;
        }
        return identityKey.equals(requesterKey)
                || (representative != null && representative.identityKey().equals(requesterKey));
    }

    public boolean isVerified() {
        return status == RegistrationStatus.VERIFIED;
    }

    public Long getId() {
        return id;
    }

    public PersonKind kind() {
        return kind;
    }

    public String identityKey() {
        return identityKey;
    }

    public NationalCode nationalCode() {
        return nationalCode;
    }

    public LegalPersonId legalId() {
        return legalId;
    }

    public String foreignId() {
        return foreignId;
    }

    public String passportNumber() {
        return passportNumber;
    }

    public String nationality() {
        return nationality;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public Person representative() {
        return representative;
    }

    public RepresentativeCapacity representativeCapacity() {
        return representativeCapacity;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Channel registrationChannel() {
        return registrationChannel;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public UnitRegistrationReason unitRegistrationReason() {
        return unitRegistrationReason;
    }

    public String registeringUnitCode() {
        return registeringUnitCode;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public VerificationMethod verificationMethod() {
        return verificationMethod;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public String username() {
        return username;
    }

    public String judicialEmail() {
        return judicialEmail;
    }

    public String currentName() {
        return currentName;
    }

    public int contactVersionCount() {
        return contactSeq;
    }
}
