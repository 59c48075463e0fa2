-- Payments (S0-13.1: money only through the Center's payment methods, always with a receipt).
-- A payment pays for something named generically (payable_type + payable_id, e.g. FILING + the
-- filing id); it goes CREATED -> REDIRECTED -> CALLED_BACK -> VERIFIED -> SETTLED, or ends DECLINED,
-- FAILED or EXPIRED. A settled payment carries a receipt number, unique and sequential per Jalali year.
create sequence payment_seq start with 1 increment by 50;
create sequence local_bank_order_seq start with 1 increment by 50;

create table payment (
    id bigint not null,
    payable_type varchar(30) not null,
    payable_id varchar(64) not null,
    amount bigint not null,
    payer varchar(100) not null,
    state varchar(20) not null,
    gateway_token varchar(64),
    redirect_url varchar(500),
    bank_reference varchar(64),
    created_at timestamp with time zone not null,
    redirected_at timestamp with time zone,
    called_back_at timestamp with time zone,
    verified_at timestamp with time zone,
    settled_at timestamp with time zone,
    closed_at timestamp with time zone,
    failure_reason varchar(200),
    verify_attempts integer not null,
    -- set only when settled: at most one settled payment per payable, decided by the constraint
    settled_payable varchar(100),
    receipt_year integer,
    receipt_seq integer,
    receipt_number varchar(20),
    version bigint not null,
    constraint pk_payment primary key (id),
    constraint ck_payment_amount check (amount > 0),
    constraint uk_payment_gateway_token unique (gateway_token),
    constraint uk_payment_bank_reference unique (bank_reference),
    constraint uk_payment_settled_payable unique (settled_payable),
    constraint uk_payment_receipt_number unique (receipt_number),
    constraint uk_payment_receipt_seq unique (receipt_year, receipt_seq)
);
create index ix_payment_payable on payment (payable_type, payable_id);
create index ix_payment_state on payment (state);

-- The last receipt number issued in each Jalali year; the row is locked while a number is drawn.
create table payment_receipt_counter (
    receipt_year integer not null,
    last_seq integer not null,
    constraint pk_payment_receipt_counter primary key (receipt_year)
);

-- The LOCAL ADAPTER of the bank's e-payment gateway keeps its own orders, as the bank does.
create table local_bank_order (
    id bigint not null,
    token varchar(64) not null,
    merchant_order varchar(64) not null,
    amount bigint not null,
    callback_url varchar(500) not null,
    status varchar(20) not null,
    card_mask varchar(20),
    reference varchar(64),
    decline_reason varchar(200),
    created_at timestamp with time zone not null,
    paid_at timestamp with time zone,
    verify_count integer not null,
    settled_at timestamp with time zone,
    version bigint not null,
    constraint pk_local_bank_order primary key (id),
    constraint uk_local_bank_order_token unique (token),
    constraint uk_local_bank_order_merchant unique (merchant_order),
    constraint uk_local_bank_order_reference unique (reference)
);
