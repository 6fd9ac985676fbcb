namespace EventPlatform.Ticketing.Checkout;

public sealed record ReservationTokenInput(string Token);
