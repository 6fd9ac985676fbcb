namespace EventPlatform.Ticketing.Reservations;

/// <summary>Units one reservation (or cancellation) takes from (gives back to) one quota.</summary>
public readonly record struct QuotaNeed(Guid QuotaId, int Units);
