namespace EventPlatform.Ticketing.Orders;

/// <summary>Site-relative links to a buyer's order page, for other modules that send buyers back to it (payments).</summary>
public static class OrderPaths
{
    public static string Order(string organization, string number, string token) =>
        $"/o/{Uri.EscapeDataString(organization)}/orders/{Uri.EscapeDataString(number)}?t={Uri.EscapeDataString(token)}";
}
