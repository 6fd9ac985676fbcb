namespace EventPlatform.Ticketing.Pages.Orders;

/// <summary>A confirmed action: the trigger button, the question in the dialog, and the form it posts.</summary>
public sealed record ConfirmAction(string Id, string Handler, string Label, string Question, string Confirm, string? Detail = null,
    bool Danger = true, string ButtonClass = "btn btn-sm btn-outline-danger")
{
    public IReadOnlyList<(string Name, string Value)> Fields { get; init; } = [];
}
