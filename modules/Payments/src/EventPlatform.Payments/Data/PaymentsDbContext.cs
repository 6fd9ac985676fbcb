using EventPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Payments.Data;

/// <summary>The Payments module's tables, in schema <c>payments</c>. Its entities arrive with the module's features.</summary>
public sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "payments";

    public override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

internal sealed class PaymentsDesignTimeFactory() : ModuleDesignTimeFactory<PaymentsDbContext>(PaymentsDbContext.SchemaName);
