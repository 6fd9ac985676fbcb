namespace EventPlatform.Identity.Organizations;

/// <summary>
/// A tab that a module adds to the organization's admin pages (register it as a singleton): shown to members holding
/// <paramref name="Permission"/>, labelled with <paramref name="TextKey"/> from the module's localization <paramref name="Resource"/>.
/// </summary>
/// <param name="Key">What the page passes to the navigation partial to mark the tab active.</param>
public sealed record OrganizationNavItem(string Key, string Href, string Permission, Type Resource, string TextKey);
