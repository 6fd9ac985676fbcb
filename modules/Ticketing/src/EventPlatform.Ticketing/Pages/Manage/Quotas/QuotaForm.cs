using EventPlatform.Ticketing.Quotas;

namespace EventPlatform.Ticketing.Pages.Manage.Quotas;

/// <summary>The shared quota editor's fields.</summary>
public sealed class QuotaForm
{
    public string? Name { get; set; }
    public int? Size { get; set; }
    public List<Guid> TicketTypeIds { get; set; } = [];

    public QuotaInput ToInput() => new(Name ?? "", Size ?? -1, TicketTypeIds);

    public static QuotaForm From(QuotaDto quota) => new() { Name = quota.Name, Size = quota.Size, TicketTypeIds = quota.TicketTypeIds.ToList() };
}
