namespace EventPlatform.Payments;

public static class PaymentsConsts
{
    public const int MaxProviderLength = 20;

    public const int MaxKeyLength = 300;

    public const int MaxReferenceLength = 120;

    public const int MaxRefundReasonLength = 500;

    /// <summary>Days a buyer has to pay an offline order (bank transfer) unless the organization sets otherwise.</summary>
    public const int DefaultOfflinePaymentDays = 7;

    public const int MaxOfflinePaymentDays = 365;
}
