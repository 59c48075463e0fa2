-- Exemptions and the Association's reimbursement ledger (S0-14): Relief Committee clients, Welfare
-- pensioners and indigent prisoners pay no office tariff on the confirming body's ELIGIBLE answer;
-- the Association owes the office the tariff, entered in the office's statement of the Jalali month
-- (Tehran) of the service, and records its payment of each statement once.

-- A stand-alone office charge of an exempt client: charged 0, with the exemption's basis, the body's
-- reference and the time of its answer, and the client's national code.
alter table office_charge add column exemption_basis varchar(30);
alter table office_charge add column exemption_reference varchar(100);
alter table office_charge add column exemption_answered_at timestamp with time zone;
alter table office_charge add column exempt_national_code varchar(10);
alter table office_charge add constraint ck_office_charge_exemption check (
    exemption_basis is null
    or (charged = 0 and exemption_reference is not null and exemption_answered_at is not null
        and exempt_national_code is not null));

create sequence reimbursement_entry_seq start with 1 increment by 50;

-- One exempt service the Association owes an office for: the tariff of the service under the ratified
-- version applied, in the office's statement of jalali_year/jalali_month; the basis and the body's
-- answer; where it comes from: a filing (filing_id; no foreign key, filings may be stored after this
-- migration) or a stand-alone office charge (office_charge_id), exactly one. Written once.
create table reimbursement_entry (
    id bigint not null,
    office_code varchar(20) not null,
    jalali_year integer not null,
    jalali_month integer not null,
    service varchar(40) not null,
    quantity integer not null,
    tariff_version_id varchar(40) not null,
    tariff bigint not null,
    basis varchar(30) not null,
    body_reference varchar(100) not null,
    answered_at timestamp with time zone not null,
    filing_id bigint,
    office_charge_id bigint,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    constraint pk_reimbursement_entry primary key (id),
    constraint fk_reimbursement_entry_tariff foreign key (tariff_version_id) references tariff_version (id),
    constraint fk_reimbursement_entry_charge foreign key (office_charge_id) references office_charge (id),
    constraint uk_reimbursement_entry_charge unique (office_charge_id),
    constraint ck_reimbursement_entry_source check (
        (filing_id is not null and office_charge_id is null) or (filing_id is null and office_charge_id is not null)),
    constraint ck_reimbursement_entry_month check (jalali_month between 1 and 12),
    constraint ck_reimbursement_entry_quantity check (quantity > 0),
    constraint ck_reimbursement_entry_tariff check (tariff >= 0)
);
create index ix_reimbursement_entry_statement on reimbursement_entry (jalali_year, jalali_month, office_code);
create index ix_reimbursement_entry_filing on reimbursement_entry (filing_id);

-- The Association's payment of one office's statement of one month: at most one (the key), with the
-- reference of its transfer or letter, who recorded it and when, and the entries and total it covered.
create table reimbursement_statement_payment (
    office_code varchar(20) not null,
    jalali_year integer not null,
    jalali_month integer not null,
    entries integer not null,
    total bigint not null,
    reference varchar(100) not null,
    paid_by varchar(100) not null,
    paid_at timestamp with time zone not null,
    constraint pk_reimbursement_statement_payment primary key (office_code, jalali_year, jalali_month),
    constraint ck_reimbursement_statement_payment_month check (jalali_month between 1 and 12),
    constraint ck_reimbursement_statement_payment_total check (total >= 0 and entries > 0)
);
