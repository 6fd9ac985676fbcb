using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace EventPlatform.CheckIn.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>
    /// SignalR for the live dashboard. <c>SignalR:Redis</c> (a StackExchange.Redis configuration string) switches the
    /// Redis backplane on, so a scan on one web node reaches dashboards on every node; <c>SignalR:ChannelPrefix</c>
    /// keeps deployments (and test runs) sharing one Redis apart. Empty: no backplane, one node.
    /// </summary>
    public static WebApplicationBuilder AddCheckInDashboard(this WebApplicationBuilder builder)
    {
        var signalR = builder.Services.AddSignalR()
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        var redis = builder.Configuration["SignalR:Redis"];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            var prefix = builder.Configuration["SignalR:ChannelPrefix"] is { Length: > 0 } configured ? configured : "EventPlatform";
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = RedisChannel.Literal(prefix));
        }

        builder.Services.AddSingleton(new DashboardWatchers(backplane: !string.IsNullOrWhiteSpace(redis)));
        builder.Services.AddSingleton<DashboardFeed>();
        builder.Services.AddHostedService<DashboardPublisher>();
        builder.Services.AddScoped<DashboardCounts>();
        return builder;
    }
}
