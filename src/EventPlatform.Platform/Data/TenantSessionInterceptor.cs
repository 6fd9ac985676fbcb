using System.Data.Common;
using System.Runtime.CompilerServices;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace EventPlatform.Platform.Data;

/// <summary>
/// Tells PostgreSQL which tenant a connection works for, so that row-level security applies.
/// The settings travel with the first command that needs them: a query, raw SQL or bulk update is prefixed with two
/// <c>SET</c> statements (no result set, no rows affected, no extra round trip); a <c>SaveChanges</c> batch, whose
/// results EF reads statement by statement, gets them in a round trip of its own. They are sent again whenever the
/// current tenant differs from what that connection last received. Npgsql's reset on return to the pool (DISCARD ALL)
/// clears them, so a pooled connection never carries a tenant to the next user; a rollback forgets them too.
/// </summary>
public sealed class TenantSessionInterceptor : DbCommandInterceptor, IDbConnectionInterceptor, IDbTransactionInterceptor
{
    // Positional parameters: Npgsql sends the text as it is, in a command of its own or in a batch.
    private const string Sql = "SELECT set_config('app.tenant_id', $1, false), set_config('app.host_scope', $2, false)";

    private static readonly ConditionalWeakTable<DbConnection, Applied> AppliedTo = new();

    public static TenantSessionInterceptor Instance { get; } = new();

    internal sealed record Applied(string Tenant, string Host)
    {
        // Both values are safe as literals: a GUID's "D" form and on/off. Built only for a command that carries them.
        public string Prefix => $"SET app.tenant_id = '{Tenant}'; SET app.host_scope = '{Host}';\n";
    }

    private static readonly Applied Reset = new("", "off");

    private static Applied Wanted()
    {
        var tenant = CurrentTenant.CurrentId;
        var host = CurrentTenant.IsHostScope;
        return tenant is null ? host ? HostScope : Reset : new(tenant.Value.ToString("D"), host ? "on" : "off");
    }

    private static readonly Applied HostScope = new("", "on");

    private static bool IsCurrent(DbConnection connection, Applied wanted) =>
        AppliedTo.TryGetValue(connection, out var applied) && applied == wanted;

    /// <summary>
    /// For a batch sent past EF Core (<see cref="DirectSql"/>): puts the current tenant's settings first in the batch when
    /// its connection lacks them (one result set to skip) and returns them, to be recorded with <see cref="Sent"/> once the
    /// batch succeeded. Null when the connection is current.
    /// </summary>
    internal static Applied? AddSettings(NpgsqlBatch batch)
    {
        var wanted = Wanted();
        if (IsCurrent(batch.Connection!, wanted)) return null;
        var set = batch.CreateBatchCommand();
        set.CommandText = Sql;
        set.Parameters.Add(new NpgsqlParameter { Value = wanted.Tenant });
        set.Parameters.Add(new NpgsqlParameter { Value = wanted.Host });
        batch.BatchCommands.Add(set);
        return wanted;
    }

    /// <summary>What a batch from <see cref="AddSettings"/> did to its connection: applied the settings, or (failed) nothing known.</summary>
    internal static void Sent(DbConnection connection, Applied? settings, bool succeeded)
    {
        if (!succeeded) AppliedTo.Remove(connection);
        else if (settings is not null) AppliedTo.AddOrUpdate(connection, settings);
    }

    private static DbCommand CreateSetCommand(DbConnection connection, DbTransaction? transaction, Applied wanted)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Transaction = transaction;
        AddParameter(command, wanted.Tenant);
        AddParameter(command, wanted.Host);
        return command;
    }

    private static void AddParameter(DbCommand command, string value)
    {
        var parameter = command.CreateParameter();
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    // Connection events: a session that just opened has no tenant (new, or reset by DISCARD ALL).
    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => AppliedTo.AddOrUpdate(connection, Reset);

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        AppliedTo.AddOrUpdate(connection, Reset);
        return Task.CompletedTask;
    }

    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => AppliedTo.Remove(connection);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        AppliedTo.Remove(connection);
        return Task.CompletedTask;
    }

    // A rollback (to a savepoint too) undoes SET and set_config calls made inside the transaction: forget what was applied.
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => ForgetFor(transaction, eventData);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetFor(transaction, eventData);
        return Task.CompletedTask;
    }

    public void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => ForgetFor(transaction, eventData);

    public Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetFor(transaction, eventData);
        return Task.CompletedTask;
    }

    private static void ForgetFor(DbTransaction transaction, DbContextEventData eventData)
    {
        var connection = transaction.Connection ?? eventData.Context?.Database.GetDbConnection();
        if (connection is not null) AppliedTo.Remove(connection);
    }

    /// <summary>Commands whose results EF reads from the first result set on: the SET statements before them return none.</summary>
    private static bool CanCarrySettings(DbCommand command, CommandEventData eventData) =>
        command.CommandType == System.Data.CommandType.Text && eventData.CommandSource is CommandSource.LinqQuery
            or CommandSource.FromSqlQuery or CommandSource.ExecuteSqlRaw or CommandSource.ExecuteUpdate or CommandSource.ExecuteDelete;

    /// <summary>
    /// Brings the command's connection up to the current tenant: prefixes the command when it can carry the settings, and
    /// otherwise returns them, to be sent in a round trip of their own and recorded after. Null when nothing is left to send.
    /// </summary>
    private static Applied? Prepare(DbCommand command, CommandEventData eventData)
    {
        var wanted = Wanted();
        if (IsCurrent(command.Connection!, wanted)) return null;
        if (!CanCarrySettings(command, eventData)) return wanted;
        command.CommandText = wanted.Prefix + command.CommandText;
        AppliedTo.AddOrUpdate(command.Connection!, wanted);
        return null;
    }

    private static void EnsureCurrent(DbCommand command, CommandEventData eventData)
    {
        if (Prepare(command, eventData) is not { } wanted) return;
        using var set = CreateSetCommand(command.Connection!, command.Transaction, wanted);
        set.ExecuteNonQuery();
        AppliedTo.AddOrUpdate(command.Connection!, wanted);
    }

    private static async Task EnsureCurrentAsync(DbCommand command, CommandEventData eventData, CancellationToken cancellationToken)
    {
        if (Prepare(command, eventData) is not { } wanted) return;
        await using var set = CreateSetCommand(command.Connection!, command.Transaction, wanted);
        await set.ExecuteNonQueryAsync(cancellationToken);
        AppliedTo.AddOrUpdate(command.Connection!, wanted);
    }

    // A failed statement rolls back its implicit transaction, SET statements sent with it included: forget them.
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => AppliedTo.Remove(command.Connection!);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        AppliedTo.Remove(command.Connection!);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => AppliedTo.Remove(command.Connection!);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        AppliedTo.Remove(command.Connection!);
        return Task.CompletedTask;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnsureCurrent(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnsureCurrentAsync(command, eventData, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnsureCurrent(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnsureCurrentAsync(command, eventData, cancellationToken);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        EnsureCurrent(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await EnsureCurrentAsync(command, eventData, cancellationToken);
        return result;
    }
}
