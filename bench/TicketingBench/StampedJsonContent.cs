using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

/// <summary>
/// A JSON body that notes when the HTTP client starts writing it to its connection, i.e. when the request really goes
/// out (after a connection was free), so the rush can report how close together the buyers' requests were sent.
/// </summary>
internal sealed class StampedJsonContent : HttpContent
{
    private readonly byte[] bytes;

    public StampedJsonContent(object value)
    {
        bytes = JsonSerializer.SerializeToUtf8Bytes(value, JsonSerializerOptions.Web);
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = Encoding.UTF8.WebName };
    }

    /// <summary><see cref="Stopwatch.GetTimestamp"/> when the body was first written; 0 before.</summary>
    public long SentAt { get; private set; }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        if (SentAt == 0) SentAt = Stopwatch.GetTimestamp();
        await stream.WriteAsync(bytes);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = bytes.Length;
        return true;
    }
}
