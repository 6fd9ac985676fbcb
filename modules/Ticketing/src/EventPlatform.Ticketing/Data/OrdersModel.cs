using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Orders;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Data;

/// <summary>EF mapping of what registrations, the order link and the waitlist add to the Ticketing tables.</summary>
internal static class OrdersModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        // No tenant_id on purpose: see AttendeeOrder. No foreign key to orders either, whose rows live under RLS.
        modelBuilder.Entity<AttendeeOrder>(b =>
        {
            b.ToTable("attendee_orders");
            b.Property(x => x.EmailNormalized).HasMaxLength(CheckoutConsts.MaxEmailLength);
            b.Property(x => x.Number).HasMaxLength(OrderConsts.NumberLength);
            b.HasIndex(x => x.OrderId).IsUnique();
            b.HasIndex(x => x.EmailNormalized);
            b.HasIndex(x => x.UserId).HasFilter("user_id IS NOT NULL");
        });

        // The waitlist moves in joining order per ticket type; the organizer's list reads by event.
        modelBuilder.Entity<WaitlistEntry>(b => b.HasIndex(x => new { x.TenantId, x.EventId, x.CreatedAt }));
        modelBuilder.Entity<Reservation>(b => b.HasIndex(x => x.WaitlistEntryId).HasFilter("waitlist_entry_id IS NOT NULL"));
    }
}
