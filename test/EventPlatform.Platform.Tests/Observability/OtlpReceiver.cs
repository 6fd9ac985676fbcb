using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace EventPlatform.Platform.Tests.Observability;

/// <summary>A stand-in OTLP/HTTP collector on 127.0.0.1: records the path and content type of every export and answers 200.</summary>
public sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();

    public OtlpReceiver()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Endpoint = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Endpoint + "/");
        _listener.Start();
        _ = AcceptAsync();
    }

    public string Endpoint { get; }

    public ConcurrentQueue<(string Path, string? ContentType, long Length)> Exports { get; } = new();

    public void Dispose() => _listener.Close();

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return; // closed by Dispose
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Exports.Enqueue((context.Request.Url!.AbsolutePath, context.Request.ContentType, body.Length));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
