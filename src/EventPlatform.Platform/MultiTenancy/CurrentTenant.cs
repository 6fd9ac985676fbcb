using EventPlatform.Platform.Auditing;

namespace EventPlatform.Platform.MultiTenancy;

/// <summary>The current tenant as an <see cref="AsyncLocal{T}"/>, so it flows into awaits, jobs and the EF interceptors.</summary>
public sealed class CurrentTenant : ICurrentTenant
{
    private static readonly AsyncLocal<TenantScope?> Scope = new();

    /// <summary>The tenant of the running code, read by the data layer.</summary>
    public static Guid? CurrentId => Scope.Value?.TenantId;

    /// <summary>True inside <see cref="HostScope"/>: row-level security and the tenant filter let every tenant's rows through.</summary>
    public static bool IsHostScope => Scope.Value?.IsHost == true;

    public Guid? Id => CurrentId;

    public IDisposable Change(Guid? tenantId) => Enter(new TenantScope(tenantId, IsHost: false));

    /// <summary>
    /// Crosses every tenant. Only purpose-built paths use it (outbox dispatch, platform console);
    /// the reason is written to the audit log by the caller.
    /// </summary>
    public static IDisposable HostScope() => Enter(new TenantScope(null, IsHost: true));

    private static IDisposable Enter(TenantScope scope)
    {
        var previous = Scope.Value;
        Scope.Value = scope;
        return new Restore(() => Scope.Value = previous);
    }

    private sealed record TenantScope(Guid? TenantId, bool IsHost);

    private sealed class Restore(Action restore) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            restore();
        }
    }
}
