using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.AutoApi;

/// <summary>
/// Takes application services from DI (the same scoped instance pages get through the interface); other
/// controllers are created with constructor injection, as MVC's default activator does.
/// </summary>
public sealed class ApplicationServiceControllerActivator(ApplicationServiceRegistry registry) : IControllerActivator
{
    private static readonly ConcurrentDictionary<Type, ObjectFactory> Factories = new();

    public object Create(ControllerContext context)
    {
        var type = context.ActionDescriptor.ControllerTypeInfo.AsType();
        var services = context.HttpContext.RequestServices;
        return registry.Contains(type)
            ? services.GetRequiredService(type)
            : Factories.GetOrAdd(type, t => ActivatorUtilities.CreateFactory(t, Type.EmptyTypes))(services, null);
    }

    public void Release(ControllerContext context, object controller)
    {
        // DI disposes what it created; the rest is ours to dispose.
        if (!registry.Contains(controller.GetType()) && controller is IDisposable disposable) disposable.Dispose();
    }
}
