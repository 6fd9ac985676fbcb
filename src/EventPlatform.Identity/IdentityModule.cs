using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.ApiTokens;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.External;
using EventPlatform.Identity.Gdpr;
using EventPlatform.Identity.PlatformConsole;
using EventPlatform.Identity.Profile;
using EventPlatform.Identity.Organizations;
using EventPlatform.Identity.Services;
using EventPlatform.Identity.Tokens;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.AutoApi;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Hosting;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity;

public static class IdentityModule
{
    public static WebApplicationBuilder AddIdentityModule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleDbContext<IdentityModuleDbContext>(IdentityModuleDbContext.SchemaName, order: 10);
        services.AddLocalizationResource<IdentityResource>();
        services.AddSingleton<OrganizationCache>();
        services.AddScoped<OrganizationTenantStore>();
        services.AddScoped<ITenantStore, CachedTenantStore>();
        services.AddSingleton<MembershipRoleCache>();
        services.AddScoped<ITenantMembershipChecker, MembershipChecker>();
        services.AddScoped<IDataSeeder, DemoOrganizationSeeder>();
        services.AddPermissionDefinitions<IdentityPermissionDefinitionProvider>();
        services.AddAccounts(builder.Configuration);
        services.AddExternalSignIn(builder.Configuration);
        builder.AddTokens();
        services.AddApiTokens();
        services.AddGdpr(builder.Configuration);
        services.AddPlatformConsole();
        services.AddProfile();
        services.AddOrganizations(builder.Configuration);
        services.AddApplicationServices(typeof(IdentityModule).Assembly);
        return builder;
    }

    /// <summary>Authentication, preceded by what it needs from this module; in place of <c>UseAuthentication</c>.</summary>
    public static WebApplication UseIdentityModule(this WebApplication app)
    {
        app.UseEnterpriseSsoCallbacks();
        app.UseAuthentication();
        return app;
    }

    /// <summary>The module's own endpoints besides its pages and app services.</summary>
    public static WebApplication MapIdentityModule(this WebApplication app)
    {
        app.MapTokens();
        return app;
    }
}
