using EventPlatform.Events.Catalog;
using EventPlatform.Events.Events;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.Questions;
using EventPlatform.Ticketing.Quotas;
using EventPlatform.Ticketing.Reservations;
using EventPlatform.Ticketing.TicketTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace EventPlatform.Ticketing.Seed;

/// <summary>
/// In Development, gives the demo events (seeded by the Events module just before) ticket types a newcomer can buy:
/// early bird and regular sharing the main hall, a hidden student ticket behind an access code, a promo code, questions,
/// a small paid workshop with a waitlist, and free tickets for the webinar and the meetup. Runs once.
/// </summary>
public sealed class DemoTicketsSeeder(
    TicketingDbContext db,
    IEventCatalog catalog,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider clock) : IDataSeeder
{
    public const string StudentCode = "STUDENT2027";
    public const string PromoCode = "SUMMIT10";

    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || !configuration.GetValue("Seed:Demo", true)) return;
        if (await tenants.FindBySlugAsync(OrganizationConsts.DemoSlug, cancellationToken) is not { } demo) return;

        using var scope = currentTenant.Change(demo.Id);
        if (await db.TicketTypes.AnyAsync(cancellationToken)) return;
        foreach (var @event in await catalog.GetUpcomingAsync(20, cancellationToken))
        {
            if (@event.Sessions.Count > 0) SeedConference(@event);
            else if (@event.Format == EventFormat.Online) Type(@event, "Free seat", 0m, null);
            else if (@event.Title.Contains("workshop", StringComparison.OrdinalIgnoreCase))
                Type(@event, "Workshop seat", 89m, 12, waitlist: true, description: "Includes lunch and the workshop materials.");
            else Type(@event, "Free entry", 0m, 40);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void SeedConference(EventSummary @event)
    {
        var earlyBird = Type(@event, "Early Bird", 149m, 50, description: "Both days, lunch and the evening party.",
            saleEndsAt: clock.GetUtcNow().AddDays(14));
        var regular = Type(@event, "Regular", 249m, 200, description: "Both days, lunch and the evening party.", sortOrder: 1);
        Type(@event, "Student", 49m, 30, visibility: TicketTypeVisibility.Hidden, description: "With a valid student ID at the door.", sortOrder: 2);
        var hall = new Quota(@event.Id, QuotaKind.Shared, "Main hall", 220);
        db.Quotas.Add(hall);
        db.QuotaTicketTypes.AddRange(new QuotaTicketType(hall.Id, earlyBird.Id), new QuotaTicketType(hall.Id, regular.Id));

        var student = new PromoCode(@event.Id, StudentCode, PromoCodeKind.Access, 0m);
        var summit = new PromoCode(@event.Id, PromoCode, PromoCodeKind.Percentage, 10m);
        summit.Limit([], usageLimit: 100, validFrom: null, validUntil: null, isActive: true);
        db.PromoCodes.AddRange(student, summit);
        db.Quotas.Add(new Quota(@event.Id, QuotaKind.PromoCode, summit.Code, 100, promoCodeId: summit.Id));

        var company = new Question(@event.Id, "Company", QuestionType.Text, QuestionScope.Order);
        var shirt = new Question(@event.Id, "T-shirt size", QuestionType.Choice, QuestionScope.Attendee);
        shirt.Change(QuestionType.Choice, QuestionScope.Attendee, isRequired: true, ["S", "M", "L", "XL"], [], sortOrder: 1);
        db.Questions.AddRange(company, shirt);
    }

    private TicketType Type(EventSummary @event, string name, decimal price, int? quantity, bool waitlist = false, string? description = null,
        DateTimeOffset? saleEndsAt = null, TicketTypeVisibility visibility = TicketTypeVisibility.Public, int sortOrder = 0)
    {
        var type = new TicketType(@event.Id, name, price, "EUR");
        type.SetQuantity(quantity);
        type.Describe(description);
        type.SetSaleWindow(null, saleEndsAt);
        type.SetVisibility(visibility, isActive: true, sortOrder, waitlist);
        db.TicketTypes.Add(type);
        var own = new Quota(@event.Id, QuotaKind.TicketType, name, quantity ?? Availability.Unlimited, ticketTypeId: type.Id);
        db.Quotas.Add(own);
        db.QuotaTicketTypes.Add(new QuotaTicketType(own.Id, type.Id));
        return type;
    }
}
