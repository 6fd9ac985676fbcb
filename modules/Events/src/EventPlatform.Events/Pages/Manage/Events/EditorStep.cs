namespace EventPlatform.Events.Pages.Manage.Events;

/// <summary>The editor's steps, in order; the URL names them (<c>?step=when</c>).</summary>
public static class EditorStep
{
    public const string Basics = "basics";
    public const string When = "when";
    public const string Details = "details";
    public const string Publish = "publish";

    public static readonly string[] All = [Basics, When, Details, Publish];

    public static string Normalize(string? step) => All.Contains(step ?? "") ? step! : Basics;

    public static string? Next(string step) => Array.IndexOf(All, step) is var i && i + 1 < All.Length ? All[i + 1] : null;
}
