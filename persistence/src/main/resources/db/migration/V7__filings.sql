-- Filing (SAKHA, S0-2 ... S0-6, S4-5 ... S4-7): filings on their two paths, their parties, documents
-- and office charges; the documents' content store; the hand-off to a case awaiting referral (S4-6);
-- where staff work (a judicial unit or an office); the office's license standing.

-- Where a staff user works: judicial staff at a unit, office clerks and managers at an office.
-- Classified reports (S0-5 note) are shown only to the addressed unit's staff; an office clerk
-- files for the own office only.
create table user_posting (
    username varchar(100) not null,
    unit_code varchar(20),
    office_code varchar(20),
    posted_by varchar(100) not null,
    posted_at timestamp with time zone not null,
    constraint pk_user_posting primary key (username),
    constraint ck_user_posting_one_place check ((unit_code is null) <> (office_code is null))
);

-- The license standing the licensing context will own; until then every office is ACTIVE.
alter table service_office add column license_status varchar(20) default 'ACTIVE' not null;

-- Content-addressed document store (DatabaseDocumentStore): the id is the SHA-256 of the bytes.
create table stored_document (
    digest varchar(64) not null,
    content bytea not null,
    size_bytes bigint not null,
    stored_at timestamp with time zone not null,
    constraint pk_stored_document primary key (digest),
    constraint ck_stored_document_size check (size_bytes > 0)
);

create sequence filing_seq start with 1 increment by 50;
create sequence filing_document_seq start with 1 increment by 50;

create table filing (
    id bigint not null,
    kind varchar(40) not null,
    path varchar(10) not null,
    step varchar(30) not null,
    -- who files: the account holder's identity key and username; a report's sender (S0-5, S0-6)
    filer_key varchar(20),
    filer_username varchar(100) not null,
    unit_code varchar(20) not null,
    subject varchar(200) not null,
    body varchar(20000) not null,
    claim_value bigint,
    case_reference varchar(40),
    classified boolean not null,
    office_code varchar(20),
    clerk varchar(100),
    judicial_fee bigint,
    fee_schedule_version varchar(40),
    fee_basis varchar(30),
    office_total bigint,
    exemption_basis varchar(30),
    exemption_reference varchar(100),
    exemption_answered_at timestamp with time zone,
    payment_basis varchar(20),
    tracking_code varchar(16),
    access_secret_hash varchar(64),
    client_request_id varchar(100),
    created_at timestamp with time zone not null,
    sent_at timestamp with time zone,
    version bigint not null,
    constraint pk_filing primary key (id),
    -- S0-3, S0-5: a tracking code is unique nationwide, whatever the generator drew
    constraint uk_filing_tracking_code unique (tracking_code),
    -- S0-5: a report is registered once per request of its sender (a retry finds the first)
    constraint uk_filing_client_request unique (filer_username, client_request_id),
    constraint ck_filing_claim_value check (claim_value is null or claim_value > 0)
);
create index ix_filing_filer on filing (filer_username, created_at);
create index ix_filing_unit on filing (unit_code, step);

create table filing_party (
    filing_id bigint not null,
    seq integer not null,
    role varchar(20) not null,
    person_key varchar(20),
    name varchar(200) not null,
    national_code varchar(10),
    address varchar(500),
    constraint pk_filing_party primary key (filing_id, seq),
    constraint fk_filing_party_filing foreign key (filing_id) references filing (id)
);

create table filing_document (
    id bigint not null,
    filing_id bigint not null,
    seq integer not null,
    digest varchar(64) not null,
    file_name varchar(200) not null,
    media_type varchar(50) not null,
    size_bytes bigint not null,
    pages integer not null,
    matched_by varchar(100),
    matched_at timestamp with time zone,
    constraint pk_filing_document primary key (id),
    constraint uk_filing_document_position unique (filing_id, seq),
    constraint fk_filing_document_filing foreign key (filing_id) references filing (id),
    constraint fk_filing_document_content foreign key (digest) references stored_document (digest)
);
create index ix_filing_document_digest on filing_document (digest);

-- What an office charged for a filing, item by item, under the ratified tariff (S0-13, S0-13.2, S0-14).
create table filing_charge (
    filing_id bigint not null,
    seq integer not null,
    office_code varchar(20) not null,
    service varchar(40) not null,
    quantity integer not null,
    tariff_version_id varchar(40) not null,
    tariff bigint not null,
    charged bigint not null,
    constraint pk_filing_charge primary key (filing_id, seq),
    constraint fk_filing_charge_filing foreign key (filing_id) references filing (id),
    constraint ck_filing_charge_not_above_tariff check (charged <= tariff)
);

-- S4-6: a sent filing is a registered case waiting for referral in its unit, written in the same
-- transaction as the sending.
create sequence registered_case_seq start with 1 increment by 50;
create table registered_case (
    id bigint not null,
    filing_id bigint not null,
    unit_code varchar(20) not null,
    kind varchar(40) not null,
    tracking_code varchar(16) not null,
    subject varchar(200) not null,
    classified boolean not null,
    status varchar(30) not null,
    registered_at timestamp with time zone not null,
    version bigint not null,
    constraint pk_registered_case primary key (id),
    constraint uk_registered_case_filing unique (filing_id),
    constraint fk_registered_case_filing foreign key (filing_id) references filing (id)
);
create index ix_registered_case_unit on registered_case (unit_code, status, registered_at);
