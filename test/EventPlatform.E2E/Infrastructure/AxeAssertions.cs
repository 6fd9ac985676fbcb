using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Infrastructure;

public static class AxeAssertions
{
    /// <summary>
    /// Every rule axe-core runs by default, with only the violations reported in full: the passes, the inapplicable and
    /// the incomplete rules come back with one example node each instead of all of them, which nothing here reads.
    /// </summary>
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>Runs axe-core on the page; a failure lists each rule id with the elements it flagged.</summary>
    public static async Task ShouldHaveNoAccessibilityViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(ViolationsOnly);
        var report = string.Join(Environment.NewLine, result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} -> {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}"));
        result.Violations.ShouldBeEmpty($"axe-core found violations on {page.Url}:{Environment.NewLine}{report}");
    }
}
