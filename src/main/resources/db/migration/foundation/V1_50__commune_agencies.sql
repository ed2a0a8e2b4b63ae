-- Agencies of the Art. 211 step (Labor Code 2019): the People's Committee whose chairman convenes the
-- parties within 12 hours — the district before 1 July 2025, the commune since the two-level local
-- government — and the commune police, which the demo regulation brings into every stoppage.
insert into agency (code, name, name_en, kind) values
 ('UBND-XA', 'Ủy ban nhân dân cấp xã nơi doanh nghiệp đặt trụ sở', 'Commune People''s Committee where the enterprise is', 'COMMUNE'),
 ('CA-XA', 'Công an cấp xã nơi doanh nghiệp đặt trụ sở', 'Commune police where the enterprise is', 'POLICE')
on conflict (code) do nothing;
insert into agency (code, name, name_en, kind, active, retired_on) values
 ('UBND-HUYEN', 'Ủy ban nhân dân cấp huyện (đến 30/6/2025)', 'District People''s Committee (until 30/6/2025)', 'COMMUNE', false, date '2025-07-01')
on conflict (code) do nothing;
