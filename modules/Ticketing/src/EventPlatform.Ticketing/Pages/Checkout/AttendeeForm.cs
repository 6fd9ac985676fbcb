namespace EventPlatform.Ticketing.Pages.Checkout;

/// <summary>One attendee block of the checkout form (<c>Attendees[i].*</c>).</summary>
public sealed class AttendeeForm
{
    public Guid TicketTypeId { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    /// <summary>Copies the buyer's name and email where this attendee's are left empty (scripts fill them at once).</summary>
    public bool SameAsBuyer { get; set; }

    public Dictionary<Guid, string?> Answers { get; set; } = [];
}
