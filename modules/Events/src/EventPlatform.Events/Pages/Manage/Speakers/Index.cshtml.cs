using EventPlatform.Events.Speakers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Events.Pages.Manage.Speakers;

/// <summary>The organization's speakers, searchable by name or company.</summary>
[Authorize(EventsPermissions.Events.Read)]
public sealed class IndexModel(ISpeakerAppService speakers) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<SpeakerDto> Speakers { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync() => Speakers = await speakers.GetListAsync(Query);
}
