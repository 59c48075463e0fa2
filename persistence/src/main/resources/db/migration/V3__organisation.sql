-- Organisation: provinces, judicial units with branches and specialisations (SAMP, S4-8),
-- and licensed e-judicial-services offices (S0-1). Later migrations extend these tables.
create sequence province_seq start with 1 increment by 50;
create sequence judicial_unit_seq start with 1 increment by 50;
create sequence branch_seq start with 1 increment by 50;
create sequence service_office_seq start with 1 increment by 50;

create table province (
    id bigint not null,
    code varchar(10) not null,
    name varchar(100) not null,
    constraint pk_province primary key (id),
    constraint uk_province_code unique (code)
);

create table judicial_unit (
    id bigint not null,
    code varchar(20) not null,
    name varchar(200) not null,
    kind varchar(30) not null,
    province_id bigint not null,
    city varchar(100) not null,
    constraint pk_judicial_unit primary key (id),
    constraint uk_judicial_unit_code unique (code),
    constraint fk_judicial_unit_province foreign key (province_id) references province (id)
);

create table branch (
    id bigint not null,
    unit_id bigint not null,
    branch_number integer not null,
    constraint pk_branch primary key (id),
    constraint uk_branch_number unique (unit_id, branch_number),
    constraint fk_branch_unit foreign key (unit_id) references judicial_unit (id)
);

create table branch_specialisation (
    branch_id bigint not null,
    specialisation varchar(30) not null,
    constraint pk_branch_specialisation primary key (branch_id, specialisation),
    constraint fk_branch_specialisation_branch foreign key (branch_id) references branch (id)
);

create table service_office (
    id bigint not null,
    code varchar(20) not null,
    name varchar(200) not null,
    province_id bigint not null,
    city varchar(100) not null,
    manager_name varchar(200) not null,
    constraint pk_service_office primary key (id),
    constraint uk_service_office_code unique (code),
    constraint fk_service_office_province foreign key (province_id) references province (id)
);
