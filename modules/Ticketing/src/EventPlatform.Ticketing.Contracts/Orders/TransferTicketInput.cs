namespace EventPlatform.Ticketing.Orders;

/// <param name="Token">The order's access token.</param>
public sealed record TransferTicketInput(string Token, string Name, string Email);
