using System.Data.Common;
using System.Runtime.CompilerServices;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EventPlatform.Platform.Data;

/// <summary>
/// Tells PostgreSQL which tenant a connection works for, so that row-level security applies.
/// The settings are written when the connection opens and again before any command whenever the
/// current tenant differs from what that connection last received; Npgsql's reset on return to the
/// pool (DISCARD ALL) clears them, so a pooled connection never carries a tenant to the next user.
/// </summary>
public sealed class TenantSessionInterceptor : DbCommandInterceptor, IDbConnectionInterceptor, IDbTransactionInterceptor
{
    private const string Sql = "SELECT set_config('app.tenant_id', @tenant, false), set_config('app.host_scope', @host, false)";

    private static readonly ConditionalWeakTable<DbConnection, Applied> AppliedTo = new();

    public static TenantSessionInterceptor Instance { get; } = new();

    private sealed record Applied(string Tenant, string Host);

    private static readonly Applied Reset = new("", "off");

    private static Applied Wanted() => new(CurrentTenant.CurrentId?.ToString() ?? "", CurrentTenant.IsHostScope ? "on" : "off");

    private static bool IsCurrent(DbConnection connection) =>
        AppliedTo.TryGetValue(connection, out var applied) && applied == Wanted();

    private static DbCommand CreateSetCommand(DbConnection connection, DbTransaction? transaction, Applied wanted)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Transaction = transaction;
        AddParameter(command, "tenant", wanted.Tenant);
        AddParameter(command, "host", wanted.Host);
        return command;
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static void Apply(DbConnection connection, DbTransaction? transaction)
    {
        var wanted = Wanted();
        using var command = CreateSetCommand(connection, transaction, wanted);
        command.ExecuteNonQuery();
        AppliedTo.AddOrUpdate(connection, wanted);
    }

    private static async Task ApplyAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var wanted = Wanted();
        await using var command = CreateSetCommand(connection, transaction, wanted);
        await command.ExecuteNonQueryAsync(cancellationToken);
        AppliedTo.AddOrUpdate(connection, wanted);
    }

    // Connection events.
    // A session that just opened has no tenant (new, or reset by DISCARD ALL): without one to set, skip the round trip.
    private static bool OpensAsWanted(DbConnection connection)
    {
        if (Wanted() != Reset) return false;
        AppliedTo.AddOrUpdate(connection, Reset);
        return true;
    }

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!OpensAsWanted(connection)) Apply(connection, null);
    }

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        OpensAsWanted(connection) ? Task.CompletedTask : ApplyAsync(connection, null, cancellationToken);

    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => AppliedTo.Remove(connection);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        AppliedTo.Remove(connection);
        return Task.CompletedTask;
    }

    // A rollback undoes set_config calls made inside the transaction: forget what was applied.
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => ForgetFor(transaction, eventData);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetFor(transaction, eventData);
        return Task.CompletedTask;
    }

    private static void ForgetFor(DbTransaction transaction, TransactionEndEventData eventData)
    {
        var connection = transaction.Connection ?? eventData.Context?.Database.GetDbConnection();
        if (connection is not null) AppliedTo.Remove(connection);
    }

    // Commands: re-apply when the tenant changed since the connection opened.
    private static void EnsureCurrent(DbCommand command)
    {
        if (!IsCurrent(command.Connection!)) Apply(command.Connection!, command.Transaction);
    }

    private static async Task EnsureCurrentAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (!IsCurrent(command.Connection!)) await ApplyAsync(command.Connection!, command.Transaction, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnsureCurrent(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnsureCurrentAsync(command, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnsureCurrent(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnsureCurrentAsync(command, cancellationToken);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        EnsureCurrent(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await EnsureCurrentAsync(command, cancellationToken);
        return result;
    }
}
