-- Accounts and identity (SANA, SPEC.md §1): persons with their registration and verification,
-- versioned contact data (S4-12), the local civil-registry adapter's records (S0-48), the agency
-- contact feed (S4-17), and the credential state of user accounts (S4-27, S4-28).
create sequence person_seq start with 1 increment by 50;
create sequence contact_version_seq start with 1 increment by 50;
create sequence civil_registry_record_seq start with 1 increment by 50;
create sequence contact_feed_batch_seq start with 1 increment by 50;
create sequence login_event_seq start with 1 increment by 50;

-- One row per person (natural, foreign national, legal person, state body, prison). identity_key is
-- the national code, the legal-person national id, or 'f' + the foreign-national id: one account
-- per identity, decided by the unique constraint even under concurrent registration.
create table person (
    id bigint not null,
    kind varchar(20) not null,
    identity_key varchar(40) not null,
    national_code varchar(10),
    legal_id varchar(11),
    foreign_id varchar(20),
    passport_number varchar(20),
    nationality varchar(60),
    birth_date date,
    registration_number varchar(30),
    representative_id bigint,
    representative_capacity varchar(30),
    status varchar(30) not null,
    registration_channel varchar(20) not null,
    registered_by varchar(100) not null,
    registered_at timestamp with time zone not null,
    unit_registration_reason varchar(30),
    registering_unit_code varchar(20),
    verified_at timestamp with time zone,
    verification_method varchar(30),
    verified_by varchar(100),
    username varchar(100) not null,
    judicial_email varchar(100),
    current_name varchar(300) not null,
    contact_seq integer not null,
    version bigint not null,
    constraint pk_person primary key (id),
    constraint uk_person_identity_key unique (identity_key),
    constraint uk_person_username unique (username),
    constraint uk_person_judicial_email unique (judicial_email),
    constraint fk_person_representative foreign key (representative_id) references person (id)
);
create index ix_person_current_name on person (current_name);

-- Contact data as versions (S4-12): each row is the whole contact data in force from effective_from
-- until the next row of the same person; nothing is overwritten. Each row says who asked (S0-40.b).
create table contact_version (
    id bigint not null,
    person_id bigint not null,
    seq integer not null,
    effective_from timestamp with time zone not null,
    first_name varchar(100),
    last_name varchar(100),
    legal_name varchar(300),
    mobile varchar(11),
    email varchar(254),
    fax varchar(20),
    province_code varchar(10),
    city varchar(100),
    postal_code varchar(10),
    address_line varchar(500),
    channel varchar(20) not null,
    recorded_by varchar(100) not null,
    requester_key varchar(40),
    request_reference varchar(100),
    source varchar(200),
    constraint pk_contact_version primary key (id),
    constraint uk_contact_version_seq unique (person_id, seq),
    constraint fk_contact_version_person foreign key (person_id) references person (id)
);
create index ix_contact_version_person_time on contact_version (person_id, effective_from);

-- The local adapter of the identity-verification port (S0-48): records of the civil registry as the
-- real inquiry service would hold them. Production deployments use the registry itself.
create table civil_registry_record (
    id bigint not null,
    national_code varchar(10) not null,
    first_name varchar(100) not null,
    last_name varchar(100) not null,
    birth_date date not null,
    deceased boolean not null,
    constraint pk_civil_registry_record primary key (id),
    constraint uk_civil_registry_national_code unique (national_code)
);

-- Agency contact feed (S4-17): one row per batch, idempotent on (agency, batch_id), with the
-- outcome of each item.
create table contact_feed_batch (
    id bigint not null,
    agency varchar(100) not null,
    batch_id varchar(100) not null,
    received_at timestamp with time zone not null,
    applied_count integer not null,
    rejected_count integer not null,
    constraint pk_contact_feed_batch primary key (id),
    constraint uk_contact_feed_batch unique (agency, batch_id)
);

create table contact_feed_item (
    batch_pk bigint not null,
    item_index integer not null,
    identity_key varchar(40),
    outcome varchar(20) not null,
    error_code varchar(60),
    message varchar(500),
    constraint pk_contact_feed_item primary key (batch_pk, item_index),
    constraint fk_contact_feed_item_batch foreign key (batch_pk) references contact_feed_batch (id)
);

-- Credentials (S4-27, S4-28): lockout after repeated failures with a timed release (the Elytron
-- realm refuses a locked account), a generated initial password that must be changed, and the
-- login history account holders see.
alter table user_account add column failed_attempts integer default 0 not null;
alter table user_account add column locked_until timestamp with time zone;
alter table user_account add column password_change_required boolean default false not null;

create table login_event (
    id bigint not null,
    username varchar(100) not null,
    occurred_at timestamp with time zone not null,
    outcome varchar(20) not null,
    remote_address varchar(64),
    user_agent varchar(300),
    constraint pk_login_event primary key (id)
);
create index ix_login_event_user_time on login_event (username, occurred_at);
