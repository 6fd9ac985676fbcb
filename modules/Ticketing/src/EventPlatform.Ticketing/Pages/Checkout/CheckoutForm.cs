namespace EventPlatform.Ticketing.Pages.Checkout;

/// <summary>The checkout form as posted; field names match the keys server errors are shown under (<c>Buyer.Email</c>, <c>Attendees[0].Name</c>).</summary>
public sealed class BuyerForm
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}

public sealed class AttendeeForm
{
    public Guid TicketTypeId { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    /// <summary>Copies the buyer's name and email where this attendee's are left empty (scripts fill them at once).</summary>
    public bool SameAsBuyer { get; set; }

    public Dictionary<Guid, string?> Answers { get; set; } = [];
}
