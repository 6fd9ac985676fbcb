namespace EventPlatform.Identity.Accounts;

/// <summary>
/// Configuration section <c>Accounts:RateLimits</c>: how many form posts and API calls to the sign-in, sign-up and
/// password endpoints one IP address may make per window. <see cref="Enabled"/> = false switches the limits off.
/// </summary>
public sealed class AccountRateLimitOptions
{
    public bool Enabled { get; set; } = true;

    public int PermitLimit { get; set; } = 20;

    public int WindowSeconds { get; set; } = 60;
}
