using EventPlatform.Identity;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.AddIdentityModule();
builder.Services.AddRazorPages();

var app = builder.Build();

if (args.Contains("migrate"))
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    return;
}

app.UsePlatformErrorsAndCulture();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UsePlatform();
app.UseAuthorization();
app.MapPlatform();
app.MapRazorPages();
app.Run();

public partial class Program;
