using EventPlatform.Events.Events;
using EventPlatform.Events.Search;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Events.Pages.Directory;

/// <summary>
/// <c>/events</c>: the directory of published public events of every organization. A plain GET form, so it works
/// without JavaScript; <c>js/directory-search.js</c> adds suggestions as the visitor types.
/// </summary>
[AllowAnonymous]
public sealed class DirectoryIndexModel(IDirectoryAppService directory, IValidator<DirectorySearchRequest> validator) : PageModel
{
    public const int PageSize = 12;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? City { get; set; }

    [BindProperty(SupportsGet = true)]
    public EventFormat? Format { get; set; }

    /// <summary>Comma-separated, as typed in one field.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Tags { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Speaker { get; set; }

    [BindProperty(SupportsGet = true)]
    public SearchSort Sort { get; set; } = SearchSort.Relevance;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public SearchResultDto Result { get; private set; } = new(0, []);

    public int PageCount => (int)Math.Max(1, (Result.TotalCount + PageSize - 1) / PageSize);

    public bool HasFilters => From is not null || To is not null || !string.IsNullOrWhiteSpace(City) || Format is not null
        || !string.IsNullOrWhiteSpace(Tags) || !string.IsNullOrWhiteSpace(Speaker);

    public async Task OnGetAsync()
    {
        PageNumber = Math.Clamp(PageNumber, 1, DirectorySearchRequestValidator.MaxSkip / PageSize + 1);
        var request = new DirectorySearchRequest
        {
            Text = Text,
            From = From,
            To = To,
            City = City,
            Format = Format,
            Tags = Tags?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Speaker = Speaker,
            Sort = Sort,
            Skip = (PageNumber - 1) * PageSize,
            Take = PageSize,
        };
        var validation = await validator.ValidateAsync(request);
        foreach (var failure in validation.Errors)
        {
            ModelState.AddModelError(failure.PropertyName, failure.ErrorMessage);
        }

        // Unreadable values (a date that is no date) are already in ModelState from binding.
        if (!ModelState.IsValid) return;
        Result = await directory.GetListAsync(request);
    }

    /// <summary>This search on another page: every other parameter kept.</summary>
    public string PageUrl(int page)
    {
        var query = Request.Query.Where(q => q.Key != "p").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))).ToList();
        if (page > 1) query.Add(new KeyValuePair<string, string?>("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Request.Path + QueryString.Create(query).ToUriComponent();
    }

    public string EventUrl(SearchHitDto hit) => $"/o/{Uri.EscapeDataString(hit.OrganizationSlug)}/e/{Uri.EscapeDataString(hit.Slug)}";
}
