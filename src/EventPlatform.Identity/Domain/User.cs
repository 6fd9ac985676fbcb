using EventPlatform.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace EventPlatform.Identity.Domain;

/// <summary>
/// A person's account. Users are global: one account joins many organizations through memberships.
/// Not an audited entity on purpose: its rows hold secrets and personal data, so account changes are
/// written to the audit log as security events instead of value diffs.
/// </summary>
public sealed class User : IdentityUser<Guid>
{
    private User()
    {
    }

    public User(Guid id, string email, string displayName, DateTimeOffset createdAt)
    {
        Id = id;
        UserName = email;
        Email = email;
        ChangeDisplayName(displayName);
        CreatedAt = createdAt;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public string DisplayName { get; private set; } = null!;

    /// <summary>Preferred UI language (en, de, es); null follows the browser.</summary>
    public string? PreferredCulture { get; set; }

    /// <summary>IANA time zone for dates shown to this user; null uses the event's zone.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Blob name of the avatar in the avatars container.</summary>
    public string? AvatarBlobName { get; set; }

    public bool NotifyEventReminders { get; set; } = true;

    public bool NotifyProductNews { get; set; }

    /// <summary>Platform operators see the platform console; organizations do not grant this.</summary>
    public bool IsPlatformAdmin { get; set; }

    /// <summary>The organization the user works in; becomes the <c>tenant_id</c> claim at sign-in (checked against memberships per request).</summary>
    public Guid? SelectedOrganizationId { get; set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set when the account was erased (GDPR): personal data is gone, the row keeps references valid.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    public void ChangeDisplayName(string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        var trimmed = displayName.Trim();
        DisplayName = trimmed.Length <= AccountConsts.MaxDisplayNameLength
            ? trimmed
            : throw new ArgumentException("Display name is too long.", nameof(displayName));
    }

    /// <summary>Replaces every personal value with a placeholder; sign-in becomes impossible.</summary>
    public void Erase(DateTimeOffset at)
    {
        var placeholder = $"erased-{Id:N}@erased.invalid";
        UserName = Email = placeholder;
        NormalizedUserName = NormalizedEmail = placeholder.ToUpperInvariant();
        DisplayName = "Erased user";
        PhoneNumber = null;
        PhoneNumberConfirmed = false;
        PasswordHash = null;
        AvatarBlobName = null;
        PreferredCulture = null;
        TimeZone = null;
        TwoFactorEnabled = false;
        LockoutEnd = DateTimeOffset.MaxValue;
        SecurityStamp = Guid.NewGuid().ToString("N");
        ErasedAt = at;
    }
}
