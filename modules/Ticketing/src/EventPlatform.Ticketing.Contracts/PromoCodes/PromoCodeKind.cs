namespace EventPlatform.Ticketing.PromoCodes;

public enum PromoCodeKind
{
    /// <summary>Takes <c>Value</c> percent off each ticket it applies to.</summary>
    Percentage,

    /// <summary>Takes <c>Value</c> (in the ticket's currency) off each ticket it applies to, never below zero.</summary>
    FixedAmount,

    /// <summary>No discount: unlocks hidden ticket types.</summary>
    Access,
}
