using System.Net.Http.Json;
using EventPlatform.Identity.PlatformConsole;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.PlatformConsole;

/// <summary>Console calls as the platform administrator, on organizations each test creates for itself.</summary>
public static class ConsoleOrganizations
{
    public const string Route = "api/identity/console/organizations";

    public static HttpClient Admin(EventPlatformFactory factory) => factory.CreateClientFor(TestData.PlatformAdmin);

    public static async Task<ConsoleOrganizationDto> CreateAsync(EventPlatformFactory factory, string? ownerEmail = null)
    {
        var slug = $"console-{Guid.NewGuid():N}"[..24];
        var response = await Admin(factory).PostAsJsonAsync(Route, new CreateConsoleOrganizationInput($"Console Test {slug[^6..]}", slug, ownerEmail));
        return await response.ShouldBeOkAsync<ConsoleOrganizationDto>();
    }

    public static async Task SuspendAsync(EventPlatformFactory factory, Guid id) =>
        await (await Admin(factory).PostAsync($"{Route}/{id}/suspend", null)).ShouldBeOkAsync<ConsoleOrganizationDto>();
}
