-- Names an agency bore over time (issue 13: agencies have validity periods). An agency's
-- current name stays in agency.name; a row here names it for the days from valid_from (null:
-- since before the data) to valid_to (inclusive). Documents about a past period use the name
-- valid then (AgencyNames.nameOn).
create table agency_name (
    id          bigserial primary key,
    agency_code text not null,
    valid_from  date,
    valid_to    date not null,
    name        text not null,
    name_en     text,
    basis       text not null,
    check (valid_from is null or valid_from <= valid_to)
);
create unique index agency_name_period on agency_name (agency_code, valid_to);

-- The provincial labour department was merged into the Department of Home Affairs on
-- 1 March 2025 (issue 13; the provincial departments' reorganisation of early 2025); the
-- department inspectorates gave way to the provincial inspectorate on 1 July 2025.
insert into agency_name (agency_code, valid_from, valid_to, name, name_en, basis) values
  ('SNV', null, date '2025-02-28', 'Sở Lao động – Thương binh và Xã hội',
   'Department of Labour, Invalids and Social Affairs',
   'Labour functions moved to Sở Nội vụ from 01/3/2025 (merger of the provincial departments, 2025)'),
  ('TTT', null, date '2025-02-28', 'Thanh tra Sở Lao động – Thương binh và Xã hội',
   'Inspectorate of the Department of Labour, Invalids and Social Affairs',
   'Labour inspection by the labour department''s inspectorate until the merger of 01/3/2025'),
  ('TTT', date '2025-03-01', date '2025-06-30', 'Thanh tra Sở Nội vụ',
   'Inspectorate of the Department of Home Affairs',
   'Department inspectorates until the inspection system''s reorganisation of 01/7/2025 (Thanh tra tỉnh from then)');
