using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Options;

namespace EventPlatform.Platform.Pages;

/// <summary>
/// <c>&lt;page-slot name="Events.PublicEvent.Tickets" context="..." /&gt;</c>: renders every view component registered for the
/// slot (<see cref="PageSlotServiceCollectionExtensions.AddPageSlot{TViewComponent}"/>) one after another, or nothing.
/// </summary>
[HtmlTargetElement("page-slot", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PageSlotTagHelper(IViewComponentHelper components, IOptions<PageSlotOptions> options) : TagHelper
{
    public string Name { get; set; } = "";

    /// <summary>Passed to each component's <c>InvokeAsync(context)</c>.</summary>
    public object? Context { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var types = options.Value.ComponentsOf(Name);
        if (types.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        ((IViewContextAware)components).Contextualize(ViewContext);
        var content = new HtmlContentBuilder();
        foreach (var type in types) content.AppendHtml(await components.InvokeAsync(type, new { context = Context }));
        output.Content.SetHtmlContent(content);
    }
}
