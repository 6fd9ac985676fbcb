using System.Net.Sockets;

/// <summary>The benchmark clients' HTTP client: to <c>unix:/path.sock</c> (the host as the scripts start it) or to a URL.</summary>
internal static class BenchHttp
{
    public static HttpClient Client(string target, SocketsHttpHandler handler, TimeSpan timeout)
    {
        var baseAddress = new Uri("http://localhost");
        if (target.StartsWith("unix:", StringComparison.Ordinal))
        {
            var path = target["unix:".Length..];
            handler.ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            };
        }
        else
        {
            baseAddress = new Uri(target);
        }

        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = timeout };
    }
}
