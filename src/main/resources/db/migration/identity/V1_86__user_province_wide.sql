-- An account sees the whole province only when flagged so; one without units, zones or the flag has
-- no area (issue 15). Accounts that had no area until now were province-wide: they keep it.
alter table app_user add column province_wide boolean not null default false;
update app_user set province_wide = true where scope_units = '' and scope_zones = '';
