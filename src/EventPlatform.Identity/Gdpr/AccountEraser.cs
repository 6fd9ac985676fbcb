using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace EventPlatform.Identity.Gdpr;

/// <summary>
/// Erases an account: every module's <see cref="IPersonalDataEraser"/> first (memberships, consents, module rows), then
/// the account row is anonymized with <see cref="User.Erase"/> so references (orders, audit rows) stay valid. Logged as
/// <see cref="SecurityActions.AccountErased"/>.
/// </summary>
public sealed class AccountEraser(UserManager<User> users, IEnumerable<IPersonalDataEraser> erasers, IAuditLog auditLog, TimeProvider time)
{
    public async Task EraseAsync(Guid userId, string password, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.ErasedAt is not null) throw new BusinessException(GdprErrorCodes.AccountErased, Conflict);
        if (!await users.CheckPasswordAsync(user, password)) throw new BusinessException(GdprErrorCodes.WrongPassword);

        using (CurrentTenant.HostScope())
        {
            foreach (var eraser in erasers)
            {
                await eraser.EraseAsync(userId, cancellationToken);
            }
        }

        user.Erase(time.GetUtcNow());
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Erasing the account failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }

        await auditLog.WriteAsync(SecurityActions.AccountErased, SecurityActions.UserEntity, userId.ToString(), cancellationToken: cancellationToken);
    }

    private const int Conflict = 409;
}
