namespace EventPlatform.Payments;

/// <summary>Error codes of the Payments module; each is also the localization key of its message.</summary>
public static class PaymentsErrorCodes
{
    public const string PaymentNotFound = "Payments:PaymentNotFound";

    /// <summary>The order does not wait for an online payment (paid, cancelled, free or offline).</summary>
    public const string OrderNotPayable = "Payments:OrderNotPayable";

    /// <summary>The organization has not set the provider up (or switched it off).</summary>
    public const string ProviderNotAvailable = "Payments:ProviderNotAvailable";

    /// <summary>The provider did not answer in time or failed; trying again repeats the same request.</summary>
    public const string ProviderUnavailable = "Payments:ProviderUnavailable";

    public const string PaymentNotRefundable = "Payments:PaymentNotRefundable";
    public const string RefundTooLarge = "Payments:RefundTooLarge";
    public const string RefundAmountInvalid = "Payments:RefundAmountInvalid";
    public const string WebhookSignatureInvalid = "Payments:WebhookSignatureInvalid";
    public const string SecretKeyRequired = "Payments:SecretKeyRequired";
    public const string UnknownProvider = "Payments:UnknownProvider";

    /// <summary>Offline days to pay outside 1 to <see cref="PaymentsConsts.MaxOfflinePaymentDays"/>.</summary>
    public const string PaymentDaysOutOfRange = "Payments:PaymentDaysOutOfRange";
}
