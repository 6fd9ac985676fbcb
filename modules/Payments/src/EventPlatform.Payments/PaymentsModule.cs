using EventPlatform.Identity.Organizations;
using EventPlatform.Payments.Checkout;
using EventPlatform.Payments.Data;
using EventPlatform.Payments.Invoices;
using EventPlatform.Payments.Payments;
using EventPlatform.Payments.Providers;
using EventPlatform.Payments.Providers.PayPal;
using EventPlatform.Payments.Providers.Stripe;
using EventPlatform.Payments.Services;
using EventPlatform.Payments.Webhooks;
using EventPlatform.Platform.AutoApi;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Hosting;
using EventPlatform.Platform.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Payments;

public static class PaymentsModule
{
    public static WebApplicationBuilder AddPaymentsModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddModuleDbContext<PaymentsDbContext>(PaymentsDbContext.SchemaName);
        builder.Services.AddLocalizationResource<PaymentsResource>();
        builder.Services.AddPermissionDefinitions<PaymentsPermissionDefinitionProvider>();
        var options = builder.Configuration.GetSection(PaymentsOptions.SectionName);
        builder.Services.AddOptions<PaymentsOptions>().Bind(options);
        var timeout = TimeSpan.FromSeconds(Math.Max(1, options.GetValue<double?>(nameof(PaymentsOptions.ProviderTimeoutSeconds)) ?? 20));
        builder.Services.AddHttpClient(StripePaymentProvider.HttpClientName, client => client.Timeout = timeout);
        builder.Services.AddHttpClient(PayPalPaymentProvider.HttpClientName, client => client.Timeout = timeout);
        builder.Services.AddSingleton<IPaymentProvider, StripePaymentProvider>();
        builder.Services.AddSingleton<IPaymentProvider, PayPalPaymentProvider>();
        builder.Services.AddSingleton<PayPalTokens>();
        builder.Services.AddSingleton<ProviderSecrets>();
        builder.Services.AddScoped<ProviderAccounts>();
        builder.Services.AddScoped<Refunder>();
        builder.Services.AddScoped<PaymentSettler>();
        builder.Services.AddScoped<PaymentStarter>();
        builder.Services.AddScoped<WebhookProcessor>();
        builder.Services.AddSingleton<PaymentReconciler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PaymentReconciler>());
        builder.Services.AddScoped<ICheckoutPayments, CheckoutPayments>();
        builder.Services.AddIntegrationEventHandler<PaymentSucceeded, PaymentSucceededHandler>();
        builder.Services.AddScoped<IDataSeeder, Seed.StripeKeysSeeder>();
        builder.Services.AddScoped<InvoiceIssuer>();
        builder.Services.AddSingleton<InvoicePdfRenderer>();
        builder.Services.AddIntegrationEventHandler<Ticketing.Orders.OrderPaid, InvoiceHandlers>();
        builder.Services.AddIntegrationEventHandler<PaymentRefunded, InvoiceHandlers>();
        builder.Services.AddApplicationServices(typeof(PaymentsModule).Assembly);
        builder.Services.AddSingleton(new OrganizationNavItem("payments", "/organizations/payments", PaymentsPermissions.Providers.Manage,
            typeof(PaymentsResource), "Payments:Settings"));
        return builder;
    }

    /// <summary>Endpoints that are not app services or pages: the providers' webhooks.</summary>
    public static WebApplication MapPaymentsModule(this WebApplication app)
    {
        app.MapPaymentWebhooks();
        app.MapInvoicePdfs();
        return app;
    }
}
