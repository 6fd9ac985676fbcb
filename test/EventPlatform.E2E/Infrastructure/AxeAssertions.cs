using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Infrastructure;

public static class AxeAssertions
{
    /// <summary>Runs axe-core on the page; a failure lists each rule id with the elements it flagged.</summary>
    public static async Task ShouldHaveNoAccessibilityViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var report = string.Join(Environment.NewLine, result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} -> {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}"));
        result.Violations.ShouldBeEmpty($"axe-core found violations on {page.Url}:{Environment.NewLine}{report}");
    }
}
