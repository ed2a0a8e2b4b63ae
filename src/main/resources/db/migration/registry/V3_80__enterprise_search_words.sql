-- Search that scales (issue 16): instead of "every query word is a substring of search_text"
-- under a trigram index (whose posting lists for trigrams of tax codes and common syllables hold
-- hundreds of thousands of rows at 1,000,000 enterprises), a query word must be the beginning of
-- a word of the name or trade name. search_words holds every prefix of every folded word
-- ("dinh" -> d, di, din, dinh) as tsvector lexemes, so a query is an AND of exact lexemes under a
-- GIN index, whose fast scan skips through the long posting lists of common words. Written by
-- Java (vn.binhyen.registry.SearchWords) with search_text; bench/lib/fold.py does the same for
-- the national dataset. Digit-only queries also go to a tax-code prefix index. The trigram
-- index stays for the typo fallback (word similarity when the words match nothing).
alter table enterprise add column search_words tsvector not null default ''::tsvector;

-- Backfill: the words of search_text after the tax code (search_text = fold(tax code, name, trade
-- name)), split where SearchWords.SEPARATORS splits, every prefix of each.
update enterprise e set search_words = coalesce((
    select array_to_tsvector(array_agg(distinct left(w, n)))
    from regexp_split_to_table(substr(e.search_text, length(e.tax_code) + 2), '[^a-z0-9\u00c0-\uffff]+') w,
         generate_series(1, length(w)) n
    where w <> ''), ''::tsvector);

create index enterprise_words on enterprise using gin (search_words);
-- LIKE 'prefix%' on tax codes under any collation of the database
create index enterprise_tax_prefix on enterprise (tax_code text_pattern_ops);

-- search_words is derived like search_text: not part of an enterprise's revisions or edit conflicts.
create or replace function enterprise_revise() returns trigger language plpgsql as $$
begin
    insert into enterprise_revision (enterprise_id, version, data)
    values (old.id, old.version, to_jsonb(old) - 'search_text' - 'search_words' - 'updated_at' - 'created_at' - 'version');
    new.version := old.version + 1;
    return new;
end
$$;
