namespace EventPlatform.Ticketing.Pages.Checkout;

/// <summary>The checkout form as posted; field names match the keys server errors are shown under (<c>Buyer.Email</c>, <c>Attendees[0].Name</c>).</summary>
public sealed class BuyerForm
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
