-- Audit trail: append-only, SHA-256 hash-chained record of who did what to which record under
-- which rule (org.edalat.platform.audit). Portable: runs unchanged on H2 2.2 and PostgreSQL 15.
--
-- hash = lower-hex SHA-256 of UTF-8 (prev_hash || '\n' || canonical content), see AuditHash.
-- position is the chain position (1, 2, 3, ...); prev_hash of position 1 is 64 zeros.
-- Writers lock the single audit_chain_head row (SELECT ... FOR UPDATE), so the chain stays linear.

create sequence audit_entry_seq start with 1 increment by 50;

create table audit_entry (
    id bigint primary key,
    position bigint not null,
    occurred_at timestamp with time zone not null,
    actor varchar(200) not null,
    actor_role varchar(40),
    action varchar(100) not null,
    entity_type varchar(100),
    entity_id varchar(100),
    rule_id varchar(40),
    detail varchar(2000),
    prev_hash varchar(64) not null,
    hash varchar(64) not null,
    constraint uk_audit_entry_position unique (position)
);

create index ix_audit_entry_entity on audit_entry (entity_type, entity_id);

create table audit_chain_head (
    id bigint primary key,
    last_position bigint not null,
    last_hash varchar(64) not null
);

insert into audit_chain_head (id, last_position, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
