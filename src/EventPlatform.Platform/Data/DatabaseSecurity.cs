using Npgsql;

namespace EventPlatform.Platform.Data;

/// <summary>
/// Run as the owner role after every migration: grants the application role plain DML on the owner's
/// schemas, turns on and forces row-level security with a tenant policy on every table that has a
/// <c>tenant_id</c> column, and makes the audit log append-only for the application role.
/// </summary>
public static class DatabaseSecurity
{
    public const string PolicyName = "tenant_isolation";

    private const string Sql = """
        CREATE SCHEMA IF NOT EXISTS platform;
        CREATE OR REPLACE FUNCTION platform.current_tenant_id() RETURNS uuid LANGUAGE sql STABLE
            AS $f$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $f$;
        CREATE OR REPLACE FUNCTION platform.is_host_scope() RETURNS boolean LANGUAGE sql STABLE
            AS $f$ SELECT coalesce(current_setting('app.host_scope', true), '') = 'on' $f$;

        DO $do$
        DECLARE
            app text := @app_role;
            s record;
            t record;
            predicate text;
        BEGIN
            FOR s IN SELECT nspname FROM pg_namespace
                     WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                       AND nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema'
            LOOP
                EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s.nspname, app);
                EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s.nspname, app);
                EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', s.nspname, app);
                EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %I TO %I', s.nspname, app);
                IF to_regclass(format('%I.__ef_migrations_history', s.nspname)) IS NOT NULL THEN
                    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I.__ef_migrations_history FROM %I', s.nspname, app);
                END IF;
            END LOOP;

            FOR t IN SELECT c.oid::regclass AS tbl, a.attnotnull AS not_null,
                            c.relrowsecurity AS rls_on, c.relforcerowsecurity AS rls_forced,
                            (SELECT obj_description(p.oid, 'pg_policy') FROM pg_policy p
                             WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation') AS policy_note
                     FROM pg_class c
                     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
                     WHERE c.relkind IN ('r', 'p')
                       AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
            LOOP
                predicate := CASE WHEN t.not_null
                    THEN 'tenant_id = platform.current_tenant_id() OR platform.is_host_scope()'
                    ELSE '(tenant_id = platform.current_tenant_id() OR (tenant_id IS NULL AND platform.current_tenant_id() IS NULL)) OR platform.is_host_scope()'
                END;
                -- ALTER TABLE and CREATE POLICY take an exclusive lock; skipping them when nothing changed lets a
                -- second web node start while the first is serving (otherwise they deadlock on busy tables).
                IF NOT t.rls_on THEN
                    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t.tbl);
                END IF;
                IF NOT t.rls_forced THEN
                    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t.tbl);
                END IF;
                IF t.policy_note IS DISTINCT FROM predicate THEN
                    EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', t.tbl);
                    EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (%s) WITH CHECK (%s)', t.tbl, predicate, predicate);
                    EXECUTE format('COMMENT ON POLICY tenant_isolation ON %s IS %L', t.tbl, predicate);
                END IF;
            END LOOP;

            IF to_regclass('platform.audit_log') IS NOT NULL THEN
                EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON platform.audit_log FROM %I', app);
            END IF;
        END
        $do$;
        """;

    public static async Task ApplyAsync(NpgsqlConnection ownerConnection, string appRole, CancellationToken cancellationToken = default)
    {
        // DO blocks take no parameters: the role name is quoted as a literal here instead.
        var sql = Sql.Replace("@app_role", QuoteLiteral(appRole), StringComparison.Ordinal);
        await using var command = new NpgsqlCommand(sql, ownerConnection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string QuoteLiteral(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
