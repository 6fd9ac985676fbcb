using EventPlatform.Payments.Domain;
using EventPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Payments.Data;

/// <summary>The Payments module's tables, in schema <c>payments</c>.</summary>
public sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "payments";

    public override string Schema => SchemaName;

    public DbSet<ProviderAccount> ProviderAccounts => Set<ProviderAccount>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<Refund> Refunds => Set<Refund>();
    public DbSet<WebhookReceipt> WebhookReceipts => Set<WebhookReceipt>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProviderAccount>(b =>
        {
            b.ToTable("provider_accounts");
            b.Property(x => x.Provider).HasMaxLength(PaymentsConsts.MaxProviderLength);
            b.Property(x => x.PublicKey).HasMaxLength(PaymentsConsts.MaxKeyLength);
            b.Property(x => x.ProtectedSecretKey).HasMaxLength(4000);
            b.Property(x => x.ProtectedWebhookSecret).HasMaxLength(4000);
            b.Ignore(x => x.HasSecretKey);
            b.Ignore(x => x.HasWebhookSecret);
            b.HasIndex(x => new { x.TenantId, x.Provider }).IsUnique();
        });

        modelBuilder.Entity<Payment>(b =>
        {
            b.ToTable("payments", t => t.HasCheckConstraint("ck_payments_refunded", "refunded_amount >= 0 AND refunded_amount <= amount"));
            b.Property(x => x.OrderNumber).HasMaxLength(40);
            b.Property(x => x.Provider).HasMaxLength(PaymentsConsts.MaxProviderLength);
            b.Property(x => x.Amount).HasPrecision(12, 2);
            b.Property(x => x.RefundedAmount).HasPrecision(12, 2);
            b.Property(x => x.Currency).HasMaxLength(3).IsFixedLength();
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.IdempotencyKey).HasMaxLength(64);
            b.Property(x => x.ProviderReference).HasMaxLength(PaymentsConsts.MaxReferenceLength);
            b.Property(x => x.CaptureReference).HasMaxLength(PaymentsConsts.MaxReferenceLength);
            b.Property(x => x.RedirectUrl).HasMaxLength(2000);
            b.Property(x => x.FailureReason).HasMaxLength(200);
            b.Ignore(x => x.IsOpen);
            b.Ignore(x => x.Refundable);
            b.HasIndex(x => new { x.TenantId, x.OrderId });
            // One open attempt per order: a second tab or a retry resumes it instead of opening a second checkout.
            b.HasIndex(x => x.OrderId, "ux_payments_order_open").IsUnique().HasFilter("status IN ('Created', 'Pending')");
            b.HasIndex(x => new { x.Provider, x.ProviderReference }).IsUnique().HasFilter("provider_reference IS NOT NULL");
            // Reconciliation walks the open payments oldest first.
            b.HasIndex(x => x.CreatedAt, "ix_payments_open").HasFilter("status IN ('Created', 'Pending')");
        });

        modelBuilder.Entity<Refund>(b =>
        {
            b.ToTable("refunds");
            b.Property(x => x.Amount).HasPrecision(12, 2);
            b.Property(x => x.Currency).HasMaxLength(3).IsFixedLength();
            b.Property(x => x.Reason).HasMaxLength(500);
            b.Property(x => x.IdempotencyKey).HasMaxLength(64);
            b.Property(x => x.ProviderReference).HasMaxLength(PaymentsConsts.MaxReferenceLength);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(x => new { x.TenantId, x.PaymentId });
            b.HasOne<Payment>().WithMany().HasForeignKey(x => x.PaymentId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<WebhookReceipt>(b =>
        {
            b.ToTable("webhook_receipts");
            b.Property(x => x.Provider).HasMaxLength(PaymentsConsts.MaxProviderLength);
            b.Property(x => x.EventId).HasMaxLength(PaymentsConsts.MaxReferenceLength);
            b.Property(x => x.Type).HasMaxLength(100);
            b.HasIndex(x => new { x.TenantId, x.Provider, x.EventId }).IsUnique();
        });
    }
}

internal sealed class PaymentsDesignTimeFactory() : ModuleDesignTimeFactory<PaymentsDbContext>(PaymentsDbContext.SchemaName);
