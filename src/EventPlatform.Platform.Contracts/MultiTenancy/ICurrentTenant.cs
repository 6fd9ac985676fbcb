namespace EventPlatform.Platform.MultiTenancy;

/// <summary>The organization the current code runs for. Null outside any tenant (host side).</summary>
public interface ICurrentTenant
{
    Guid? Id { get; }

    bool IsAvailable => Id.HasValue;

    /// <summary>Runs the code inside the returned scope for <paramref name="tenantId"/>; disposing restores the previous tenant.</summary>
    IDisposable Change(Guid? tenantId);
}
