-- simulation: the simulated demo province's hidden truth, kept so a risk model can be scored
-- against the best possible ranking. Synthetic data only; written once by the demo seeder.

-- The parameters the stored world was generated with (one row).
create table sim_run (
    id           smallint primary key default 1 check (id = 1),
    size         integer not null,
    seed         bigint not null,
    start_month  date not null,
    months       integer not null,
    intensity    double precision not null,
    created_at   timestamptz not null default now()
);

-- True probability that a labor incident (COLLECTIVE_STOPPAGE, STRIKE, STRIKE_SIGNS) starts at
-- the enterprise in the month (first day of the month). Rows only where p > 0.
create table sim_truth (
    tax_code  varchar(14) not null,
    month     date not null,
    p         double precision not null check (p > 0 and p < 1),
    primary key (tax_code, month)
);
create index sim_truth_month on sim_truth (month);

-- The incidents drawn from those probabilities (and the rarer food poisonings and disputes),
-- for the incidents module to turn into cases.
create table sim_incident (
    ref               varchar(80) primary key,
    tax_code          varchar(14) not null,
    type              varchar(32) not null,
    started_on        date not null,
    ended_on          date not null,
    workers_involved  integer not null,
    causes            text not null,
    unit_code         varchar(10) not null,
    zone_code         varchar(20),
    p                 double precision not null
);
create index sim_incident_tax_code on sim_incident (tax_code);
create index sim_incident_started_on on sim_incident (started_on);
