namespace EventPlatform.Ticketing.Quotas;

/// <summary>A shared quota: <paramref name="Size"/> seats shared by the listed ticket types of one event.</summary>
public sealed record QuotaInput(string Name, int Size, IReadOnlyList<Guid> TicketTypeIds);
