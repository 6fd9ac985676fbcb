using System.Reflection;
using EventPlatform.Platform.Application;

namespace EventPlatform.Platform.AutoApi;

/// <summary>Finds application services: public concrete classes implementing an interface that extends <see cref="IApplicationService"/>.</summary>
public static class ApplicationServiceTypes
{
    public static IEnumerable<Type> In(Assembly assembly) =>
        assembly.GetExportedTypes().Where(IsApplicationService);

    public static bool IsApplicationService(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false, IsPublic: true } && ContractsOf(type).Any();

    /// <summary>The interfaces of <paramref name="type"/> that extend <see cref="IApplicationService"/> (not the marker itself).</summary>
    public static IEnumerable<Type> ContractsOf(Type type) =>
        type.GetInterfaces().Where(i => i != typeof(IApplicationService) && typeof(IApplicationService).IsAssignableFrom(i));

    /// <summary>The interface that names the service: <c>I{ClassName}</c> when the class has several, else the only one.</summary>
    public static Type PrimaryContractOf(Type type)
    {
        var contracts = ContractsOf(type).OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
        return contracts.FirstOrDefault(i => i.Name == "I" + type.Name) ?? contracts.First();
    }

    /// <summary>Maps each class method that implements an application-service interface method to that interface method.</summary>
    public static IReadOnlyDictionary<MethodInfo, MethodInfo> ContractMethodsOf(Type type)
    {
        var map = new Dictionary<MethodInfo, MethodInfo>();
        foreach (var contract in ContractsOf(type))
        {
            var mapping = type.GetInterfaceMap(contract);
            for (var i = 0; i < mapping.TargetMethods.Length; i++)
            {
                map.TryAdd(mapping.TargetMethods[i], mapping.InterfaceMethods[i]);
            }
        }

        return map;
    }

    /// <summary>The first <see cref="RemoteServiceAttribute"/> on the class or its application-service interfaces.</summary>
    public static RemoteServiceAttribute? RemoteServiceOf(Type type) =>
        type.GetCustomAttribute<RemoteServiceAttribute>()
        ?? ContractsOf(type).Select(i => i.GetCustomAttribute<RemoteServiceAttribute>()).FirstOrDefault(a => a is not null);
}
