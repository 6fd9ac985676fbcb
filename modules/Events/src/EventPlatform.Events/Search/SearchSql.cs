namespace EventPlatform.Events.Search;

/// <summary>
/// The SQL functions behind the search projection's generated columns and indexes. <c>unaccent</c> is only STABLE
/// (its dictionary could change), so it is wrapped in IMMUTABLE functions that name the dictionary explicitly: index
/// and generated-column expressions accept nothing less. The text-search configuration is <c>simple</c> (no
/// stemming, no stop words): listings come in any language, and a language's stemmer would mangle the others'
/// words and names; unaccent + lower-case do the folding that matters for names and cities ("Köln" = "koln").
/// </summary>
public static class SearchSql
{
    public const string CreateFunctions = """
        CREATE OR REPLACE FUNCTION events.search_fold(value text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $f$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $f$;

        CREATE OR REPLACE FUNCTION events.search_fold_all(vals text[]) RETURNS text[]
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $f$ SELECT coalesce(array_agg(events.search_fold(v) ORDER BY n), '{}') FROM unnest(vals) WITH ORDINALITY AS t(v, n) $f$;

        -- Names joined with a separator no name contains, so a substring never spans two speakers.
        CREATE OR REPLACE FUNCTION events.search_join(vals text[]) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $f$ SELECT coalesce(array_to_string(vals, ' | '), '') $f$;

        CREATE OR REPLACE FUNCTION events.search_document(
                title text, tags text[], speakers text[], summary text, city text, description text) RETURNS tsvector
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $f$ SELECT
                setweight(to_tsvector('simple'::regconfig, coalesce(events.search_fold(title), '')), 'A')
                || setweight(to_tsvector('simple'::regconfig, coalesce(events.search_fold(events.search_join(tags || speakers)), '')), 'B')
                || setweight(to_tsvector('simple'::regconfig, coalesce(events.search_fold(coalesce(summary, '') || ' ' || coalesce(city, '')), '')), 'C')
                || setweight(to_tsvector('simple'::regconfig, coalesce(events.search_fold(description), '')), 'D') $f$;
        """;

    public const string DropFunctions = """
        DROP FUNCTION IF EXISTS events.search_document(text, text[], text[], text, text, text);
        DROP FUNCTION IF EXISTS events.search_join(text[]);
        DROP FUNCTION IF EXISTS events.search_fold_all(text[]);
        DROP FUNCTION IF EXISTS events.search_fold(text);
        """;
}
