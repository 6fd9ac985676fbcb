using EventPlatform.Platform.Tests.TestModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.Data;

/// <summary>A page or batch cut from rows in no stated order is refused when the query is built, not logged.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RowLimitingTests(PlatformTestFactory factory)
{
    private readonly Guid tenant = Guid.CreateVersion7();

    private async Task AddNotesAsync(params string[] texts) =>
        await factory.InTenantAsync(tenant, async sp =>
        {
            var db = sp.GetRequiredService<TestDbContext>();
            db.Notes.AddRange(texts.Select(t => new Note(t)));
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Should_refuse_a_page_of_rows_in_no_stated_order()
    {
        await AddNotesAsync("b", "a", "c");

        var error = await Should.ThrowAsync<InvalidOperationException>(() =>
            factory.InTenantAsync(tenant, sp => sp.GetRequiredService<TestDbContext>().Notes.Take(2).ToListAsync()));

        error.Message.ShouldContain("RowLimitingOperationWithoutOrderByWarning");
    }

    [Fact]
    public async Task Should_return_the_first_rows_of_a_stated_order()
    {
        await AddNotesAsync("b", "a", "c");

        var page = await factory.InTenantAsync(tenant, sp =>
            sp.GetRequiredService<TestDbContext>().Notes.OrderBy(n => n.Text).Take(2).Select(n => n.Text).ToListAsync());

        page.ShouldBe(["a", "b"]);
    }
}
