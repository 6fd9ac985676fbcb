namespace EventPlatform.Identity.Organizations;

public static class InvitationConsts
{
    public const int MaxEmailLength = 256;

    /// <summary>Hex SHA-256 of the token: only the hash is stored.</summary>
    public const int TokenHashLength = 64;

    /// <summary>How long an invitation link works unless <c>Organizations:InvitationLifetime</c> says otherwise.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);
}
