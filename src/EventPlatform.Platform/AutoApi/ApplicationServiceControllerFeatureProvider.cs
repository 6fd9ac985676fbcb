using System.Reflection;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace EventPlatform.Platform.AutoApi;

/// <summary>Makes registered application services MVC controllers (unless switched off with <c>[RemoteService(IsEnabled = false)]</c>).</summary>
public sealed class ApplicationServiceControllerFeatureProvider(ApplicationServiceRegistry registry) : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo) =>
        registry.Contains(typeInfo.AsType()) && ApplicationServiceTypes.RemoteServiceOf(typeInfo.AsType()) is not { IsEnabled: false };
}
