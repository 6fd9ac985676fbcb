namespace EventPlatform.Identity.ApiTokens;

public static class ApiTokenConsts
{
    public const int MaxNameLength = 64;

    /// <summary>Every organization API token starts with this, so the bearer scheme can tell it from a JWT access token.</summary>
    public const string Prefix = "ep_";

    /// <summary>Characters of the token shown in lists after creation (the rest is never shown again).</summary>
    public const int HintLength = 4;

    public const int MaxLifetimeDays = 365;
}
