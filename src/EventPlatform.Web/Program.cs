using EventPlatform.CheckIn;
using EventPlatform.Events;
using EventPlatform.Events.Search;
using EventPlatform.Identity;
using EventPlatform.Payments;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Hosting;
using EventPlatform.Ticketing;
using EventPlatform.Web.Localization;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.AddIdentityModule();
builder.AddEventsModule();
builder.AddTicketingModule();
builder.AddPaymentsModule();
builder.AddCheckInModule();
builder.Services.AddRazorPages();
builder.Services.AddLocalizationResource<WebResource>();

var app = builder.Build();

if (args.Contains("migrate"))
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    return;
}

if (await app.ReindexSearchIfAskedAsync(args)) return;

app.UsePlatformErrorsAndCulture();
app.UseCheckInModule();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseIdentityModule();
app.UsePlatform();
app.UseAuthorization();
app.MapPlatform();
app.MapIdentityModule();
app.MapEventsModule();
app.MapTicketingModule();
app.MapPaymentsModule();
app.MapCheckInModule();
app.MapRazorPages();
app.MapCultureSwitch();
app.Run();

public partial class Program;
