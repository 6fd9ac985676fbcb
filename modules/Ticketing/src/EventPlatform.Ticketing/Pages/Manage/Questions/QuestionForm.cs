using EventPlatform.Ticketing.Questions;

namespace EventPlatform.Ticketing.Pages.Manage.Questions;

/// <summary>The question editor's fields; a choice's options are typed one per line.</summary>
public sealed class QuestionForm
{
    public string? Label { get; set; }
    public string? Help { get; set; }
    public QuestionType Type { get; set; }
    public QuestionScope Scope { get; set; }
    public bool IsRequired { get; set; }
    public string? OptionsText { get; set; }
    public List<Guid> TicketTypeIds { get; set; } = [];
    public int SortOrder { get; set; }

    public QuestionInput ToInput() => new(
        Label ?? "", Type, Scope, IsRequired,
        Type == QuestionType.Choice ? (OptionsText ?? "").Split('\n').Select(o => o.Trim()).Where(o => o.Length > 0).ToList() : null,
        Scope == QuestionScope.Attendee ? TicketTypeIds : null,
        Help, SortOrder);

    public static QuestionForm From(QuestionDto q) => new()
    {
        Label = q.Label,
        Help = q.Help,
        Type = q.Type,
        Scope = q.Scope,
        IsRequired = q.IsRequired,
        OptionsText = string.Join('\n', q.Options),
        TicketTypeIds = q.TicketTypeIds.ToList(),
        SortOrder = q.SortOrder,
    };
}
