-- Fees and tariffs (SAKHA, SPEC.md §2): the judicial service fee schedule as versioned data (S0-3),
-- the office tariff versions with their approval chain (S0-13), what offices charged (S0-13.2) and
-- the possible S0-38.k violations kept for the discipline context.
create sequence office_charge_seq start with 1 increment by 50;
create sequence possible_violation_seq start with 1 increment by 50;

-- One row per fee schedule version, in force from effective_from until the next version's date.
-- Written once; a version in force is never changed (a later version replaces it).
create table fee_schedule_version (
    id varchar(40) not null,
    effective_from date not null,
    rounding_unit bigint not null,
    entered_by varchar(100) not null,
    entered_at timestamp with time zone not null,
    constraint pk_fee_schedule_version primary key (id),
    constraint uk_fee_schedule_version_date unique (effective_from),
    constraint ck_fee_schedule_rounding check (rounding_unit > 0)
);

-- One rule per fee-paying filing kind: a fixed fee (fixed_amount), or brackets (fee_bracket) with an
-- optional minimum and maximum (fixed_amount null). Amounts are whole Rials.
create table fee_rule (
    version_id varchar(40) not null,
    filing_kind varchar(40) not null,
    fixed_amount bigint,
    minimum_amount bigint,
    maximum_amount bigint,
    constraint pk_fee_rule primary key (version_id, filing_kind),
    constraint fk_fee_rule_version foreign key (version_id) references fee_schedule_version (id)
);

-- The marginal brackets of a bracketed rule, in order (seq over the version); the last bracket of a
-- kind has no upper edge (up_to null). percent is the rate in per cent.
create table fee_bracket (
    version_id varchar(40) not null,
    seq integer not null,
    filing_kind varchar(40) not null,
    up_to bigint,
    percent numeric(9, 6) not null,
    constraint pk_fee_bracket primary key (version_id, seq),
    constraint fk_fee_bracket_version foreign key (version_id) references fee_schedule_version (id)
);

-- Office tariff versions (S0-13): PROPOSED by the Association, APPROVED by the Center's head,
-- RATIFIED by the head of the judiciary (recorded by the Center's head with the decree's number and
-- date) and in force from in_force_from; or REJECTED. Only ratified versions apply.
create table tariff_version (
    id varchar(40) not null,
    state varchar(20) not null,
    in_force_from date,
    decree_number varchar(100),
    decree_date date,
    version bigint not null,
    constraint pk_tariff_version primary key (id)
);
create index ix_tariff_version_state on tariff_version (state, in_force_from);

-- The amount of one unit of each service of a tariff version.
create table tariff_item (
    tariff_id varchar(40) not null,
    service varchar(40) not null,
    amount bigint not null,
    constraint pk_tariff_item primary key (tariff_id, service),
    constraint fk_tariff_item_version foreign key (tariff_id) references tariff_version (id),
    constraint ck_tariff_item_amount check (amount >= 0)
);

-- The approval chain, one row per step in order: the state reached, who took (or recorded) it, in
-- which role, when, the reference (the Association's letter, the ratification decree number), a note.
create table tariff_approval_step (
    tariff_id varchar(40) not null,
    seq integer not null,
    reached varchar(20) not null,
    taken_by varchar(100) not null,
    acting_as varchar(30),
    taken_at timestamp with time zone not null,
    reference varchar(100),
    note varchar(500),
    constraint pk_tariff_approval_step primary key (tariff_id, seq),
    constraint fk_tariff_approval_step_version foreign key (tariff_id) references tariff_version (id)
);

-- What an office charged for a service (S0-13.2): never above the tariff; the discount is voluntary.
create table office_charge (
    id bigint not null,
    office_code varchar(20) not null,
    service varchar(40) not null,
    quantity integer not null,
    tariff_version_id varchar(40) not null,
    tariff bigint not null,
    charged bigint not null,
    discount bigint not null,
    charged_by varchar(100) not null,
    charged_at timestamp with time zone not null,
    constraint pk_office_charge primary key (id),
    constraint fk_office_charge_tariff foreign key (tariff_version_id) references tariff_version (id),
    constraint ck_office_charge_not_above check (charged <= tariff)
);
create index ix_office_charge_office on office_charge (office_code, charged_at);

-- A refused charge above the tariff: a possible S0-38.k violation for the discipline context,
-- written in its own transaction so it stays when the refusal rolls back.
create table possible_violation (
    id bigint not null,
    rule_id varchar(20) not null,
    office_code varchar(20) not null,
    service varchar(40) not null,
    quantity integer not null,
    tariff_version_id varchar(40) not null,
    tariff bigint not null,
    asked bigint not null,
    attempted_by varchar(100) not null,
    attempted_at timestamp with time zone not null,
    constraint pk_possible_violation primary key (id)
);
create index ix_possible_violation_office on possible_violation (office_code, attempted_at);

insert into cluster_lock (name) values ('fee-schedule');
