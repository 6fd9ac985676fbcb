namespace EventPlatform.Identity.Gdpr;

/// <summary>Configuration section <c>Gdpr</c>.</summary>
public sealed class GdprOptions
{
    /// <summary>The terms of service version users accept now; raise it when the terms change.</summary>
    public string TermsVersion { get; set; } = GdprConsts.CurrentTermsVersion;
}
