namespace EventPlatform.Ticketing;

/// <summary>Configuration section <c>Ticketing</c>.</summary>
public sealed class TicketingOptions
{
    public const string SectionName = "Ticketing";

    /// <summary>How long a reservation holds its tickets (the countdown the buyer sees).</summary>
    public int ReservationMinutes { get; set; } = 15;

    /// <summary>How long a waitlist offer holds its seat for the person it was offered to.</summary>
    public int WaitlistOfferHours { get; set; } = 24;

    /// <summary>Seconds between sweeps that give expired holds back and move the waitlist.</summary>
    public int SweepSeconds { get; set; } = 30;

    /// <summary>Minutes an order paid online (Stripe, PayPal) waits for its money before it is cancelled and its seats go back.</summary>
    public int OnlinePaymentMinutes { get; set; } = 60;

    public TestingOptions Testing { get; set; } = new();

    public sealed class TestingOptions
    {
        /// <summary>
        /// Replaces the guarded quota update by a read-then-write, so the oversell benchmark's negative control can show
        /// its harness sees a race. Never set this outside that benchmark; the host logs a warning when it is on.
        /// </summary>
        public bool DisableCapacityGuard { get; set; }
    }
}
