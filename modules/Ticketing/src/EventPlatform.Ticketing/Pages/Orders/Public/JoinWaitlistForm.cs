namespace EventPlatform.Ticketing.Pages.Orders.Public;

/// <summary>
/// Drop-in for the event page's ticket box, next to a sold-out ticket type with its waitlist enabled:
/// <c>&lt;partial name="/Pages/Orders/Public/_JoinWaitlistForm.cshtml" model="new JoinWaitlistForm(tenant, slug, typeId, typeName)" /&gt;</c>.
/// It posts to the join page, which shows the outcome.
/// </summary>
public sealed record JoinWaitlistForm(string Tenant, string Slug, Guid TicketTypeId, string? TicketTypeName)
{
    public string? Name { get; init; }

    public string? Email { get; init; }

    public int Quantity { get; init; } = 1;

    public string Action => $"/o/{Uri.EscapeDataString(Tenant)}/e/{Uri.EscapeDataString(Slug)}/waitlist?type={TicketTypeId}";
}
