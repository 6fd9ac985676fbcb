using System.Text.Json.Serialization;
using System.Threading.Channels;
using EventPlatform.CheckIn.Dashboard;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.CheckIn.Tests.Infrastructure;

/// <summary>A dashboard connected to a test host's hub as a signed-in user, collecting the updates it receives.</summary>
public sealed class DashboardClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<DashboardUpdateDto> _updates = Channel.CreateUnbounded<DashboardUpdateDto>();

    private DashboardClient(HubConnection connection)
    {
        _connection = connection;
        _connection.On<DashboardUpdateDto>(DashboardHubConsts.Update, update => _updates.Writer.TryWrite(update));
    }

    public static async Task<DashboardClient> ConnectAsync(WebApplicationFactory<Program> host, Guid user, Guid organization)
    {
        var server = host.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, DashboardHubConsts.Path), options =>
            {
                // The test server has no socket: long polling through its in-memory handler, signed in by the test headers.
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                options.Headers[TestAuthHandler.UserHeader] = user.ToString();
                options.Headers[TestAuthHandler.OrganizationHeader] = organization.ToString();
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        await connection.StartAsync();
        return new DashboardClient(connection);
    }

    public Task JoinAsync(Guid eventId) => _connection.InvokeAsync(DashboardHubConsts.Join, eventId);

    /// <summary>The first update (received before or after the call) with a scan matching <paramref name="match"/>; null after <paramref name="timeout"/>.</summary>
    public Task<DashboardUpdateDto?> WaitForAsync(Func<DashboardScanDto, bool> match, TimeSpan timeout) =>
        WaitForUpdateAsync(update => update.Scans.Any(match), timeout);

    /// <summary>The first update (received before or after the call) matching <paramref name="match"/>; null after <paramref name="timeout"/>.</summary>
    public async Task<DashboardUpdateDto?> WaitForUpdateAsync(Func<DashboardUpdateDto, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var update = await _updates.Reader.ReadAsync(cancel.Token);
                if (match(update)) return update;
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
