using EventPlatform.Platform.Caching;
using EventPlatform.Platform.Tests.TestModel;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.Caching;

/// <summary>The answers the role, token, organization and check-in list caches keep, and when they let go of them.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SavedEntityCacheTests(PlatformTestFactory factory)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly TestClock _clock = new();
    private int _loads;

    private SavedEntityCache<Note, Guid, string> NewCache() => new(Lifetime, _clock, capacity: 100, note => [note.Id]);

    private Func<Task<string?>> Load(string? answer) => () =>
    {
        _loads++;
        return Task.FromResult(answer);
    };

    private Task<Guid> SaveNoteAsync(string text) => factory.InTenantAsync(TestData.OrgA, async sp =>
    {
        var db = sp.GetRequiredService<TestDbContext>();
        var note = new Note(text);
        db.Notes.Add(note);
        await db.SaveChangesAsync();
        return note.Id;
    });

    private Task EditNoteAsync(Guid id, string text) => factory.InTenantAsync(TestData.OrgA, async sp =>
    {
        var db = sp.GetRequiredService<TestDbContext>();
        (await db.Notes.SingleAsync(n => n.Id == id)).Edit(text);
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Should_keep_an_answer_for_its_lifetime_and_load_it_again_after()
    {
        using var cache = NewCache();
        var key = Guid.NewGuid();

        (await cache.GetOrLoadAsync(key, Load("first"))).ShouldBe("first");
        (await cache.GetOrLoadAsync(key, Load("second"))).ShouldBe("first");
        _clock.Advance(Lifetime);
        (await cache.GetOrLoadAsync(key, Load("third"))).ShouldBe("third");

        _loads.ShouldBe(2);
    }

    [Fact]
    public async Task Should_not_keep_an_answer_that_found_nothing()
    {
        using var cache = NewCache();
        var key = Guid.NewGuid();

        (await cache.GetOrLoadAsync(key, Load(null))).ShouldBeNull();
        (await cache.GetOrLoadAsync(key, Load("found"))).ShouldBe("found");

        _loads.ShouldBe(2);
    }

    [Fact]
    public async Task Should_forget_an_answer_once_its_entity_is_saved_and_keep_the_others()
    {
        using var cache = NewCache();
        var edited = await SaveNoteAsync("edited");
        var untouched = await SaveNoteAsync("untouched");
        await cache.GetOrLoadAsync(edited, Load("before"));
        await cache.GetOrLoadAsync(untouched, Load("kept"));

        await EditNoteAsync(edited, "after");

        (await cache.GetOrLoadAsync(edited, Load("after"))).ShouldBe("after");
        (await cache.GetOrLoadAsync(untouched, Load("reloaded"))).ShouldBe("kept");
    }

    [Fact]
    public async Task Should_stop_listening_once_disposed()
    {
        var cache = NewCache();
        var id = await SaveNoteAsync("disposed");
        await cache.GetOrLoadAsync(id, Load("kept"));
        cache.Dispose();

        await EditNoteAsync(id, "changed");

        (await cache.GetOrLoadAsync(id, Load("reloaded"))).ShouldBe("kept");
    }
}
