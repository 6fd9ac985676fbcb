namespace EventPlatform.Identity.Gdpr;

/// <summary>What a user consents to; each is also the localization key of its name.</summary>
public static class ConsentKinds
{
    /// <summary>The terms of service, in a version (<see cref="GdprConsts.CurrentTermsVersion"/>), accepted at sign-up.</summary>
    public const string Terms = "Gdpr:Consent:Terms";

    /// <summary>E-mails about the product and offers.</summary>
    public const string Marketing = "Gdpr:Consent:Marketing";

    public static readonly IReadOnlyList<string> All = [Terms, Marketing];
}
