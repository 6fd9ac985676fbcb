namespace EventPlatform.Payments;

/// <summary>Audit-log action names of money movements and provider notifications; each entry carries the provider's ids.</summary>
public static class PaymentsAuditActions
{
    public const string PaymentSucceeded = "Payments.PaymentSucceeded";
    public const string PaymentFailed = "Payments.PaymentFailed";
    public const string RefundRequested = "Payments.RefundRequested";
    public const string RefundSucceeded = "Payments.RefundSucceeded";
    public const string RefundFailed = "Payments.RefundFailed";
    public const string WebhookReceived = "Payments.WebhookReceived";
    public const string WebhookRejected = "Payments.WebhookRejected";
    public const string InvoiceIssued = "Payments.InvoiceIssued";
    public const string CreditNoteIssued = "Payments.CreditNoteIssued";
    public const string ProviderSettingsChanged = "Payments.ProviderSettingsChanged";
}
