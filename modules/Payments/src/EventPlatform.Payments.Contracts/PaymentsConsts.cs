namespace EventPlatform.Payments;

public static class PaymentsConsts
{
    public const int MaxProviderLength = 20;

    public const int MaxKeyLength = 300;

    public const int MaxReferenceLength = 120;

    public const int MaxRefundReasonLength = 500;
}
