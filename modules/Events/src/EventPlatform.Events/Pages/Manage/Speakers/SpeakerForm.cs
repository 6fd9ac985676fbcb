using EventPlatform.Events.Speakers;

namespace EventPlatform.Events.Pages.Manage.Speakers;

/// <summary>The speaker editor's fields; empty social link rows are dropped.</summary>
public sealed class SpeakerForm
{
    /// <summary>Rows the form always offers, so one more link can be added without script.</summary>
    public const int BlankLinkRows = 2;

    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Company { get; set; }
    public string? BioMarkdown { get; set; }
    public List<LinkRow> Links { get; set; } = [];
    public bool RemovePhoto { get; set; }

    public SpeakerInput ToInput() => new(
        Name ?? "", Title, Company, BioMarkdown,
        Links.Where(l => !string.IsNullOrWhiteSpace(l.Url) || !string.IsNullOrWhiteSpace(l.Network))
            .Select(l => new SocialLinkDto(l.Network?.Trim() ?? "", l.Url?.Trim() ?? ""))
            .ToList());

    public static SpeakerForm From(SpeakerDto speaker) => new()
    {
        Name = speaker.Name,
        Title = speaker.Title,
        Company = speaker.Company,
        BioMarkdown = speaker.BioMarkdown,
        Links = speaker.SocialLinks.Select(l => new LinkRow { Network = l.Network, Url = l.Url }).ToList(),
    };

    /// <summary>The links plus blank rows, up to <see cref="SpeakerConsts.MaxSocialLinks"/>.</summary>
    public List<LinkRow> RowsToShow()
    {
        var rows = Links.ToList();
        while (rows.Count < Math.Min(Links.Count + BlankLinkRows, SpeakerConsts.MaxSocialLinks)) rows.Add(new LinkRow());
        return rows;
    }

    public sealed class LinkRow
    {
        public string? Network { get; set; }
        public string? Url { get; set; }
    }
}
