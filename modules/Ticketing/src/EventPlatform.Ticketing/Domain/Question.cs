using EventPlatform.Platform.Domain;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Questions;

namespace EventPlatform.Ticketing.Domain;

/// <summary>A custom registration question of one event, asked per order or per attendee.</summary>
public sealed class Question : AuditedEntity, IMultiTenant
{
    private Question()
    {
    }

    public Question(Guid eventId, string label, QuestionType type, QuestionScope scope)
    {
        EventId = eventId;
        Type = type;
        Scope = scope;
        Relabel(label, null);
    }

    public Guid TenantId { get; private set; }
    public Guid EventId { get; private set; }
    public string Label { get; private set; } = null!;
    public string? Help { get; private set; }
    public QuestionType Type { get; private set; }
    public QuestionScope Scope { get; private set; }
    public bool IsRequired { get; private set; }
    public List<string> Options { get; private set; } = [];

    /// <summary>Attendee questions: empty asks everyone, otherwise holders of these ticket types only.</summary>
    public List<Guid> TicketTypeIds { get; private set; } = [];

    public int SortOrder { get; private set; }

    public void Relabel(string label, string? help)
    {
        label = label.Trim();
        if (label.Length is 0 or > QuestionConsts.MaxLabelLength) throw new BusinessException(PlatformErrorCodes.BadRequest, 400);
        Label = label;
        Help = string.IsNullOrWhiteSpace(help) ? null : help.Trim();
    }

    public void Change(QuestionType type, QuestionScope scope, bool isRequired, IEnumerable<string> options, IEnumerable<Guid> ticketTypeIds, int sortOrder)
    {
        var choices = options.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct().ToList();
        if (type == QuestionType.Choice && choices.Count == 0) throw new BusinessException(TicketingErrorCodes.AnswerInvalid, 400);
        Type = type;
        Scope = scope;
        IsRequired = isRequired;
        Options = type == QuestionType.Choice ? choices : [];
        TicketTypeIds = scope == QuestionScope.Attendee ? ticketTypeIds.Distinct().ToList() : [];
        SortOrder = sortOrder;
    }

    public bool AsksFor(Guid ticketTypeId) => Scope == QuestionScope.Attendee && (TicketTypeIds.Count == 0 || TicketTypeIds.Contains(ticketTypeId));
}
