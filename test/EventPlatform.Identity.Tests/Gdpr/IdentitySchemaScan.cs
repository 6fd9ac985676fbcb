using EventPlatform.Identity.Data;
using EventPlatform.TestBase;
using Npgsql;

namespace EventPlatform.Identity.Tests.Gdpr;

/// <summary>
/// Looks for values in every text column of every table of the identity schema, as the database owner (past
/// row-level security), so tables added later are scanned too.
/// </summary>
public static class IdentitySchemaScan
{
    /// <summary>"table.column" for each column holding one of <paramref name="needles"/> (case-insensitive, as a substring).</summary>
    public static async Task<List<string>> FindAsync(TestDatabase database, params string[] needles)
    {
        await using var connection = new NpgsqlConnection(database.AdminConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = @schema AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')
            ORDER BY table_name, column_name
            """, connection))
        {
            list.Parameters.AddWithValue("schema", IdentityModuleDbContext.SchemaName);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        columns.ShouldNotBeEmpty();
        var found = new List<string>();
        foreach (var (table, column) in columns)
        {
            foreach (var needle in needles)
            {
                await using var count = new NpgsqlCommand(
                    $"SELECT count(*) FROM \"{IdentityModuleDbContext.SchemaName}\".\"{table}\" WHERE \"{column}\"::text ILIKE @needle", connection);
                count.Parameters.AddWithValue("needle", $"%{needle}%");
                if ((long)(await count.ExecuteScalarAsync())! > 0) found.Add($"{table}.{column} ({needle})");
            }
        }

        return found;
    }
}
