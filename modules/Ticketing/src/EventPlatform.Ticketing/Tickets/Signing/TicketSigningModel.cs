using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Tickets.Signing;

/// <summary>EF mapping of the ticket signing keys (<c>ticketing.ticket_signing_keys</c>).</summary>
internal static class TicketSigningModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TicketSigningKey>(b =>
        {
            b.ToTable("ticket_signing_keys");
            b.Property(x => x.KeyId).HasMaxLength(TicketSigningKey.KeyIdLength).IsFixedLength();
            b.Property(x => x.PublicKey).HasMaxLength(TicketSigningKey.PublicKeyLength);
            b.HasIndex(x => new { x.TenantId, x.KeyId }).IsUnique();
            // At most one active key per organization: two first uses at once cannot both create one.
            b.HasIndex(x => x.TenantId).IsUnique().HasFilter("is_active").HasDatabaseName("ux_ticket_signing_keys_active");
        });
    }
}
