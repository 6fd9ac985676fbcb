using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Platform.Tests.TestModel;

/// <summary>A tenant-owned, soft-deleted entity used to exercise the kernel.</summary>
public sealed class Note : FullAuditedEntity, IMultiTenant
{
    public const int MaxTextLength = 200;

    private Note()
    {
    }

    public Note(string text, Guid tenantId = default)
    {
        Text = text;
        TenantId = tenantId;
    }

    public Guid TenantId { get; private set; }

    public string Text { get; private set; } = null!;

    public void Edit(string text) => Text = text;
}
