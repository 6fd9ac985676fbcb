using Microsoft.AspNetCore.Builder;
using Scalar.AspNetCore;

namespace EventPlatform.Platform.AutoApi;

public static class AutoApiEndpoints
{
    public const string OpenApiPattern = "/openapi/{documentName}.json";
    public const string ReferencePath = "/api-reference";

    /// <summary>The application services, their OpenAPI document and the interactive reference page.</summary>
    public static WebApplication MapAutoApi(this WebApplication app)
    {
        app.MapControllers();
        app.MapOpenApi(OpenApiPattern);
        // Scalar's script is embedded in the package and served from here; fonts, telemetry, the AI agent and the
        // developer toolbar (share, SDK generation) would call out to scalar.com.
        app.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("EventPlatform API")
            .WithOpenApiRoutePattern(OpenApiPattern)
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools());
        return app;
    }
}
