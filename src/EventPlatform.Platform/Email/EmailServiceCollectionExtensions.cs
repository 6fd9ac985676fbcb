using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;

namespace EventPlatform.Platform.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>Email from the <c>Email</c> section: MailKit SMTP, or .eml files in the pickup directory.</summary>
    public static IServiceCollection AddPlatformEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.SectionName))
            .PostConfigure<IHostEnvironment>((options, environment) =>
                options.PickupDirectory = Path.GetFullPath(options.PickupDirectory, environment.ContentRootPath))
            .Validate(options => MailboxAddress.TryParse(options.From, out _), "Email:From must be an address such as \"EventPlatform <no-reply@example.org>\".")
            .ValidateOnStart();
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddSingleton<IEmailTemplateRenderer, EmailTemplateRenderer>();
        services.AddSingleton<PickupDirectoryMailbox>();
        return services;
    }
}
