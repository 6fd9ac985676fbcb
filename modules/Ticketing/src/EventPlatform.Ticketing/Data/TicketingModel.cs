using EventPlatform.Platform.Data;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.Questions;
using EventPlatform.Ticketing.TicketTypes;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Data;

/// <summary>EF mapping of the Ticketing tables; limits come from the Contracts' consts.</summary>
internal static class TicketingModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Ignore<Answer>();
        modelBuilder.Ignore<ReservationLine>();
        modelBuilder.Entity<TicketType>(b =>
        {
            b.ToTable("ticket_types");
            b.Property(x => x.Name).HasMaxLength(TicketTypeConsts.MaxNameLength);
            b.Property(x => x.Description).HasMaxLength(TicketTypeConsts.MaxDescriptionLength);
            b.Property(x => x.Price).HasPrecision(12, 2);
            b.Property(x => x.TaxRate).HasPrecision(5, 2);
            b.Property(x => x.Currency).HasMaxLength(TicketTypeConsts.CurrencyLength).IsFixedLength();
            b.Property(x => x.Visibility).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(x => new { x.TenantId, x.EventId, x.SortOrder });
        });

        modelBuilder.Entity<Quota>(b =>
        {
            b.ToTable("quotas", t =>
            {
                // The last line of defence: counters never go negative (the guarded UPDATE keeps sold + held <= size).
                t.HasCheckConstraint("ck_quotas_counters", "sold >= 0 AND held >= 0 AND size >= 0");
            });
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Name).HasMaxLength(TicketTypeConsts.MaxNameLength);
            b.HasIndex(x => new { x.TenantId, x.EventId });
            b.HasIndex(x => x.TicketTypeId).IsUnique().HasFilter("ticket_type_id IS NOT NULL");
            b.HasIndex(x => new { x.EventId, x.SessionId }).IsUnique().HasFilter("session_id IS NOT NULL");
            b.HasIndex(x => x.PromoCodeId).IsUnique().HasFilter("promo_code_id IS NOT NULL");
            b.HasOne<TicketType>().WithMany().HasForeignKey(x => x.TicketTypeId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<PromoCode>().WithMany().HasForeignKey(x => x.PromoCodeId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<QuotaTicketType>(b =>
        {
            b.ToTable("quota_ticket_types");
            b.HasKey(x => new { x.QuotaId, x.TicketTypeId });
            b.HasIndex(x => x.TicketTypeId);
            b.HasOne<Quota>().WithMany().HasForeignKey(x => x.QuotaId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<TicketType>().WithMany().HasForeignKey(x => x.TicketTypeId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PromoCode>(b =>
        {
            b.ToTable("promo_codes");
            b.Property(x => x.Code).HasMaxLength(PromoCodeConsts.MaxCodeLength);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Value).HasPrecision(12, 2);
            b.HasIndex(x => new { x.TenantId, x.EventId, x.Code }).IsUnique();
        });

        modelBuilder.Entity<Question>(b =>
        {
            b.ToTable("questions");
            b.Property(x => x.Label).HasMaxLength(QuestionConsts.MaxLabelLength);
            b.Property(x => x.Help).HasMaxLength(QuestionConsts.MaxHelpLength);
            b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Scope).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(x => new { x.TenantId, x.EventId, x.SortOrder });
        });

        modelBuilder.Entity<Reservation>(b =>
        {
            b.ToTable("reservations");
            b.Property(x => x.Token).HasMaxLength(OrderConsts.AccessTokenLength);
            b.Property(x => x.IdempotencyKey).HasMaxLength(CheckoutConsts.MaxIdempotencyKeyLength);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Code).HasMaxLength(PromoCodeConsts.MaxCodeLength);
            b.Property(x => x.Currency).HasMaxLength(TicketTypeConsts.CurrencyLength).IsFixedLength();
            b.Property(x => x.Lines).IsJsonList();
            b.HasIndex(x => new { x.TenantId, x.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
            b.HasIndex(x => x.ExpiresAt).HasFilter("status = 'Active'");
        });

        modelBuilder.Entity<Hold>(b =>
        {
            b.ToTable("holds");
            b.Property(x => x.Id).HasDefaultValueSql("gen_random_uuid()");
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(x => x.ReservationId);
            b.HasIndex(x => new { x.QuotaId, x.ExpiresAt }).HasFilter("status = 'Held'");
            b.HasOne<Reservation>().WithMany().HasForeignKey(x => x.ReservationId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Quota>().WithMany().HasForeignKey(x => x.QuotaId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Order>(b =>
        {
            b.ToTable("orders");
            b.Property(x => x.Number).HasMaxLength(OrderConsts.NumberLength);
            b.Property(x => x.AccessToken).HasMaxLength(OrderConsts.AccessTokenLength);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.BuyerName).HasMaxLength(CheckoutConsts.MaxNameLength);
            b.Property(x => x.BuyerEmail).HasMaxLength(CheckoutConsts.MaxEmailLength);
            b.Property(x => x.BuyerPhone).HasMaxLength(CheckoutConsts.MaxPhoneLength);
            b.Property(x => x.Total).HasPrecision(12, 2);
            b.Property(x => x.Currency).HasMaxLength(TicketTypeConsts.CurrencyLength).IsFixedLength();
            b.Property(x => x.PaymentMethod).HasMaxLength(PaymentMethods.MaxLength);
            b.Property(x => x.PromoCode).HasMaxLength(PromoCodeConsts.MaxCodeLength);
            b.Property(x => x.Culture).HasMaxLength(10);
            b.Property(x => x.Answers).IsJsonList();
            // Confirmation numbers are unique across organizations: attendees quote them to support.
            b.HasIndex(x => x.Number).IsUnique();
            b.HasIndex(x => x.ReservationId).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.EventId, x.CreatedAt });
            b.HasIndex(x => new { x.TenantId, x.BuyerEmail });
            b.HasMany(x => x.Tickets).WithOne().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Ticket>(b =>
        {
            b.ToTable("tickets");
            b.Property(x => x.TicketTypeName).HasMaxLength(TicketTypeConsts.MaxNameLength);
            b.Property(x => x.AttendeeName).HasMaxLength(CheckoutConsts.MaxNameLength);
            b.Property(x => x.AttendeeEmail).HasMaxLength(CheckoutConsts.MaxEmailLength);
            b.Property(x => x.Code).HasMaxLength(OrderConsts.TicketCodeLength);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Price).HasPrecision(12, 2);
            b.Property(x => x.TaxRate).HasPrecision(5, 2);
            b.Property(x => x.Tax).HasPrecision(12, 2);
            b.Property(x => x.Answers).IsJsonList();
            // Scanners find a ticket by its code alone: one indexed lookup.
            b.HasIndex(x => x.Code).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.EventId, x.TicketTypeId });
        });

        modelBuilder.Entity<WaitlistEntry>(b =>
        {
            b.ToTable("waitlist_entries");
            b.Property(x => x.Name).HasMaxLength(CheckoutConsts.MaxNameLength);
            b.Property(x => x.Email).HasMaxLength(CheckoutConsts.MaxEmailLength);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(x => new { x.TenantId, x.TicketTypeId, x.Status, x.CreatedAt });
        });
    }
}
