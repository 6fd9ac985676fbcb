namespace EventPlatform.Ticketing.TicketTypes;

/// <param name="Quantity">Null for no limit of its own (shared quotas and session capacity still apply).</param>
/// <param name="SessionId">The session this ticket grants a seat in; its capacity then applies too.</param>
/// <param name="TaxRate">Percent, 0 to 100, two decimals; null: the organization's rate. Whether it is in the price or added
/// at checkout is the organization's choice (its invoice details).</param>
public sealed record TicketTypeInput(
    string Name,
    decimal Price,
    string Currency,
    int? Quantity,
    string? Description = null,
    Guid? SessionId = null,
    DateTimeOffset? SaleStartsAt = null,
    DateTimeOffset? SaleEndsAt = null,
    int MinPerOrder = 1,
    int MaxPerOrder = TicketTypeConsts.DefaultMaxPerOrder,
    TicketTypeVisibility Visibility = TicketTypeVisibility.Public,
    bool IsActive = true,
    int SortOrder = 0,
    bool WaitlistEnabled = false,
    decimal? TaxRate = null);
