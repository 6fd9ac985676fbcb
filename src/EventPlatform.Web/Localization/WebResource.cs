using EventPlatform.Platform.Localization;

namespace EventPlatform.Web.Localization;

/// <summary>Texts of the web host: layout, home, organization and error pages (<c>Localization/Web/*.json</c>).</summary>
[LocalizationResource("Web")]
public sealed class WebResource;
