using Microsoft.AspNetCore.DataProtection;

namespace EventPlatform.Payments.Services;

/// <summary>Encrypts providers' keys at rest with ASP.NET Data Protection (whose keys live in the database, shared by all nodes).</summary>
public sealed class ProviderSecrets(IDataProtectionProvider dataProtection)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("EventPlatform.Payments.ProviderSecrets");

    public string Protect(string secret) => _protector.Protect(secret);

    public string? Unprotect(string? protectedSecret) => string.IsNullOrEmpty(protectedSecret) ? null : _protector.Unprotect(protectedSecret);
}
