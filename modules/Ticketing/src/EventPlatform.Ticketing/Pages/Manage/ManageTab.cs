namespace EventPlatform.Ticketing.Pages.Manage;

/// <summary>The tabs of an event's ticket set-up and sales; each is also the last segment of its page's URL.</summary>
public static class ManageTab
{
    public const string Tickets = "tickets";
    public const string PromoCodes = "promo-codes";
    public const string Questions = "questions";
    public const string Registrations = "registrations";
    public const string Waitlist = "waitlist";

    public static readonly string[] All = [Tickets, PromoCodes, Questions, Registrations, Waitlist];
}
