namespace EventPlatform.Identity.Accounts;

/// <summary>The key in groups of four for typing, the <c>otpauth://</c> URI, and that URI as a QR code (SVG markup).</summary>
public sealed record TwoFactorSetupDto(string SharedKey, string AuthenticatorUri, string QrCodeSvg);
