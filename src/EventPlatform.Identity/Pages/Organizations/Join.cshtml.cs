using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Pages.Organizations;

/// <summary>
/// Where an invitation link leads (<c>/o/{slug}/join?token=</c>): signed-in users accept; people with an account sign in
/// first; newcomers create their account here — the link proves they own the invited address, so it counts as confirmed.
/// </summary>
public sealed class JoinModel(
    InvitationAppService invitations,
    UserManager<User> users,
    SignInManager<User> signIn,
    IAuditLog audit,
    TimeProvider time,
    ErrorLocalizer errors,
    IStringLocalizer<IdentityResource> texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public JoinForm Input { get; set; } = new();

    public InvitationPreviewDto? Invitation { get; private set; }

    public string? Problem { get; private set; }

    public string SignInUrl => $"/account/sign-in?returnUrl={Uri.EscapeDataString(Request.Path + Request.QueryString)}";

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync()
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        try
        {
            await invitations.AcceptAsync(new AcceptInvitationInput(Token ?? ""));
        }
        catch (BusinessException e)
        {
            Problem = errors.Localize(e.Code, e.Values);
            await LoadAsync();
            return Page();
        }

        if (await users.GetUserAsync(User) is { } user) await signIn.RefreshSignInAsync(user);
        return Redirect("/organizations");
    }

    public async Task<IActionResult> OnPostRegisterAsync()
    {
        await LoadAsync();
        if (Invitation is not { Status: InvitationStatus.Pending, HasAccount: false } || User.Identity?.IsAuthenticated == true) return Page();
        var displayName = Input.DisplayName?.Trim() ?? "";
        if (displayName.Length is 0 or > AccountConsts.MaxDisplayNameLength) ModelState.AddModelError("Input.DisplayName", L("Organization:DisplayNameRequired"));
        if (!ModelState.IsValid) return Page();

        var user = new User(Guid.CreateVersion7(), Invitation.Email, displayName, time.GetUtcNow())
        {
            EmailConfirmed = true,
        };
        var created = await users.CreateAsync(user, Input.Password ?? "");
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors) ModelState.AddModelError("Input.Password", error.Description);
            return Page();
        }

        await audit.WriteAsync(SecurityActions.SignedUp, SecurityActions.UserEntity, user.Id.ToString(), new { via = "invitation" });
        await invitations.AcceptForAsync(user.Id, Token);
        await signIn.SignInAsync(await users.FindByIdAsync(user.Id.ToString()) ?? user, isPersistent: false);
        return Redirect("/organizations");
    }

    private async Task LoadAsync()
    {
        try
        {
            Invitation = await invitations.PreviewAsync(new AcceptInvitationInput(Token ?? ""));
            Problem ??= Invitation.Status switch
            {
                InvitationStatus.Expired => errors.Localize(IdentityErrorCodes.InvitationExpired),
                InvitationStatus.Accepted or InvitationStatus.Revoked => errors.Localize(IdentityErrorCodes.InvitationNotPending),
                _ => null,
            };
        }
        catch (BusinessException e)
        {
            Problem = errors.Localize(e.Code, e.Values);
        }
    }

    private string L(string key) => texts[key];
}
