namespace EventPlatform.Events.Search;

/// <summary>What the visitor has typed so far.</summary>
public sealed record AutocompleteRequest
{
    public const int MinTextLength = 2;
    public const int MaxTextLength = 100;
    public const int MaxTake = 20;

    public string Text { get; init; } = "";

    public int Take { get; init; } = 8;
}
