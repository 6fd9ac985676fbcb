using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace EventPlatform.Payments.Providers.PayPal;

/// <summary>
/// PayPal's OAuth access tokens (client credentials), kept per API origin and client until a minute before they expire.
/// Keyed by a hash of the secret too, so a changed secret fetches a new token; the secret itself is never kept here.
/// </summary>
public sealed class PayPalTokens(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset ExpiresAt)> _tokens = new();

    public async Task<string> GetAsync(HttpClient http, string apiBase, Providers.ProviderCredentials credentials, CancellationToken cancellationToken)
    {
        var key = Key(apiBase, credentials);
        if (_tokens.TryGetValue(key, out var kept) && kept.ExpiresAt > clock.GetUtcNow()) return kept.Token;
        using var request = new HttpRequestMessage(HttpMethod.Post, apiBase + "/v1/oauth2/token")
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.PublicKey}:{credentials.SecretKey}")));
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode) throw PayPalException.From(response.StatusCode, text);
        var answer = JsonNode.Parse(text)!;
        var token = (string)answer["access_token"]!;
        var lifetime = TimeSpan.FromSeconds(Math.Max(60, (int?)answer["expires_in"] ?? 300) - 60);
        _tokens[key] = (token, clock.GetUtcNow() + lifetime);
        return token;
    }

    public void Forget(string apiBase, Providers.ProviderCredentials credentials) => _tokens.TryRemove(Key(apiBase, credentials), out _);

    private static string Key(string apiBase, Providers.ProviderCredentials credentials) =>
        apiBase + "|" + credentials.PublicKey + "|" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(credentials.SecretKey)))[..16];
}
