using EventPlatform.Platform.Application;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Tests.TestModel;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Platform.Tests.AutoApi.TestService;

public sealed class TestAppService(TestDbContext db, ICurrentTenant currentTenant) : ITestAppService
{
    public const string Secret = "Password=hunter2";

    public async Task<NoteDto> GetAsync(Guid id) => ToDto(await FindAsync(id));

    public async Task<PagedResult<NoteDto>> GetListAsync(PagedRequest input)
    {
        var query = db.Notes.AsNoTracking().OrderBy(n => n.Id);
        var items = await query.Skip(input.Skip).Take(Math.Min(input.Take, PagedRequest.MaxPageSize)).Select(n => new NoteDto(n.Id, n.Text)).ToListAsync();
        return new PagedResult<NoteDto>(await query.LongCountAsync(), items);
    }

    public async Task<NoteDto?> FindByTextAsync(string text) =>
        await db.Notes.AsNoTracking().Where(n => n.Text == text).Select(n => new NoteDto(n.Id, n.Text)).FirstOrDefaultAsync();

    public async Task<NoteDto> CreateAsync(NoteInput input)
    {
        var note = new Note(input.Text);
        db.Notes.Add(note);
        await db.SaveChangesAsync();
        return ToDto(note);
    }

    public async Task UpdateAsync(Guid id, NoteInput input)
    {
        (await FindAsync(id)).Edit(input.Text);
        await db.SaveChangesAsync();
    }

    public async Task DeleteAsync(Guid id)
    {
        db.Notes.Remove(await FindAsync(id));
        await db.SaveChangesAsync();
    }

    public async Task<NoteDto> CopyAsync(Guid id) => await CreateAsync(new NoteInput((await FindAsync(id)).Text));

    public Task<int> CountAsync() => db.Notes.CountAsync();

    public Task<Guid?> GetCurrentTenantAsync() => Task.FromResult(currentTenant.Id);

    public async Task PurgeAsync() => await db.Notes.ExecuteDeleteAsync();

    public Task FailAsync() => throw new InvalidOperationException($"Could not connect with {Secret}");

    private async Task<Note> FindAsync(Guid id) =>
        await db.Notes.SingleOrDefaultAsync(n => n.Id == id) ?? throw new EntityNotFoundException(nameof(Note), id);

    private static NoteDto ToDto(Note note) => new(note.Id, note.Text);
}
