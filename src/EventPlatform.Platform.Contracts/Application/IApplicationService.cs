namespace EventPlatform.Platform.Application;

/// <summary>
/// Marks an application service. The kernel exposes every public method of its implementation over HTTP by
/// convention (Get/GetList -> GET, Create -> POST, Update -> PUT, Delete -> DELETE, others -> POST) at
/// <c>api/{module}/{kebab-service}/{id?}/{action?}</c>.
/// </summary>
public interface IApplicationService;
