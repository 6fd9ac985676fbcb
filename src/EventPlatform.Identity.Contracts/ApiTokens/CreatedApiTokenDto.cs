namespace EventPlatform.Identity.ApiTokens;

/// <summary>The answer to creating a token: the only time <paramref name="Secret"/> is ever shown.</summary>
public sealed record CreatedApiTokenDto(ApiTokenDto Token, string Secret);
