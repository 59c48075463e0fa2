-- Platform: user accounts of the intranet and agency API clients, with their roles.
-- The Elytron JDBC realm (wildfly-config/src/main/cli/security.cli) reads these two tables.
create sequence user_account_seq start with 1 increment by 50;

create table user_account (
    id bigint not null,
    username varchar(100) not null,
    display_name varchar(200) not null,
    password_hash varchar(100) not null,
    enabled boolean not null,
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint pk_user_account primary key (id),
    constraint uk_user_account_username unique (username)
);

create table user_account_role (
    user_id bigint not null,
    role_name varchar(40) not null,
    constraint pk_user_account_role primary key (user_id, role_name),
    constraint fk_user_account_role_user foreign key (user_id) references user_account (id)
);

-- Named locks for work that must run on one node of a cluster at a time (SELECT ... FOR UPDATE).
create table cluster_lock (
    name varchar(100) not null,
    constraint pk_cluster_lock primary key (name)
);
insert into cluster_lock (name) values ('demo-data');
