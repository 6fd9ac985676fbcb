using EventPlatform.TestBase;
using Npgsql;

namespace EventPlatform.Events.Tests.Events;

/// <summary>Reads rows as the database owner, past row-level security and soft-delete filters.</summary>
public static class EventRows
{
    public static async Task<long> CountAsync(EventPlatformFactory factory, string table, Guid id, string column = "id")
    {
        await using var connection = new NpgsqlConnection(factory.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE {column} = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The audit actions recorded for the row <paramref name="id"/> of <paramref name="entity"/>, oldest first.</summary>
    public static async Task<List<string>> AuditActionsAsync(EventPlatformFactory factory, string entity, Guid id)
    {
        await using var connection = new NpgsqlConnection(factory.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT action FROM platform.audit_log WHERE entity = @entity AND entity_key = @key ORDER BY created_at, id", connection);
        command.Parameters.AddWithValue("entity", entity);
        command.Parameters.AddWithValue("key", id.ToString());
        var actions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) actions.Add(reader.GetString(0));
        return actions;
    }
}
