using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Pages;

public static class PageSlotServiceCollectionExtensions
{
    /// <summary>
    /// Lets a module put <typeparamref name="TViewComponent"/> into another module's page at the slot named <paramref name="slot"/>,
    /// so the page's module does not reference the contributing one. The component's <c>InvokeAsync</c> takes one parameter
    /// named <c>context</c>: the object the page passes to its <c>&lt;page-slot&gt;</c>.
    /// </summary>
    public static IServiceCollection AddPageSlot<TViewComponent>(this IServiceCollection services, string slot)
        where TViewComponent : ViewComponent
    {
        services.Configure<PageSlotOptions>(options => options.Add(slot, typeof(TViewComponent)));
        return services;
    }
}
