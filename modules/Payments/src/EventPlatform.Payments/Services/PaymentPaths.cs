namespace EventPlatform.Payments.Services;

/// <summary>The buyer's payment pages, under the organization's public path so they carry its branding.</summary>
public static class PaymentPaths
{
    public static string Pay(string organization, Guid orderId, string token) =>
        $"/o/{Uri.EscapeDataString(organization)}/pay/{orderId}?t={Uri.EscapeDataString(token)}";

    public static string Return(string organization, Guid orderId, Guid paymentId, string token) =>
        $"/o/{Uri.EscapeDataString(organization)}/pay/{orderId}/return/{paymentId}?t={Uri.EscapeDataString(token)}";

    public static string Cancelled(string organization, Guid orderId, Guid paymentId, string token) =>
        $"/o/{Uri.EscapeDataString(organization)}/pay/{orderId}/return/{paymentId}?t={Uri.EscapeDataString(token)}&cancelled=1";
}
