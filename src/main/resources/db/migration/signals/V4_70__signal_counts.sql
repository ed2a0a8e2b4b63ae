-- Signals counted by day and by month, type and the enterprise's unit and zone ('' for none): the
-- reports read these instead of the signals themselves (a year of a national registry is millions
-- of signals, and every report period is whole days). Statement triggers keep both exact on every
-- write: insert (COPY too), update, delete of signals, and an enterprise moving to another unit or
-- zone (reports count signals where the enterprise is today). A dismissed worker report counts
-- nowhere. Upserts go in key order, so two imports touching the same counts wait, never deadlock.
create table signal_count_day (
    observed_on date    not null,
    type        text    not null,
    unit_code   text    not null,
    zone_code   text    not null,
    signals     integer not null,
    primary key (observed_on, type, unit_code, zone_code)
);

create table signal_count_month (
    month     date    not null,  -- its first day
    type      text    not null,
    unit_code text    not null,
    zone_code text    not null,
    signals   integer not null,
    primary key (month, type, unit_code, zone_code)
);

-- adds each delta (negative to take away) to its day and its month
create function signal_counts_add(days date[], types text[], units text[], zones text[], deltas integer[]) returns void
language sql as $$
    insert into signal_count_day as c (observed_on, type, unit_code, zone_code, signals)
    select d, t, u, z, sum(n) from unnest(days, types, units, zones, deltas) as x(d, t, u, z, n)
    group by d, t, u, z having sum(n) <> 0 order by d, t, u, z
    on conflict (observed_on, type, unit_code, zone_code) do update set signals = c.signals + excluded.signals;
    insert into signal_count_month as c (month, type, unit_code, zone_code, signals)
    select date_trunc('month', d)::date, t, u, z, sum(n) from unnest(days, types, units, zones, deltas) as x(d, t, u, z, n)
    group by 1, t, u, z having sum(n) <> 0 order by 1, t, u, z
    on conflict (month, type, unit_code, zone_code) do update set signals = c.signals + excluded.signals;
$$;

create function signal_counts_on_signal() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform signal_counts_add(array_agg(observed_on), array_agg(type), array_agg(unit), array_agg(zone), array_agg(n)) from (
            select s.observed_on, s.type, e.unit_code as unit, coalesce(e.zone_code, '') as zone, count(*)::int as n
            from new_rows s join enterprise e on e.id = s.enterprise_id
            where s.review is distinct from 'DISMISSED' group by 1, 2, 3, 4) d;
    elsif tg_op = 'DELETE' then
        perform signal_counts_add(array_agg(observed_on), array_agg(type), array_agg(unit), array_agg(zone), array_agg(n)) from (
            select s.observed_on, s.type, e.unit_code as unit, coalesce(e.zone_code, '') as zone, -count(*)::int as n
            from old_rows s join enterprise e on e.id = s.enterprise_id
            where s.review is distinct from 'DISMISSED' group by 1, 2, 3, 4) d;
    else
        -- the old rows out, the new ones in; a row whose day, type, enterprise and dismissal stay cancels out
        perform signal_counts_add(array_agg(observed_on), array_agg(type), array_agg(unit), array_agg(zone), array_agg(n)) from (
            select s.observed_on, s.type, e.unit_code as unit, coalesce(e.zone_code, '') as zone, sum(s.n)::int as n
            from (select enterprise_id, observed_on, type, -1 as n from old_rows where review is distinct from 'DISMISSED'
                  union all
                  select enterprise_id, observed_on, type, 1 from new_rows where review is distinct from 'DISMISSED') s
            join enterprise e on e.id = s.enterprise_id group by 1, 2, 3, 4 having sum(s.n) <> 0) d;
    end if;
    return null;
end $$;

create trigger signal_counts_insert after insert on signal referencing new table as new_rows
    for each statement execute function signal_counts_on_signal();
create trigger signal_counts_update after update on signal referencing old table as old_rows new table as new_rows
    for each statement execute function signal_counts_on_signal();
create trigger signal_counts_delete after delete on signal referencing old table as old_rows
    for each statement execute function signal_counts_on_signal();

-- an enterprise's signals move with it to its new unit or zone
create function signal_counts_on_enterprise() returns trigger language plpgsql as $$
begin
    perform signal_counts_add(array_agg(observed_on), array_agg(type), array_agg(unit), array_agg(zone), array_agg(n)) from (
        select s.observed_on, s.type, m.unit, m.zone, sum(m.n)::int as n
        from (select o.id, o.unit_code as unit, coalesce(o.zone_code, '') as zone, -1 as n
              from old_rows o join new_rows w on w.id = o.id
              where (o.unit_code, o.zone_code) is distinct from (w.unit_code, w.zone_code)
              union all
              select w.id, w.unit_code, coalesce(w.zone_code, ''), 1
              from old_rows o join new_rows w on w.id = o.id
              where (o.unit_code, o.zone_code) is distinct from (w.unit_code, w.zone_code)) m
        join signal s on s.enterprise_id = m.id
        where s.review is distinct from 'DISMISSED' group by 1, 2, 3, 4) d;
    return null;
end $$;

create trigger signal_counts_enterprise after update on enterprise referencing old table as old_rows new table as new_rows
    for each statement execute function signal_counts_on_enterprise();

insert into signal_count_day (observed_on, type, unit_code, zone_code, signals)
select s.observed_on, s.type, e.unit_code, coalesce(e.zone_code, ''), count(*)
from signal s join enterprise e on e.id = s.enterprise_id
where s.review is distinct from 'DISMISSED' group by 1, 2, 3, 4;

insert into signal_count_month (month, type, unit_code, zone_code, signals)
select date_trunc('month', observed_on)::date, type, unit_code, zone_code, sum(signals)
from signal_count_day group by 1, 2, 3, 4;
