namespace EventPlatform.Ticketing.Waitlist;

public sealed record JoinWaitlistInput(Guid TicketTypeId, string Name, string Email, int Quantity = 1);
