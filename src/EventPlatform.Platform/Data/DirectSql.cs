using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace EventPlatform.Platform.Data;

/// <summary>
/// A statement on a hot path, sent past EF Core's query pipeline on the context's own connection (and transaction).
/// <c>SqlQueryRaw</c> rebuilds its SQL and parameters on every call (the scan's statement: about 40 KB of garbage and
/// the CPU to make it); this sends <see cref="PositionalSql"/> as it is. Row-level security applies as for EF's own
/// commands: the connection gets the current tenant in the same round trip when it lacks it.
/// </summary>
public static class DirectSql
{
    /// <summary>Runs a statement that returns one row and reads it.</summary>
    /// <exception cref="InvalidOperationException">The statement returned no row.</exception>
    public static async Task<T> QueryRowAsync<T>(this DatabaseFacade database, PositionalSql sql, IReadOnlyCollection<NpgsqlParameter> parameters,
        Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)database.GetDbConnection();
        var succeeded = false;
        TenantSessionInterceptor.Applied? settings = null;
        try
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = (NpgsqlTransaction?)database.CurrentTransaction?.GetDbTransaction();
            settings = TenantSessionInterceptor.AddSettings(batch);
            var statement = batch.CreateBatchCommand();
            statement.CommandText = sql.Text;
            statement.Parameters.AddRange(sql.Bind(parameters));
            batch.BatchCommands.Add(statement);

            T row;
            await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
            {
                if (settings is not null) await reader.NextResultAsync(cancellationToken);
                row = await reader.ReadAsync(cancellationToken) ? read(reader) : throw new InvalidOperationException("The statement returned no row.");
            }

            succeeded = true;
            return row;
        }
        finally
        {
            TenantSessionInterceptor.Sent(connection, settings, succeeded);
            await database.CloseConnectionAsync();
        }
    }
}
