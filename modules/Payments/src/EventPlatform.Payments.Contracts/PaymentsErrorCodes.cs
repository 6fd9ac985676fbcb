namespace EventPlatform.Payments;

/// <summary>Error codes of the Payments module; each is also the localization key of its message.</summary>
public static class PaymentsErrorCodes
{
    public const string PaymentNotFound = "Payments:PaymentNotFound";
}
