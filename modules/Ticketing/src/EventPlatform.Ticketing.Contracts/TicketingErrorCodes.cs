namespace EventPlatform.Ticketing;

/// <summary>Error codes of the Ticketing module; each is also the localization key of its message.</summary>
public static class TicketingErrorCodes
{
    public const string SoldOut = "Ticketing:SoldOut";
    public const string EventNotFound = "Ticketing:EventNotFound";
    public const string EventNotOnSale = "Ticketing:EventNotOnSale";
    public const string TicketTypeNotFound = "Ticketing:TicketTypeNotFound";
    public const string TicketTypeNotOnSale = "Ticketing:TicketTypeNotOnSale";
    public const string TicketTypeInUse = "Ticketing:TicketTypeInUse";
    public const string CurrencyMismatch = "Ticketing:CurrencyMismatch";
    public const string QuantityOutOfRange = "Ticketing:QuantityOutOfRange";
    public const string QuantityBelowTaken = "Ticketing:QuantityBelowTaken";
    public const string SessionNotFound = "Ticketing:SessionNotFound";
    public const string QuotaNotFound = "Ticketing:QuotaNotFound";
    public const string PromoCodeNotFound = "Ticketing:PromoCodeNotFound";
    public const string PromoCodeInvalid = "Ticketing:PromoCodeInvalid";
    public const string PromoCodeTaken = "Ticketing:PromoCodeTaken";
    public const string PromoCodeUsedUp = "Ticketing:PromoCodeUsedUp";
    public const string PromoCodeRequired = "Ticketing:PromoCodeRequired";
    public const string QuestionNotFound = "Ticketing:QuestionNotFound";
    public const string AnswerRequired = "Ticketing:AnswerRequired";
    public const string AnswerInvalid = "Ticketing:AnswerInvalid";
    public const string ReservationNotFound = "Ticketing:ReservationNotFound";
    public const string ReservationExpired = "Ticketing:ReservationExpired";
    public const string ReservationClosed = "Ticketing:ReservationClosed";
    public const string AttendeesMismatch = "Ticketing:AttendeesMismatch";
    public const string PaymentMethodNotAvailable = "Ticketing:PaymentMethodNotAvailable";
    public const string IdempotencyKeyReused = "Ticketing:IdempotencyKeyReused";
    public const string OrderNotFound = "Ticketing:OrderNotFound";
    public const string TicketNotFound = "Ticketing:TicketNotFound";
}
