using EventPlatform.Identity.Gdpr;
using OpenIddict.Abstractions;

namespace EventPlatform.Identity.Tokens;

/// <summary>Revokes and deletes the user's app authorizations and tokens, so no app keeps acting for an erased account.</summary>
public sealed class TokensPersonalDataEraser(IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens) : IPersonalDataEraser
{
    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var subject = userId.ToString();
        await foreach (var token in tokens.FindBySubjectAsync(subject, cancellationToken))
        {
            await tokens.DeleteAsync(token, cancellationToken);
        }

        await foreach (var authorization in authorizations.FindBySubjectAsync(subject, cancellationToken))
        {
            await authorizations.DeleteAsync(authorization, cancellationToken);
        }
    }
}
