using EventPlatform.Payments.Domain;
using EventPlatform.Payments.Invoices;
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
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<InvoiceSettings> InvoiceSettings => Set<InvoiceSettings>();

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

        modelBuilder.Ignore<InvoiceLine>();
        modelBuilder.Entity<Invoice>(b =>
        {
            b.ToTable("invoices");
            b.Property(x => x.OrderNumber).HasMaxLength(40);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Number).HasMaxLength(40);
            b.Property(x => x.Currency).HasMaxLength(3).IsFixedLength();
            b.Property(x => x.SellerName).HasMaxLength(InvoiceConsts.MaxSellerNameLength);
            b.Property(x => x.SellerAddress).HasMaxLength(InvoiceConsts.MaxSellerAddressLength);
            b.Property(x => x.TaxId).HasMaxLength(InvoiceConsts.MaxTaxIdLength);
            b.Property(x => x.BuyerName).HasMaxLength(200);
            b.Property(x => x.BuyerEmail).HasMaxLength(320);
            b.Property(x => x.CorrectsNumber).HasMaxLength(40);
            b.Property(x => x.TaxRate).HasPrecision(5, 2);
            b.Property(x => x.Net).HasPrecision(12, 2);
            b.Property(x => x.Tax).HasPrecision(12, 2);
            b.Ignore(x => x.Gross);
            b.Property(x => x.Lines).IsJsonList();
            b.HasIndex(x => new { x.TenantId, x.Number }).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.OrderId });
            // One invoice per order and one credit note per refund, however often the events behind them are delivered.
            b.HasIndex(x => x.OrderId, "ux_invoices_order_invoice").IsUnique().HasFilter("kind = 'Invoice'");
            b.HasIndex(x => x.RefundId, "ux_invoices_refund").IsUnique().HasFilter("refund_id IS NOT NULL");
        });

        modelBuilder.Entity<InvoiceSettings>(b =>
        {
            b.ToTable("invoice_settings");
            b.Property(x => x.SellerName).HasMaxLength(InvoiceConsts.MaxSellerNameLength);
            b.Property(x => x.SellerAddress).HasMaxLength(InvoiceConsts.MaxSellerAddressLength);
            b.Property(x => x.TaxId).HasMaxLength(InvoiceConsts.MaxTaxIdLength);
            b.Property(x => x.TaxRate).HasPrecision(5, 2);
            b.Property(x => x.NumberPrefix).HasMaxLength(InvoiceConsts.MaxPrefixLength);
            b.HasIndex(x => x.TenantId).IsUnique();
        });

        modelBuilder.Entity<InvoiceCounter>(b =>
        {
            b.ToTable("invoice_counters");
            b.HasKey(x => new { x.TenantId, x.Kind });
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
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
