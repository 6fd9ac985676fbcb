namespace EventPlatform.Ticketing.Orders;

public sealed record OrderTokenInput(string Token);
