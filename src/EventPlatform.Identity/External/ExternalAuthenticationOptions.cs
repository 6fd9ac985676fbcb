namespace EventPlatform.Identity.External;

/// <summary>
/// Configuration section <c>Authentication</c>: sign-in with Google and Microsoft over OpenID Connect. A provider is
/// switched on by giving it a client id and secret.
/// </summary>
public sealed class ExternalAuthenticationOptions
{
    public const string SectionName = "Authentication";

    public ExternalProviderOptions Google { get; set; } = new();

    public ExternalProviderOptions Microsoft { get; set; } = new();

    /// <summary>Refuse identity providers whose metadata is not served over HTTPS. Turn off only for local test providers.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}

public sealed class ExternalProviderOptions
{
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The issuer; defaults to the provider's public one.</summary>
    public string? Authority { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}
