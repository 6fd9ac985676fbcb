namespace EventPlatform.Identity.Gdpr;

/// <summary>The account's password, re-entered to confirm the erasure.</summary>
public sealed record EraseAccountInput(string Password);
