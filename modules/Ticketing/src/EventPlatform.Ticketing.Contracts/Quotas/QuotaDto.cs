namespace EventPlatform.Ticketing.Quotas;

public sealed record QuotaDto(Guid Id, Guid EventId, QuotaKind Kind, string Name, int Size, int Sold, int Held, int Available, IReadOnlyList<Guid> TicketTypeIds);
