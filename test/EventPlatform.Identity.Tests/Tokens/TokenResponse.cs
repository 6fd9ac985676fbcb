using System.Net;
using System.Text.Json;

namespace EventPlatform.Identity.Tests.Tokens;

/// <summary>A successful token endpoint answer.</summary>
public sealed record TokenResponse(string AccessToken, string? RefreshToken, string? IdToken, int ExpiresIn)
{
    public static async Task<TokenResponse> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var json = JsonDocument.Parse(body).RootElement;
        return new TokenResponse(
            json.GetProperty("access_token").GetString()!,
            json.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null,
            json.TryGetProperty("id_token", out var id) ? id.GetString() : null,
            json.GetProperty("expires_in").GetInt32());
    }

    /// <summary>The OAuth error code of a refused token request.</summary>
    public static async Task<string?> ErrorOfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("error").GetString();
    }
}
